/**
 * Delivery of a document's entries to an EHR, through adapters a vendor can add as a jar.
 *
 * <p>An adapter is found by name with {@link java.util.ServiceLoader}: a jar lists its
 * {@link io.clinscribe.delivery.EhrAdapterProvider} in
 * {@code META-INF/services/io.clinscribe.delivery.EhrAdapterProvider}. The provider declares its settings and
 * opens an {@link io.clinscribe.delivery.EhrAdapter}, which receives one {@link io.clinscribe.delivery.DeliveryRequest}
 * at a time (the document with its entries and provenance, and the patient and encounter the caller named)
 * and answers with a {@link io.clinscribe.delivery.DeliveryReceipt} saying, entry by entry, what the EHR
 * accepted. Sending the same request twice must not create anything twice: each request and entry has a
 * stable identifier for the adapter to make its writes idempotent. An adapter throws a
 * {@link io.clinscribe.delivery.DeliveryException} saying whether trying again later can help.
 */
package io.clinscribe.delivery;
