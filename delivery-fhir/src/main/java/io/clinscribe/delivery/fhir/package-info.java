/** FHIR R4 delivery: entries as a transaction Bundle, validated offline, sent to a server or written to files. */
package io.clinscribe.delivery.fhir;
