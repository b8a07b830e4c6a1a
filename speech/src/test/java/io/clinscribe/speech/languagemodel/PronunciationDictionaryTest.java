package io.clinscribe.speech.languagemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PronunciationDictionaryTest {

    private static final String CMUDICT = String.join("\n",
            "b B IY",
            "colon K OW L AH N",
            "period P IH R IY AH D",
            "the DH AH",
            "the(2) DH IY",
            "tomato T AH M EY T OW # a comment",
            "p P IY", "");

    private static PronunciationDictionary cmudict() throws IOException {
        return PronunciationDictionary.read(new BufferedReader(new StringReader(CMUDICT)));
    }

    @Test
    void keepsOnlyTheRequestedWordsWithTheirVariantsAndDerivesTheRest() throws IOException {
        LetterToSound fake = w -> w.equals("metoprolol") ? Optional.of("M EH T AH P R OW L AA L") : Optional.empty();
        List<String> missing = new ArrayList<>();
        PronunciationDictionary dict = cmudict().restrictedTo(
                List.of("the", "b", "p", "metoprolol", "xyzzy", "<s>", "</s>"), fake, missing);
        StringWriter out = new StringWriter();
        dict.write(out);
        assertEquals(String.join("\n",
                "b B IY",
                "metoprolol M EH T AH P R OW L AA L",
                "p P IY",
                "the DH AH",
                "the(2) DH IY", ""), out.toString());
        assertEquals(List.of("xyzzy"), missing);
        assertFalse(dict.contains("tomato"));
    }

    @Test
    void flitePhonesMapOntoTheEnUsSet() {
        assertEquals(Optional.of("M EH T AH P R AW L AA L"),
                FliteLetterToSound.enUsPhones("pau m eh1 t ax p r aw1 l aa1 l pau \n"));
        assertEquals(Optional.of("B AH T ER"), FliteLetterToSound.enUsPhones("b ah1 t axr"));
        assertEquals(Optional.empty(), FliteLetterToSound.enUsPhones("pau pau"));
        assertEquals(Optional.empty(), FliteLetterToSound.enUsPhones("m qq1 t"));
    }

    @Test
    void fliteDerivesClinicalWordsWhenInstalled() {
        assumeTrue(FliteLetterToSound.available("t2p"), "flite's t2p is not installed; skipping");
        FliteLetterToSound lts = new FliteLetterToSound("t2p");
        String phones = lts.pronounce("apixaban").orElseThrow();
        assertTrue(phones.startsWith("AE P") && phones.endsWith("B AA N"), phones);
        assertEquals("M EH T AH P R AW L AA L", lts.pronounce("metoprolol").orElseThrow());
    }
}
