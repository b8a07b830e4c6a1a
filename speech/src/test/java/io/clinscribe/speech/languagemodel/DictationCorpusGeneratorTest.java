package io.clinscribe.speech.languagemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DictationCorpusGeneratorTest {

    private static final Pattern WORD = Pattern.compile("[a-z']+");
    private final DictationLexicon lexicon = DictationLexicon.load();
    private final DictationCorpusGenerator generator = new DictationCorpusGenerator(lexicon);

    @Test
    void theSameSeedGivesTheSameLinesAndAnotherSeedOthers() {
        assertEquals(generator.lines(300, 7), generator.lines(300, 7));
        assertNotEquals(generator.lines(300, 7), generator.lines(300, 8));
    }

    @Test
    void everyWordIsSpokenFormAndNoSlotIsLeftUnfilled() {
        for (List<String> line : generator.lines(3000, 11)) {
            assertFalse(line.isEmpty());
            for (String w : line) {
                assertTrue(WORD.matcher(w).matches(), () -> "not spoken form: '" + w + "' in " + line);
            }
        }
    }

    @Test
    void theLinesHaveTheShapesOfDictation() {
        List<List<String>> lines = generator.lines(3000, 3);
        Set<String> text = new HashSet<>();
        lines.forEach(l -> text.add(String.join(" ", l)));
        String all = String.join("\n", text);
        // commands, headings with their colon, numbered lists, spelled letters, numbers as words, edits
        for (String expected : List.of(" comma ", " period", "history of present illness colon ", " number two ",
                " p o ", " b i d ", " milligrams ", " point ", " scratch that ", " new paragraph", " over ")) {
            assertTrue(all.contains(expected), "no line contains '" + expected + "'");
        }
        // every lexicon entry appears at least once
        for (String drug : lexicon.slot("drug")) {
            assertTrue(all.contains(drug), drug);
        }
        assertFalse(all.matches("(?s).*\\d.*"), "digits in the spoken form");
    }

    @Test
    void spokenNumbersReadAsDictated() {
        assertEquals("one hundred twenty three", SpokenNumbers.cardinal(123));
        assertEquals("fourteen thousand five hundred", SpokenNumbers.cardinal(14_500));
        assertEquals("ninety", SpokenNumbers.cardinal(90));
        assertEquals("zero", SpokenNumbers.cardinal(0));
        assertEquals("twenty first", SpokenNumbers.ordinal(21));
        assertEquals("thirtieth", SpokenNumbers.ordinal(30));
        java.util.Random random = new java.util.Random(1);
        Set<String> years = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            years.add(SpokenNumbers.year(2019, random));
            years.add(SpokenNumbers.year(1998, random));
            years.add(SpokenNumbers.year(2005, random));
        }
        assertEquals(Set.of("twenty nineteen", "two thousand nineteen", "nineteen ninety eight", "two thousand five"), years);
    }
}
