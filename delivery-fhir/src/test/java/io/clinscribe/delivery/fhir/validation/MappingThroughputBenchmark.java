package io.clinscribe.delivery.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.fhir.FhirTransaction;
import io.clinscribe.delivery.fhir.mapping.FhirRecordMapper;
import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.record.ClinicalDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Figures for the report, run on demand: {@code -Dclinscribe.benchmark=true [-Dclinscribe.benchmark.document=FILE]}
 * (a clinscribe JSON document; the follow-up note fixture by default). Prints the first validation's cost,
 * the document's error and warning counts, and documents per second mapped and validated after warm-up.
 */
@EnabledIfSystemProperty(named = "clinscribe.benchmark", matches = "true")
class MappingThroughputBenchmark {

    @Test
    void mapAndValidate() throws Exception {
        String file = System.getProperty("clinscribe.benchmark.document");
        ClinicalDocument document = file == null ? BundleValidatorTest.followUpNote()
                : new EntriesJsonReader().read(Files.readString(Path.of(file)));
        DeliveryRequest request = DeliveryRequest.of(document, PatientContext.parse("Patient/123", Optional.of("enc-1")));
        FhirContext context = FhirContext.forR4();

        long start = System.nanoTime();
        FhirRecordMapper mapper = new FhirRecordMapper();
        BundleValidator validator = new BundleValidator(context);
        long built = System.nanoTime();
        FhirTransaction transaction = mapper.map(request);
        BundleValidation first = validator.validate(transaction.bundle());
        long validated = System.nanoTime();
        System.out.printf("document %s: %d entries, %d bundle entries, %d not carried%n", document.id(),
                document.entries().size(), transaction.bundle().getEntry().size(), transaction.notCarried().size());
        System.out.printf("build %.0f ms, first validation %.0f ms, IPS checked %s: %d errors, %d warnings, %d information%n",
                (built - start) / 1e6, (validated - built) / 1e6, first.ipsChecked(), first.errors().size(),
                first.warnings().size(), first.issues().size() - first.errors().size() - first.warnings().size());
        first.errors().forEach(e -> System.out.println("  " + e.describe()));

        int rounds = Integer.getInteger("clinscribe.benchmark.rounds", 10);
        long mapNanos = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            long m0 = System.nanoTime();
            FhirTransaction t = mapper.map(request);
            mapNanos += System.nanoTime() - m0;
            validator.validate(t.bundle());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("after warm-up: %.2f bundles/s mapped+validated (%.0f ms each; mapping alone %.1f ms)%n",
                rounds / seconds, seconds * 1000 / rounds, mapNanos / 1e6 / rounds);
    }
}
