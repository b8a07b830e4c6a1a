package io.clinscribe.delivery.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.fhir.mapping.ClinicalNotes;
import io.clinscribe.delivery.fhir.mapping.FhirRecordMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FhirPackageDirectoryTest {

    @Test
    void explicitThenXdgThenHome() {
        Path home = Path.of("/home/someone");
        assertEquals(Path.of("/opt/fhir"), FhirPackageDirectory.standard(
                Map.of("CLINSCRIBE_FHIR_PACKAGES", "/opt/fhir", "XDG_DATA_HOME", "/data"), home).directory());
        assertEquals(Path.of("/data/clinscribe/fhir-packages"),
                FhirPackageDirectory.standard(Map.of("XDG_DATA_HOME", "/data"), home).directory());
        assertEquals(Path.of("/home/someone/.local/share/clinscribe/fhir-packages"),
                FhirPackageDirectory.standard(Map.of(), home).directory());
    }

    @Test
    void withoutTheIpsPackageCoreValidationStillRunsAndSaysSo(@TempDir Path empty) {
        BundleValidator coreOnly = new BundleValidator(FhirContext.forR4(), new FhirPackageDirectory(empty));
        assertFalse(coreOnly.checksIps());
        BundleValidation result = coreOnly.validate(new FhirRecordMapper().map(DeliveryRequest.of(ClinicalNotes.rich(),
                PatientContext.parse("Patient/1", Optional.empty()))).bundle());
        assertFalse(result.ipsChecked());
        assertTrue(result.valid(), result.describeErrors());
    }
}
