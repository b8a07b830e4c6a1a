/**
 * The {@code hl7v2} delivery adapter: a document as HL7 v2.5.1 messages over MLLP, with HAPI v2.
 *
 * <p>{@link io.clinscribe.delivery.hl7v2.message} builds the messages (ORU^R01 for vital signs and lab results,
 * MDM^T02 for the note); {@link io.clinscribe.delivery.hl7v2.mllp} sends them, reads the ACKs and retries.
 */
package io.clinscribe.delivery.hl7v2;
