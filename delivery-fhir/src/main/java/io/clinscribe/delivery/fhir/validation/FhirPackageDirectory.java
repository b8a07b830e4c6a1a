package io.clinscribe.delivery.fhir.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the FHIR packages fetched by {@code scripts/fetch-fhir-packages.sh} are: the directory given, else
 * {@code $CLINSCRIBE_FHIR_PACKAGES}, else {@code ${XDG_DATA_HOME:-$HOME/.local/share}/clinscribe/fhir-packages}.
 * Packages are the npm tarballs as {@code npm pack} writes them ({@code hl7.fhir.uv.ips-2.0.0.tgz}).
 */
public record FhirPackageDirectory(Path directory) {

    public static final String ENVIRONMENT_VARIABLE = "CLINSCRIBE_FHIR_PACKAGES";
    public static final String FETCH_SCRIPT = "scripts/fetch-fhir-packages.sh";

    public FhirPackageDirectory {
        Objects.requireNonNull(directory, "directory");
    }

    /** The directory the fetch script writes to by default. */
    public static FhirPackageDirectory standard() {
        return standard(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static FhirPackageDirectory standard(Map<String, String> environment, Path home) {
        String explicit = environment.get(ENVIRONMENT_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return new FhirPackageDirectory(Path.of(explicit));
        }
        String data = environment.get("XDG_DATA_HOME");
        Path base = data != null && !data.isBlank() ? Path.of(data) : home.resolve(".local/share");
        return new FhirPackageDirectory(base.resolve("clinscribe/fhir-packages"));
    }

    /** The tarball of a package at a version, when it has been fetched. */
    public Optional<Path> find(String name, String version) {
        Path file = directory.resolve(name + "-" + version + ".tgz");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
