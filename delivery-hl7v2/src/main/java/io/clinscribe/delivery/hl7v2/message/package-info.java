/**
 * HL7 v2.5.1 messages made from a document: {@link io.clinscribe.delivery.hl7v2.message.ResultsMessage}
 * (ORU^R01: vital signs and lab results, LOINC and UCUM coded) and
 * {@link io.clinscribe.delivery.hl7v2.message.NoteMessage} (MDM^T02: the note's text), both with a control id
 * derived from the delivery id ({@link io.clinscribe.delivery.hl7v2.message.MessageControlId}) so that a
 * receiver can drop a resent copy. Only identifiers describe the patient: no names, no demographics.
 */
package io.clinscribe.delivery.hl7v2.message;
