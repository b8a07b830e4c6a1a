/**
 * Vital signs: {@link io.clinscribe.nlp.vitals.VitalSignLexicon} (names, units and plausible ranges, loaded once
 * from resource files) and {@link io.clinscribe.nlp.vitals.VitalSignFinder} (a stateless reader of name, value
 * and unit that yields coded {@link io.clinscribe.record.VitalSign} entries).
 */
package io.clinscribe.nlp.vitals;
