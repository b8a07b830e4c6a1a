/**
 * The record model: immutable entries (problems, medications, allergies, vital signs, lab results,
 * procedures) under the sealed {@link io.clinscribe.record.Entry}, each with its mention, assertion, codes
 * and provenance, and the {@link io.clinscribe.record.ClinicalDocument} that holds them.
 */
package io.clinscribe.record;
