package io.clinscribe.nlp.assertion;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContextRulesTest {

    private static Assertion assess(ContextRules rules, String text, String target, EntryKind kind) {
        int b = text.indexOf(target);
        return new AssertionDetector(rules).assess(text, new Span(0, text.length()), new Span(b, b + target.length()),
                Optional.empty(), kind);
    }

    @Test
    void defaultLexiconLoads() {
        assertTrue(ContextRules.load().size() > 500);
    }

    @Test
    void customLexiconWithWindowAndTermination() throws IOException {
        ContextRules rules = ContextRules.read(new StringReader(String.join("\n",
                "# tiny lexicon",
                "NEGATION\tFORWARD\tnegative for\t2",
                "TERMINATION\tNEGATION\tbesides",
                "")));
        assertTrue(assess(rules, "Negative for rash.", "rash", EntryKind.PROBLEM).negated());
        assertFalse(assess(rules, "Negative for rash besides itching.", "itching", EntryKind.PROBLEM).negated());
        assertFalse(assess(rules, "Negative for one two three rash.", "rash", EntryKind.PROBLEM).negated(),
                "three words exceed the window of two");
        assertFalse(assess(rules, "No rash.", "rash", EntryKind.PROBLEM).negated(), "only the given lexicon is used");
    }

    @Test
    void yearTokenClass() throws IOException {
        ContextRules rules = ContextRules.read(new StringReader("HISTORICAL\tBACKWARD\tin <year>\t3\n"));
        assertTrue(assess(rules, "Appendectomy in 1998.", "Appendectomy", EntryKind.PROCEDURE).historical());
        assertFalse(assess(rules, "Appendectomy in 12 hours.", "Appendectomy", EntryKind.PROCEDURE).historical());
    }

    @Test
    void pseudoTriggerHidesTheShorterCue() throws IOException {
        ContextRules rules = ContextRules.read(new StringReader("NEGATION\tFORWARD\tno\t5\nPSEUDO\t-\tno increase\n"));
        assertFalse(assess(rules, "No increase in effusion.", "effusion", EntryKind.PROBLEM).negated());
        assertTrue(assess(rules, "No effusion.", "effusion", EntryKind.PROBLEM).negated());
    }

    @Test
    void malformedLinesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ContextRules.read(new StringReader("NEGATION\tFORWARD\n")));
        assertThrows(IllegalArgumentException.class, () -> ContextRules.read(new StringReader("NEGATON\tFORWARD\tno\n")));
        assertThrows(IllegalArgumentException.class, () -> ContextRules.read(new StringReader("TERMINATION\tNEGATON\tbut\n")));
    }
}
