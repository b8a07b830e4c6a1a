/**
 * The {@code clinscribe.entries/v1} wire format (see FORMAT.md): {@link io.clinscribe.json.EntriesJsonWriter}
 * writes a {@link io.clinscribe.record.ClinicalDocument} with Jackson's streaming generator,
 * {@link io.clinscribe.json.EntriesJsonReader} reads our output and gold JSON Lines back into records.
 * Attributes are written and read by one small codec per entry kind.
 */
package io.clinscribe.json;
