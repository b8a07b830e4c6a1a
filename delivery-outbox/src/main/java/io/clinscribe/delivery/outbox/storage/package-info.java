/**
 * How the outbox is kept on disk: the H2 database and its lock, the schema and its migrations, owner-only
 * file permissions, and the JSON of receipts and settings. Used by {@link io.clinscribe.delivery.outbox.Outbox};
 * not an API of its own.
 */
package io.clinscribe.delivery.outbox.storage;
