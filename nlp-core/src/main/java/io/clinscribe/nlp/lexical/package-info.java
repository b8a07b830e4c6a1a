/** Word-level normalisation for the dictionary lookup (singular forms of plurals). */
package io.clinscribe.nlp.lexical;
