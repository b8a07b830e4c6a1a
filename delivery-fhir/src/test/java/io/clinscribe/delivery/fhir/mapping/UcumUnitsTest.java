package io.clinscribe.delivery.fhir.mapping;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class UcumUnitsTest {

    private final UcumUnits units = UcumUnits.load();

    @Test
    void ucumUnitsPassClinicalSpellingsAreRewrittenOthersKeptWithoutSystem() {
        assertEquals(Optional.of("mg/dL"), units.code("mg/dL"));
        assertEquals(Optional.of("10*3/uL"), units.code("10*3/uL"));
        assertEquals(Optional.of("{puff}"), units.code("{puff}"));
        assertEquals(Optional.of("meq/L"), units.code("mEq/L"));
        assertEquals(Optional.of("ug"), units.code("mcg"));
        assertEquals(Optional.empty(), units.code("blorps"));
        var kept = units.quantity(new BigDecimal("3"), "blorps");
        assertEquals("blorps", kept.getUnit());
        assertFalse(kept.hasSystem());
        assertFalse(kept.hasCode());
    }
}
