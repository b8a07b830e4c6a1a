/**
 * The "fhir" adapter: each document as one FHIR R4 transaction sent to a server with HAPI FHIR's generic
 * client, and the transaction-response read back entry by entry.
 *
 * <p>{@link io.clinscribe.delivery.fhir.server.FhirServerAdapterProvider} reads the settings (url; a bearer
 * token, or SMART Backend Services: token-url, client-id, private-key, key-id, scope; timeout; truststore)
 * and opens a {@link io.clinscribe.delivery.fhir.server.FhirServerAdapter}, which takes the document's
 * transaction from a {@link io.clinscribe.delivery.fhir.server.TransactionMapping}. Every resource in it is a
 * conditional create on a stable identifier, so the server answers a resend with {@code 200} and the
 * resource it already holds: the receipt says ALREADY_PRESENT and nothing is stored twice. A server that is
 * down, slow, busy or failing (connection refused, timeout, 408, 409, 429, 5xx) gives a retryable
 * {@link io.clinscribe.delivery.DeliveryException}; one that refuses the document (400, 401 after a fresh
 * token, 403, 404, 412, 422, an untrusted certificate) a permanent one, whose message carries the
 * OperationOutcome's issue codes and locations but never its diagnostics.
 */
package io.clinscribe.delivery.fhir.server;
