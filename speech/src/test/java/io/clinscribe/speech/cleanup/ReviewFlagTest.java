package io.clinscribe.speech.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Uncertain spots are kept as dictated and flagged; flags never change the text and never hold it. */
class ReviewFlagTest {

    private static final DictationCleanup CLEANUP = CleanupCases.CLEANUP;

    private static List<String> reasons(CleanTranscript transcript) {
        return transcript.reviewFlags().stream().map(ReviewFlag::reason).toList();
    }

    @Test
    void aMisheardColonAfterAHeadingIsKeptAndFlagged() {
        CleanTranscript t = CLEANUP.clean("history of present illness cohen the patient is well period");
        assertEquals("History of present illness cohen the patient is well.", t.text());
        assertEquals(List.of("possible misheard command: colon"), reasons(t));
        ReviewFlag flag = t.reviewFlags().get(0);
        assertEquals("cohen", t.text().substring(flag.begin(), flag.end()));
        assertEquals(4, flag.firstWord());
        assertEquals(5, flag.endWord());
    }

    @Test
    void twoWordMishearingsAndSubheadingsCount() {
        CleanTranscript t = CLEANUP.clean("stable period neck coal on supple");
        assertEquals("Stable. Neck coal on supple", t.text());
        ReviewFlag flag = t.reviewFlags().get(0);
        assertEquals("coal on", t.text().substring(flag.begin(), flag.end()));
        assertEquals("possible misheard command: colon", flag.reason());
    }

    @Test
    void recogniserStyleMishearingsOfHeadingAndColonAreFlagged() {
        CleanTranscript t = CLEANUP.clean("review of system go and negative period");
        assertEquals("Review of system go and negative.", t.text());
        ReviewFlag flag = t.reviewFlags().get(0);
        assertEquals("go and", t.text().substring(flag.begin(), flag.end()));
        assertEquals("possible misheard command: colon", flag.reason());
        assertTrue(reasons(CLEANUP.clean("we will go in the morning period")).isEmpty());
        assertTrue(reasons(CLEANUP.clean("plans to go in the morning period")).isEmpty());
    }

    @Test
    void aColonLookalikeElsewhereIsNotFlagged() {
        assertTrue(reasons(CLEANUP.clean("seen by doctor cohen today period")).isEmpty());
        assertTrue(reasons(CLEANUP.clean("the sigmoid colon is normal period")).isEmpty());
    }

    @Test
    void comaBetweenListItemsIsFlaggedButNotTheMedicalWord() {
        CleanTranscript list = CLEANUP.clean("wheezes coma rales comma or rhonchi period");
        assertEquals("Wheezes coma rales, or rhonchi.", list.text());
        assertEquals(List.of("possible misheard command: comma"), reasons(list));
        assertTrue(reasons(CLEANUP.clean("history of diabetic coma comma now alert period")).isEmpty());
        assertTrue(reasons(CLEANUP.clean("glasgow coma scale fifteen comma pupils equal period")).isEmpty());
        assertTrue(reasons(CLEANUP.clean("she was in a coma for two days period")).isEmpty());
        assertEquals(List.of("possible misheard command: comma"),
                reasons(CLEANUP.clean("aspirin daily commute and metoprolol twice daily period")));
    }

    @Test
    void aMisheardPeriodAtASentenceEndIsFlagged() {
        CleanTranscript t = CLEANUP.clean("no acute distress periods new line lungs clear");
        assertEquals("No acute distress periods\nLungs clear", t.text());
        assertEquals(List.of("possible misheard command: period"), reasons(t));
        assertTrue(reasons(CLEANUP.clean("painful periods and cramps")).isEmpty());
    }

    @Test
    void scratchThatWithNothingToDeleteIsFlaggedWhereItWasSaid() {
        CleanTranscript t = CLEANUP.clean("scratch that no pain period");
        assertEquals("No pain.", t.text());
        ReviewFlag flag = t.reviewFlags().get(0);
        assertEquals("nothing to delete: scratch that", flag.reason());
        assertEquals(0, flag.begin());
        assertEquals(0, flag.end());
        assertEquals(0, flag.firstWord());
        assertEquals(2, flag.endWord());
    }

    @Test
    void commandWordsKeptAsWordsAreFlagged() {
        CleanTranscript t = CLEANUP.clean("knee cap two centimeters");
        assertEquals("Knee cap 2 cm", t.text());
        assertEquals(List.of("command word kept as a word: cap"), reasons(t));
    }

    @Test
    void anOrganColonRightAfterAHeadingPhraseIsFlagged() {
        CleanTranscript t = CLEANUP.clean("family history colon cancer in her father period");
        assertEquals("Family history colon cancer in her father.", t.text());
        assertEquals(List.of("possible heading colon read as a word: colon"), reasons(t));
        assertTrue(reasons(CLEANUP.clean("family history colon colon cancer period")).isEmpty());
    }

    @Test
    void ordinaryDictationHasNoFlags() {
        assertTrue(reasons(CLEANUP.clean("plan colon admit to telemetry period number one aspirin period")).isEmpty());
    }
}
