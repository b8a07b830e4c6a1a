package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.HapiContext;
import io.clinscribe.delivery.AdapterSettings;
import io.clinscribe.delivery.DeliveryRequest;
import io.clinscribe.delivery.EhrAdapter;
import io.clinscribe.delivery.EhrAdapters;
import io.clinscribe.delivery.PatientContext;
import io.clinscribe.delivery.hl7v2.message.BuiltMessage;
import io.clinscribe.delivery.hl7v2.message.ResultsMessage;
import io.clinscribe.delivery.hl7v2.mllp.MllpSender;
import io.clinscribe.record.ClinicalDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Throughput to HAPI's MLLP server on loopback over one connection, after a warm-up: whole documents through the
 * adapter (an MDM^T02 of 12 OBX lines and an ORU^R01 of 2 OBR and 11 OBX, built, sent and acknowledged one after
 * the other), and one prebuilt ORU^R01 sent again and again (MLLP and ACK handling alone).
 */
class MllpThroughputTest {

    /** Small enough for the test suite; {@code -Dclinscribe.hl7v2.measured=2000} for a steadier figure. */
    private static final int MEASURED = Integer.getInteger("clinscribe.hl7v2.measured", 200);
    private static final int WARM_UP = Math.max(100, MEASURED / 2);

    @Test
    void documentsAndMessagesPerSecondOverOneConnection() throws Exception {
        ClinicalDocument note = FollowUpNote.document();
        List<DeliveryRequest> requests = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            requests.add(DeliveryRequest.of(note, PatientContext.parse("urn:oid:2.16.840.1.113883.3.72.5.9.1|MRN-" + i,
                    Optional.empty())));
        }
        try (MllpTestServer server = new MllpTestServer()) {
            AdapterSettings settings = AdapterSettings.of("hl7v2", Map.of("host", "127.0.0.1",
                    "port", Integer.toString(server.port())));
            try (EhrAdapter adapter = EhrAdapters.discover().open(settings)) {
                for (int i = 0; i < WARM_UP; i++) {
                    adapter.deliver(requests.get(i));
                }
                long start = System.nanoTime();
                for (int i = WARM_UP; i < requests.size(); i++) {
                    adapter.deliver(requests.get(i));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("hl7v2 adapter over MLLP, one connection: %d documents in %.2f s = %.0f documents/s"
                        + " (%.0f messages/s, built and acknowledged)%n", MEASURED, seconds, MEASURED / seconds,
                        2 * MEASURED / seconds);
            }
            assertEquals(2 * (WARM_UP + MEASURED), server.receiver.stored.size());

            Hl7v2Settings hl7 = Hl7v2Settings.read(settings);
            try (HapiContext context = Hl7v2AdapterProvider.context(hl7, Optional.empty());
                 MllpSender sender = new MllpSender(context, hl7.endpoint(), hl7.retry())) {
                BuiltMessage oru = new ResultsMessage(hl7.header(), context.getModelClassFactory())
                        .build(requests.get(0), Instant.now()).orElseThrow();
                for (int i = 0; i < WARM_UP; i++) {
                    sender.send(oru.message(), oru.controlId());
                }
                long start = System.nanoTime();
                for (int i = 0; i < MEASURED; i++) {
                    sender.send(oru.message(), oru.controlId());
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("prebuilt ORU^R01 over MLLP, one connection: %.0f messages/s (%.2f ms each)%n",
                        MEASURED / seconds, 1000 * seconds / MEASURED);
            }
        }
    }
}
