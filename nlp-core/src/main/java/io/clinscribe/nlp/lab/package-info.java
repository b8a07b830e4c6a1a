/**
 * Laboratory results: {@link io.clinscribe.nlp.lab.LabTestLexicon} (test names with LOINC codes, UCUM units,
 * qualitative result words, organisms, loaded once from resource files) and
 * {@link io.clinscribe.nlp.lab.LabResultFinder} (a stateless reader of name, value, unit and flag that yields
 * {@link io.clinscribe.record.LabResult} entries).
 */
package io.clinscribe.nlp.lab;
