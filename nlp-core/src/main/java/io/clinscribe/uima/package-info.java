/**
 * The UIMA aggregate over the cTAKES type system and clinscribe's annotators. Each annotator is a thin
 * wrapper around a stateless stage of {@code io.clinscribe.nlp}; entries travel through the CAS as
 * {@code io.clinscribe.type.EntryMention} annotations and are read back by
 * {@link io.clinscribe.uima.CasEntryReader}.
 */
package io.clinscribe.uima;
