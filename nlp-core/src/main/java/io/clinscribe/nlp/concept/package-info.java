/**
 * From dictionary concepts to entries: which concepts become problems, procedures or drug names (the
 * concept filter), which wins where they overlap, their codes and body sites.
 */
package io.clinscribe.nlp.concept;
