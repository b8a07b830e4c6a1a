package io.clinscribe.delivery.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a transaction Bundle offline, before anything is sent or written: against FHIR R4 core and the
 * profiles the resources claim (the vital-signs profiles), and each resource against its International
 * Patient Summary profile (hl7.fhir.uv.ips 2.0.0) when that package has been fetched
 * ({@link FhirPackageDirectory#FETCH_SCRIPT}).
 *
 * <p>Expensive to build and to warm up (the first validation loads and snapshots the profiles, about 5 s);
 * build one and share it: it is thread-safe. Codes of SNOMED CT, RxNorm and LOINC cannot be checked without
 * a terminology server; the validator reports them as warnings, never errors.
 */
public final class BundleValidator {

    public static final String IPS_PACKAGE = "hl7.fhir.uv.ips";
    public static final String IPS_VERSION = "2.0.0";
    private static final String IPS_PROFILES = "http://hl7.org/fhir/uv/ips/StructureDefinition/";
    /** Our own extensions (source-sha256, mention-location); they are allowed, not looked up. */
    private static final String CLINSCRIBE_EXTENSIONS = "https://clinscribe.io/fhir/";
    private static final Pattern PROFILE = Pattern.compile("http://hl7\\.org/fhir/(?:uv/ips/)?StructureDefinition/[A-Za-z0-9-]+");
    private static final String R4_VERSION = "4.0.1";
    private static final Pattern ENTRY = Pattern.compile("^Bundle\\.entry\\[(\\d+)]\\.resource(?:/\\*[^*]*\\*/|\\.ofType\\([A-Za-z]+\\))?");

    private final FhirValidator validator;
    private final boolean ips;

    /** A validator with the IPS package from the standard directory, if it has been fetched. */
    public BundleValidator(FhirContext context) {
        this(context, FhirPackageDirectory.standard());
    }

    public BundleValidator(FhirContext context, FhirPackageDirectory packages) {
        Optional<Path> ipsPackage = packages.find(IPS_PACKAGE, IPS_VERSION);
        List<IValidationSupport> supports = new ArrayList<>(List.of(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context)));
        ipsPackage.ifPresent(p -> supports.add(load(context, p)));
        UnknownCodeSystemWarningValidationSupport unknownSystems = new UnknownCodeSystemWarningValidationSupport(context);
        unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        supports.add(unknownSystems);
        // The chain caches look-ups (Caffeine, through hapi-fhir-caching-caffeine).
        ValidationSupportChain chain = new ValidationSupportChain(supports.toArray(IValidationSupport[]::new));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setCustomExtensionDomains(CLINSCRIBE_EXTENSIONS);
        this.validator = context.newValidator().registerValidatorModule(instanceValidator);
        this.ips = ipsPackage.isPresent();
    }

    /** Whether resources are also checked against the IPS profiles. */
    public boolean checksIps() {
        return ips;
    }

    public BundleValidation validate(Bundle bundle) {
        // One validation call per bundle: HAPI builds a new instance validator for every call, which costs
        // more than validating a resource, so the IPS profiles are claimed on a copy (never sent) rather than
        // checked resource by resource.
        Bundle checked = bundle;
        if (ips) {
            checked = bundle.copy();
            for (Bundle.BundleEntryComponent entry : checked.getEntry()) {
                ipsProfile(entry.getResource()).ifPresent(p -> entry.getResource().getMeta().addProfile(p));
            }
        }
        List<ValidationIssue> issues = new ArrayList<>();
        for (SingleValidationMessage m : validator.validateWithResult(checked).getMessages()) {
            issues.add(issue(bundle, m));
        }
        return new BundleValidation(issues, ips);
    }

    /** The IPS profile a resource of ours is meant to meet, if IPS profiles its kind. */
    static Optional<String> ipsProfile(Resource resource) {
        String name = switch (resource.fhirType()) {
            case "Condition" -> "Condition-uv-ips";
            case "AllergyIntolerance" -> "AllergyIntolerance-uv-ips";
            case "MedicationStatement" -> "MedicationStatement-uv-ips";
            case "MedicationRequest" -> "MedicationRequest-uv-ips";
            case "Procedure" -> "Procedure-uv-ips";
            case "Observation" -> ((Observation) resource).getCategory().stream()
                    .anyMatch(c -> c.hasCoding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory"))
                    ? "Observation-results-laboratory-pathology-uv-ips" : null;
            default -> null;
        };
        return Optional.ofNullable(name).map(n -> IPS_PROFILES + n);
    }

    private static ValidationIssue issue(Bundle bundle, SingleValidationMessage message) {
        String location = Optional.ofNullable(message.getLocationString()).orElse("Bundle");
        Matcher m = ENTRY.matcher(location);
        OptionalInt index = OptionalInt.empty();
        String resourceType = "Bundle";
        if (m.find()) {
            int i = Integer.parseInt(m.group(1));
            index = OptionalInt.of(i);
            if (i < bundle.getEntry().size() && bundle.getEntry().get(i).getResource() != null) {
                resourceType = bundle.getEntry().get(i).getResource().fhirType();
            }
            location = "Bundle.entry[" + i + "].resource" + location.substring(m.end());
        }
        return new ValidationIssue(severity(message.getSeverity()), resourceType, index, location,
                Optional.ofNullable(message.getMessageId()).orElse(""), profile(message));
    }

    /** The profile the message names, if any: only its canonical URL is taken from the text. */
    private static String profile(SingleValidationMessage message) {
        Matcher m = PROFILE.matcher(Optional.ofNullable(message.getMessage()).orElse(""));
        return m.find() ? m.group() : "";
    }

    private static ValidationIssue.Severity severity(ResultSeverityEnum severity) {
        return switch (severity) {
            case FATAL, ERROR -> ValidationIssue.Severity.ERROR;
            case WARNING -> ValidationIssue.Severity.WARNING;
            case INFORMATION -> ValidationIssue.Severity.INFORMATION;
        };
    }

    /** The package's conformance resources (profiles, value sets, code systems), parsed leniently. */
    private static NpmPackageValidationSupport load(FhirContext context, Path tarball) {
        NpmPackageValidationSupport support = new NpmPackageValidationSupport(context);
        IParser parser = context.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
        try (InputStream in = Files.newInputStream(tarball)) {
            NpmPackage npm = NpmPackage.fromPackage(in);
            NpmPackage.NpmPackageFolder folder = npm.getFolders().get("package");
            if (folder == null) {
                throw new IOException("no package folder in " + tarball.getFileName());
            }
            for (String file : folder.listFiles()) {
                if (file.toLowerCase(Locale.ROOT).endsWith(".json") && !file.equals("package.json")
                        && !file.startsWith(".")) {
                    // IPS 2.0.0 names core types by versioned canonical (SimpleQuantity|4.0.1), which HAPI's core
                    // support does not resolve; R4 core is the only version here, so the version is dropped.
                    String json = new String(folder.fetchFile(file), StandardCharsets.UTF_8)
                            .replace("|" + R4_VERSION + "\"", "\"");
                    IBaseResource resource = parser.parseResource(json);
                    String type = context.getResourceType(resource);
                    if (type.equals("StructureDefinition") || type.equals("ValueSet") || type.equals("CodeSystem")) {
                        support.addResource(resource);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("FHIR package " + tarball.getFileName() + " could not be read", e);
        }
        return support;
    }
}
