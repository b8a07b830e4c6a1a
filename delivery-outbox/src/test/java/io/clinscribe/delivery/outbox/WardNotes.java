package io.clinscribe.delivery.outbox;

import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.json.EntriesJsonReader;
import io.clinscribe.record.ClinicalDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Documents to deliver: the ward round note in the test resources (written by {@code clinscribe text} from a
 * short note, with its source), and copies of it as other patients' notes with their own ids.
 */
final class WardNotes {

    static final String RESOURCE = "/ward-round-note.json";

    private WardNotes() {
    }

    static String json() {
        try (InputStream in = WardNotes.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClinicalDocument note() {
        return new EntriesJsonReader().read(json());
    }

    /** The note for bed {@code bed}'s patient: same content, its own document id, so its own delivery id. */
    static DeliveryRequest forBed(int bed) {
        ClinicalDocument note = note();
        ClinicalDocument copy = new ClinicalDocument("ward-round-bed-" + bed, note.text(), note.sections(),
                note.entries(), note.problems(), note.source());
        return DeliveryRequest.of(copy, new PatientContext("bed-" + bed, Optional.of("urn:oid:1.2.3.4.5"),
                Optional.of("enc-" + bed)));
    }

    static List<DeliveryRequest> beds(int count) {
        List<DeliveryRequest> requests = new ArrayList<>();
        for (int bed = 1; bed <= count; bed++) {
            requests.add(forBed(bed));
        }
        return requests;
    }
}
