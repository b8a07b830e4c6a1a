/**
 * Offline validation of the bundles before they leave the machine: FHIR R4 core, the vital-signs profiles
 * and, once fetched with {@code scripts/fetch-fhir-packages.sh}, the International Patient Summary profiles.
 * Issues are located by resource type, bundle entry and FHIRPath, never quoted.
 */
package io.clinscribe.delivery.fhir.validation;
