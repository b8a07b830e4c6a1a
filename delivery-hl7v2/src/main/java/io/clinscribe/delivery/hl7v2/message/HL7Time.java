package io.clinscribe.delivery.hl7v2.message;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An instant as an HL7 v2 DTM with its UTC offset ({@code 20261125071500+0000}), so no receiver guesses the zone. */
final class HL7Time {

    private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ").withZone(ZoneOffset.UTC);

    private HL7Time() {
    }

    static String of(Instant at) {
        return DTM.format(at);
    }
}
