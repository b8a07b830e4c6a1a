package io.clinscribe.delivery.fhir.mapping;

import io.clinscribe.record.Code;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumService;
import org.hl7.fhir.r4.model.Quantity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Units checked against UCUM (the ucum-essence definitions shipped in org.fhir:ucum), so a Quantity claims
 * the UCUM system only for a unit that is UCUM. Common clinical spellings that are not UCUM ("mEq/L",
 * "mcg", "K/uL") are first rewritten to their UCUM code; a unit still not UCUM is kept as written, without
 * a system, rather than dropped or guessed. Loading the definitions takes a moment: build one and share it.
 */
public final class UcumUnits {

    private static final Map<String, String> CLINICAL_SPELLINGS = Map.ofEntries(
            Map.entry("mEq/L", "meq/L"), Map.entry("mEq", "meq"), Map.entry("mcg", "ug"), Map.entry("µg", "ug"),
            Map.entry("K/uL", "10*3/uL"), Map.entry("x10^3/uL", "10*3/uL"), Map.entry("x10*3/uL", "10*3/uL"),
            Map.entry("M/uL", "10*6/uL"), Map.entry("x10^6/uL", "10*6/uL"), Map.entry("units", "[iU]"),
            Map.entry("IU", "[iU]"), Map.entry("U", "[iU]"), Map.entry("bpm", "/min"), Map.entry("mmHg", "mm[Hg]"),
            Map.entry("lb", "[lb_av]"), Map.entry("lbs", "[lb_av]"), Map.entry("in", "[in_i]"),
            Map.entry("cc", "mL"), Map.entry("ml", "mL"), Map.entry("mg/dl", "mg/dL"), Map.entry("g/dl", "g/dL"),
            Map.entry("degF", "[degF]"), Map.entry("F", "[degF]"), Map.entry("C", "Cel"));

    private final UcumService ucum;

    public UcumUnits(UcumService ucum) {
        this.ucum = ucum;
    }

    /** The UCUM definitions from the org.fhir:ucum jar. */
    public static UcumUnits load() {
        try (InputStream essence = UcumEssenceService.class.getResourceAsStream("/ucum-essence.xml")) {
            if (essence == null) {
                throw new IllegalStateException("ucum-essence.xml is not on the classpath (org.fhir:ucum)");
            }
            return new UcumUnits(new UcumEssenceService(essence));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UcumException e) {
            throw new IllegalStateException("ucum-essence.xml could not be read", e);
        }
    }

    /** The UCUM code for a unit as written, if it is UCUM or a known clinical spelling of a UCUM unit. */
    public Optional<String> code(String unit) {
        String trimmed = unit.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (ucum.validate(trimmed) == null) {
            return Optional.of(trimmed);
        }
        String rewritten = CLINICAL_SPELLINGS.get(trimmed);
        return rewritten != null && ucum.validate(rewritten) == null ? Optional.of(rewritten) : Optional.empty();
    }

    /** A Quantity with the UCUM system and code when the unit is UCUM, else with the unit as written only. */
    public Quantity quantity(BigDecimal value, String unit) {
        Quantity quantity = new Quantity().setValue(value);
        Optional<String> code = code(unit);
        if (code.isPresent()) {
            quantity.setUnit(code.get()).setSystem(Code.UCUM).setCode(code.get());
        } else if (!unit.isBlank()) {
            quantity.setUnit(unit.strip());
        }
        return quantity;
    }
}
