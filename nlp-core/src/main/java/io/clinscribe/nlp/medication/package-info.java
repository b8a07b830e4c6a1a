/**
 * Medication attributes: binding the sig written with a drug name (strength, dose, form, route, frequency,
 * as-needed and its reason, duration) to that drug. {@link io.clinscribe.nlp.medication.SigLexicon} is the
 * vocabulary, loaded once; {@link io.clinscribe.nlp.medication.MedicationSigParser} is the stateless tool.
 */
package io.clinscribe.nlp.medication;
