package io.clinscribe.nlp.lexical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluralNormalizerTest {

    @Test
    void regularPluralsBecomeSingular() {
        assertEquals(Optional.of("wheeze"), PluralNormalizer.singular("wheezes"));
        assertEquals(Optional.of("crackle"), PluralNormalizer.singular("Crackles"));
        assertEquals(Optional.of("biopsy"), PluralNormalizer.singular("biopsies"));
        assertEquals(Optional.of("rash"), PluralNormalizer.singular("rashes"));
        assertEquals(Optional.of("headache"), PluralNormalizer.singular("headaches"));
    }

    @Test
    void wordsThatOnlyLookPluralAreLeftAlone() {
        for (String w : new String[] {"diabetes", "stenosis", "abscess", "sinus", "arthritis", "weakness", "was", "BPs", "q4hs2"}) {
            assertEquals(Optional.empty(), PluralNormalizer.singular(w), w);
        }
    }
}
