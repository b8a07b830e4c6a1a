/**
 * The "files" adapter: validated FHIR written into a directory as a transaction Bundle JSON per document or
 * NDJSON per resource type, atomically and once per document.
 */
package io.clinscribe.delivery.fhir.files;
