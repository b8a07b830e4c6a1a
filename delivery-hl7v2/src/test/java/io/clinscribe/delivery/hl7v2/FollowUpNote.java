package io.clinscribe.delivery.hl7v2;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.record.ClinicalDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The test document: a follow-up visit for hypertension and diabetes, written for these tests and run through
 * {@code clinscribe text} (src/test/resources/follow-up-note.txt -> follow-up-note.json): two problems, three
 * medications, an allergy, six vital signs with a blood pressure, four labs (one a text result without LOINC)
 * and a negated problem.
 */
final class FollowUpNote {

    static final PatientContext PATIENT = PatientContext.parse("urn:oid:2.16.840.1.113883.3.72.5.9.1|MRN-4471",
            Optional.of("V-20261125-01"));

    private FollowUpNote() {
    }

    static ClinicalDocument document() {
        try (InputStream in = FollowUpNote.class.getResourceAsStream("/follow-up-note.json")) {
            return new EntriesJsonReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeliveryRequest request() {
        return DeliveryRequest.of(document(), PATIENT);
    }
}
