/** Reading the lexicon files the stages ship as classpath resources. */
package io.clinscribe.nlp.lexicon;
