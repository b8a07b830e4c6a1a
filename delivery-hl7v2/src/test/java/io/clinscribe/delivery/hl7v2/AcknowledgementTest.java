package io.clinscribe.delivery.hl7v2;

import ca.uhn.hl7v2.HapiContext;
import io.clinscribe.delivery.hl7v2.mllp.Acknowledgement;
import io.clinscribe.delivery.hl7v2.mllp.Acknowledgement.Verdict;
import io.clinscribe.delivery.hl7v2.mllp.RetryPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** ACKs as receivers write them, v2.5.1 and older, read the way the adapter's own context reads them. */
class AcknowledgementTest {

    private static HapiContext hapi;

    @BeforeAll
    static void context() throws Exception {
        hapi = Hl7v2AdapterProvider.context(Hl7v2Settings.read(io.clinscribe.delivery.AdapterSettings.of("hl7v2",
                Map.of("host", "127.0.0.1", "port", "2575"))), Optional.empty());
    }

    @AfterAll
    static void close() throws IOException {
        hapi.close();
    }

    private static Acknowledgement read(String... segments) throws Exception {
        return Acknowledgement.read(hapi.getPipeParser().parse(String.join("\r", segments)));
    }

    @Test
    void verdictsFollowTheCodes() throws Exception {
        String msh = "MSH|^~\\&|EHR|MAIN|clinscribe||20261125071500||ACK^R01^ACK|A1|P|2.5.1";
        assertEquals(Verdict.ACCEPTED, read(msh, "MSA|AA|X-ORU").verdict());
        assertEquals("X-ORU", read(msh, "MSA|AA|X-ORU").controlId());
        Acknowledgement locked = read(msh, "MSA|AE|X-ORU", "ERR||PID^1^3|206^Application record locked^HL70357|E");
        assertEquals(Verdict.TRY_AGAIN, locked.verdict());
        assertEquals("MSA-1 AE, ERR-3 206 (Application record locked) at PID[1]-3", locked.describe());
        assertEquals(Verdict.DUPLICATE, read(msh, "MSA|AE|X-ORU", "ERR|||205|E").verdict());
        Acknowledgement unit = read(msh, "MSA|AE|X-ORU|Unit mg/dL unknown for Mrs Doe",
                "ERR||OBX^3^6^^1|103^Table value not found^HL70357|E|UNIT-7||||Unit unknown for Mrs Doe");
        assertEquals(Verdict.REFUSED, unit.verdict());
        assertEquals("MSA-1 AE, ERR-3 103 (Table value not found) at OBX[3]-6.1, application error UNIT-7",
                unit.describe());
        assertFalse(unit.describe().contains("Doe"));
        assertEquals(Verdict.TRY_AGAIN, read(msh, "MSA|AR|X-ORU").verdict(), "AR without a code: system down");
        assertEquals(Verdict.REFUSED, read(msh, "MSA|AE|X-ORU").verdict(), "AE without a code: the content");
    }

    @Test
    void olderVersionsAreReadByPosition() throws Exception {
        Acknowledgement v23 = read("MSH|^~\\&|EHR|MAIN|clinscribe||20261125071500||ACK|A2|P|2.3",
                "MSA|AR|X-MDM", "ERR|PID^1^3^204&Unknown key identifier");
        assertEquals("AR", v23.code());
        assertEquals(Verdict.REFUSED, v23.verdict());
        assertEquals("MSA-1 AR, ERR-3 204 (Unknown key identifier) at PID[1]-3", v23.describe());
        assertEquals(Verdict.ACCEPTED, read("MSH|^~\\&|EHR||clinscribe||200611250715||ACK|A3|P|2.2", "MSA|CA|X-MDM").verdict());
    }

    @Test
    void retriesPauseLongerEachTimeUpToTheCap() {
        RetryPolicy retry = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(3));
        assertEquals(6, retry.attempts());
        assertEquals(Duration.ofSeconds(1), retry.delayBefore(1));
        assertEquals(Duration.ofSeconds(2), retry.delayBefore(2));
        assertEquals(Duration.ofSeconds(3), retry.delayBefore(3));
        assertEquals(Duration.ofSeconds(3), retry.delayBefore(5));
    }
}
