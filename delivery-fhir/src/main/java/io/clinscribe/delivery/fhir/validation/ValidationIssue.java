package io.clinscribe.delivery.fhir.validation;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One problem the validator found, located without quoting the bundle: the resource type, its index in
 * {@code Bundle.entry} (empty for the Bundle itself), the FHIRPath location, and the validator's message id
 * (such as {@code Terminology_TX_NoValid_17}). The validator's message text is left out on purpose: it may
 * quote values from the resource, which are patient data.
 */
public record ValidationIssue(Severity severity, String resourceType, OptionalInt entryIndex, String location,
                              String messageId, String profile) {

    public enum Severity { ERROR, WARNING, INFORMATION }

    public ValidationIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(entryIndex, "entryIndex");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(profile, "profile");
    }

    /** For messages and logs: where and what kind of problem, never a value. */
    public String describe() {
        String where = entryIndex.isPresent() ? "entry " + entryIndex.getAsInt() + " (" + resourceType + ")" : resourceType;
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " at " + where + " " + location
                + (messageId.isEmpty() ? "" : " [" + messageId + "]") + (profile.isEmpty() ? "" : " against " + profile);
    }
}
