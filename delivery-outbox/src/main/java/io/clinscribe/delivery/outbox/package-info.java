/**
 * The durable local outbox: documents are stored before any adapter sends them, and delivered from there
 * with retries, so an EHR that is down, or a process that is killed, loses nothing.
 *
 * <ul>
 *   <li>{@link io.clinscribe.delivery.outbox.Outbox}: the store (an embedded H2 file, owner-only, one process
 *       at a time); queue with {@code enqueue}, list with {@code items}/{@code counts}, {@code retry},
 *       {@code purgeDelivered}.</li>
 *   <li>{@link io.clinscribe.delivery.outbox.DeliveryTarget}: an adapter and its settings without secrets,
 *       the only form in which a target is stored.</li>
 *   <li>{@link io.clinscribe.delivery.outbox.Courier}: delivers due items through the adapters
 *       ({@code deliverDue}, {@code deliverAll} until done or a deadline, {@code run} until stopped), with
 *       backoff from a {@link io.clinscribe.delivery.outbox.RetryPolicy}; secrets come back through the
 *       {@link io.clinscribe.delivery.outbox.AdapterOpener}.</li>
 * </ul>
 */
package io.clinscribe.delivery.outbox;
