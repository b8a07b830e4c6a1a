package io.clinscribe.handwriting.form;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadingChoiceTest {

    private static final FormTemplate.Zone ZONE = new FormTemplate.Zone(0, 0, 10, 10);

    private static FormTemplate.Field vital(String name, String pattern, String unit) {
        return new FormTemplate.Field(name, name, FormTemplate.Kind.VITAL, ZONE, Optional.of(pattern), Optional.of(name),
                Optional.of(unit), Optional.empty(), Optional.empty());
    }

    private static final FormTemplate.Field HEART_RATE = vital("heart_rate", "^\\d{2,3}$", "/min");
    private static final FormTemplate.Field BLOOD_PRESSURE = vital("blood_pressure", "^\\d{2,3}/\\d{2,3}$", "mmHg");
    private static final FormTemplate.Field TEMPERATURE = vital("body_temperature", "^\\d{2,3}(\\.\\d)?$", "F");
    private static final FormTemplate.Field DATE = new FormTemplate.Field("visit_date", "Visit date", FormTemplate.Kind.DATE,
            ZONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of("MM/DD/YYYY"), Optional.empty());
    private static final FormTemplate.Field MRN = new FormTemplate.Field("mrn", "MRN", FormTemplate.Kind.DIGITS,
            ZONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of(7));

    private static ReadingChoice.Choice choose(FormTemplate.Field field, ReadingChoice.Candidate... readings) {
        return ReadingChoice.choose(List.of(readings), v -> FieldFormat.problems(field, v), 60);
    }

    private static ReadingChoice.Candidate read(String value, double confidence) {
        return new ReadingChoice.Candidate(value, confidence);
    }

    @Test
    void theValueThatFitsAndThatReadingsAgreeOnIsTaken() {
        ReadingChoice.Choice choice = choose(TEMPERATURE, read("17.9", 90), read("97.9", 80), read("979", 85), read("97.9", 70));
        assertEquals("97.9", choice.value(), "17.9 F and 979 F are no patient's temperature");
        assertEquals(List.of(), choice.reasons());
        assertEquals(75, choice.confidence(), 0.01, "the median of the agreeing readings");
    }

    @Test
    void readingsThatFitButDisagreeAreFlagged() {
        ReadingChoice.Choice choice = choose(HEART_RATE, read("92", 70), read("92", 80), read("42", 95));
        assertEquals("92", choice.value());
        assertTrue(choice.reasons().contains("readings of the writing disagree"));
    }

    @Test
    void whenNothingFitsTheSurestReadingIsKeptAsReadAndFlagged() {
        ReadingChoice.Choice choice = choose(MRN, read("342177", 80), read("29921770", 40));
        assertEquals("342177", choice.value(), "no digit is made up to fill the length");
        assertTrue(choice.reasons().contains("6 digits where the field holds 7"), choice.reasons().toString());
    }

    @Test
    void nothingReadIsUnreadable() {
        ReadingChoice.Choice choice = choose(HEART_RATE, read("", 0), read("", 0));
        assertEquals("", choice.value());
        assertEquals(List.of("unreadable writing"), choice.reasons());
    }

    @Test
    void aFittingValueReadWithLittleConfidenceIsFlagged() {
        assertTrue(choose(HEART_RATE, read("72", 30), read("72", 40)).reasons().contains("low OCR confidence"));
    }

    @Test
    void formatsKnowCalendarsAndWhatAPatientCanMeasure() {
        assertEquals(List.of(), FieldFormat.problems(DATE, "02/29/2024"));
        assertEquals(List.of("not a calendar date"), FieldFormat.problems(DATE, "02/30/2026"));
        assertEquals(List.of("not a calendar date"), FieldFormat.problems(DATE, "13/04/2026"));
        assertEquals(List.of("value does not match the field's format"), FieldFormat.problems(DATE, "1/04/2026"));
        assertEquals(List.of(), FieldFormat.problems(BLOOD_PRESSURE, "118/74"));
        assertEquals(1, FieldFormat.problems(BLOOD_PRESSURE, "74/118").size(), "systolic above diastolic");
        assertEquals(1, FieldFormat.problems(HEART_RATE, "4").size());
        assertEquals(1, FieldFormat.problems(HEART_RATE, "14").size(), "a pulse of 14 is a misreading");
        assertEquals(List.of(), FieldFormat.problems(HEART_RATE, "140"));
        assertEquals(List.of(), FieldFormat.problems(MRN, "5120346"));
        assertEquals(List.of("not all digits", "8 digits where the field holds 7"), FieldFormat.problems(MRN, "512/0346"));
    }

    @Test
    void aFreeReadingCountsOnlyWhenEveryCharacterCanBeADigit() {
        assertEquals(Optional.of("1092"), FormReader.lookAlikeDigits("lO9Z", HEART_RATE));
        assertEquals(Optional.empty(), FormReader.lookAlikeDigits("Joy", HEART_RATE), "J and y are no digits");
        assertEquals(Optional.empty(), FormReader.lookAlikeDigits("AA", HEART_RATE));
    }
}
