package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The map from clean text back to spoken words, which gives every entry its audio time range. */
class PieceMappingTest {

    private static final DictationCleanup CLEANUP = CleanupCases.CLEANUP;

    /** The word range {@code [first, end)} of the single piece whose text is {@code written}. */
    private static int[] wordsOf(CleanTranscript transcript, String written) {
        int[] found = null;
        for (SourcedText piece : transcript.pieces()) {
            if (transcript.text().substring(piece.begin(), piece.end()).equals(written)) {
                if (found != null) {
                    fail("more than one piece reads " + written);
                }
                found = new int[] {piece.firstWord(), piece.endWord()};
            }
        }
        if (found == null) {
            fail("no piece reads " + written + " in " + transcript.pieces());
        }
        return found;
    }

    private static void assertWords(CleanTranscript transcript, String written, int first, int end) {
        int[] words = wordsOf(transcript, written);
        assertEquals(first, words[0], "first word of " + written);
        assertEquals(end, words[1], "end word of " + written);
    }

    @Test
    void numbersUnitsAndHeadingsPointBackToTheirWords() {
        // 0 history 1 of 2 present 3 illness 4 colon 5 blood 6 pressure 7 one 8 hundred 9 twenty 10 over
        // 11 eighty 12 comma 13 metformin 14 five 15 hundred 16 milligrams 17 p 18 o 19 b 20 i 21 d 22 period
        CleanTranscript t = CLEANUP.clean("history of present illness colon blood pressure one hundred twenty over eighty"
                + " comma metformin five hundred milligrams p o b i d period");
        assertEquals("HISTORY OF PRESENT ILLNESS:\nBlood pressure 120/80, metformin 500 mg p.o. b.i.d.", t.text());
        assertWords(t, "HISTORY OF PRESENT ILLNESS:", 0, 5);
        assertWords(t, "Blood", 5, 6);
        assertWords(t, "120/80", 7, 12);
        assertWords(t, ",", 12, 13);
        assertWords(t, "500", 14, 16);
        assertWords(t, "mg", 16, 17);
        assertWords(t, "p.o.", 17, 19);
        assertWords(t, "b.i.d.", 19, 22);
    }

    @Test
    void capitalisationAndNumeralCommandsBelongToTheirWord() {
        // 0 doctor 1 cap 2 nguyen 3 gave 4 numeral 5 two 6 doses
        CleanTranscript t = CLEANUP.clean("doctor cap nguyen gave numeral two doses");
        assertEquals("Dr. Nguyen gave 2 doses", t.text());
        assertWords(t, "Dr.", 0, 1);
        assertWords(t, "Nguyen", 1, 3);
        assertWords(t, "2", 4, 6);
    }

    @Test
    void agesRangesAndCodesAreOnePieceEach() {
        // 0 a 1 fifty 2 two 3 year 4 old 5 with 6 an 7 l 8 four 9 to 10 l 11 five 12 lesion 13 ninety 14 to
        // 15 ninety 16 four 17 percent 18 oriented 19 times 20 three
        CleanTranscript t = CLEANUP.clean("a fifty two year old with an l four to l five lesion ninety to ninety four"
                + " percent oriented times three");
        assertEquals("A 52-year-old with an L4-L5 lesion 90%-94% oriented x3", t.text());
        assertWords(t, "52-year-old", 1, 5);
        assertWords(t, "L4-L5", 7, 12);
        assertWords(t, "90%-94%", 13, 18);
        assertWords(t, "x3", 19, 21);
    }

    @Test
    void deletedWordsAppearInNoPiece() {
        // 0 start 1 aspirin 2 period 3 scratch 4 that 5 start 6 heparin 7 period
        CleanTranscript t = CLEANUP.clean("start aspirin period scratch that start heparin period");
        assertEquals("Start heparin.", t.text());
        for (SourcedText piece : t.pieces()) {
            assertTrue(piece.firstWord() >= 5, "piece from deleted words: " + piece);
        }
        assertWords(t, "Start", 5, 6);
    }

    @Test
    void aPeriodMovedInsideAQuoteKeepsItsOwnWord() {
        // 0 she 1 said 2 quote 3 fine 4 unquote 5 period
        CleanTranscript t = CLEANUP.clean("she said quote fine unquote period");
        assertEquals("She said \"fine.\"", t.text());
        List<SourcedText> pieces = t.pieces();
        SourcedText period = pieces.get(pieces.size() - 2);
        SourcedText quote = pieces.get(pieces.size() - 1);
        assertEquals(".", t.text().substring(period.begin(), period.end()));
        assertEquals(5, period.firstWord());
        assertEquals("\"", t.text().substring(quote.begin(), quote.end()));
        assertEquals(4, quote.firstWord());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "medications colon number one metformin five hundred milligrams p o b i d period number two insulin"
            + " glargine ten units sub q q h s period new paragraph plan colon new line admit",
        "she states quote i feel fine unquote period new line vital signs colon temperature ninety eight point six"
            + " degrees fahrenheit comma pulse seventy two",
        "surgery on march third twenty twenty four at seven thirty a m went well period scratch that scratch that",
        "the patient has chest pain dash which began at rest dash and shortness of breath question mark",
    })
    void everyVisibleCharacterIsInOrderedDisjointPieces(String spoken) {
        CleanTranscript t = CLEANUP.clean(spoken);
        boolean[] covered = new boolean[t.text().length()];
        int previousEnd = 0;
        for (SourcedText piece : t.pieces()) {
            assertTrue(piece.begin() >= previousEnd, "pieces in order and apart");
            assertTrue(piece.end() > piece.begin(), "no empty piece");
            for (int c = piece.begin(); c < piece.end(); c++) {
                covered[c] = true;
            }
            previousEnd = piece.end();
        }
        for (int c = 0; c < covered.length; c++) {
            char ch = t.text().charAt(c);
            assertTrue(covered[c] || Character.isWhitespace(ch), "uncovered character at " + c + " in " + t.text());
        }
    }

    @Test
    void oneSharedInstanceGivesTheSameResultsFromManyThreads() {
        List<String> lines = List.of("plan colon number one aspirin eighty one milligrams daily period",
                "she states quote i feel fine unquote period", "vitamin d three fifty thousand i u weekly",
                "temperature thirty eight point two degrees celsius comma pulse one twelve");
        List<CleanTranscript> sequential = lines.stream().map(CLEANUP::clean).toList();
        for (int round = 0; round < 20; round++) {
            List<CleanTranscript> parallel = lines.parallelStream().map(CLEANUP::clean).toList();
            assertEquals(sequential, parallel);
        }
    }

    @Test
    void toleratesExtraSpacesAndCase() {
        CleanTranscript t = CLEANUP.clean("  Blood   PRESSURE one twenty over eighty ");
        assertEquals("Blood pressure 120/80", t.text());
        assertWords(t, "120/80", 2, 6);
        assertEquals(t.text(), CLEANUP.clean(List.of("blood", "pressure", "one", "twenty", "over", "eighty")).text());
        assertEquals("Read the chart", CLEANUP.clean("read(2) the chart").text(), "variant marker dropped");
    }

    @Test
    void skippedFillersKeepIndicesIntoTheCallersList() {
        // 0 <sil> 1 pulse 2 "" 3 [noise] 4 ninety 5 two 6 period
        CleanTranscript t = CLEANUP.clean(List.of("<sil>", "pulse", "", "[noise]", "ninety", "two", "period"));
        assertEquals("Pulse 92.", t.text());
        assertWords(t, "Pulse", 1, 2);
        assertWords(t, "92", 4, 6);
        assertWords(t, ".", 6, 7);
    }
}
