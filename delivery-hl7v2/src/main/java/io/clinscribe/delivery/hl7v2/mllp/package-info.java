/**
 * Sending over MLLP with HAPI v2: one kept-open connection ({@link io.clinscribe.delivery.hl7v2.mllp.MllpSender}),
 * ACKs read into a verdict ({@link io.clinscribe.delivery.hl7v2.mllp.Acknowledgement}: accepted, duplicate, try
 * again, refused), bounded retries with a doubling pause ({@link io.clinscribe.delivery.hl7v2.mllp.RetryPolicy}),
 * connect timeouts and TLS ({@link io.clinscribe.delivery.hl7v2.mllp.MllpSocketFactory}).
 */
package io.clinscribe.delivery.hl7v2.mllp;
