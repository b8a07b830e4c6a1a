package io.clinscribe.delivery.fhir.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the offline validator found in one bundle. Only errors make it invalid; warnings include what could
 * not be checked offline (SNOMED CT, RxNorm and LOINC codes, which need a terminology server).
 *
 * @param ipsChecked whether the resources were also checked against the IPS profiles (their package was found)
 */
public record BundleValidation(List<ValidationIssue> issues, boolean ipsChecked) {

    public BundleValidation {
        issues = List.copyOf(issues);
    }

    public boolean valid() {
        return errors().isEmpty();
    }

    public List<ValidationIssue> errors() {
        return of(ValidationIssue.Severity.ERROR);
    }

    public List<ValidationIssue> warnings() {
        return of(ValidationIssue.Severity.WARNING);
    }

    private List<ValidationIssue> of(ValidationIssue.Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).toList();
    }

    /** The errors, one per line, located; for exceptions and logs. */
    public String describeErrors() {
        return errors().stream().map(ValidationIssue::describe).collect(Collectors.joining("; "));
    }
}
