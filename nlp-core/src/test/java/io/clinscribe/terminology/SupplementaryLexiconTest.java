package io.clinscribe.terminology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clinscribe.record.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplementaryLexiconTest {

    private final SupplementaryLexicon drugs = SupplementaryLexicon.load(SupplementaryLexicon.DRUGS, Code.RXNORM);
    private final SupplementaryLexicon problems = SupplementaryLexicon.load(SupplementaryLexicon.PROBLEMS, Code.SNOMED_CT);

    private static List<String> texts(String text, List<SupplementaryLexicon.Match> matches) {
        return matches.stream().map(m -> m.span().of(text)).toList();
    }

    @Test
    void theLongestNameWinsAndCarriesItsCode() {
        String text = "Insulin glargine 20 units qHS; LR 1 L IV bolus; Tdap vaccine given.";
        List<SupplementaryLexicon.Match> found = drugs.find(text);
        assertEquals(List.of("Insulin glargine", "LR", "Tdap vaccine"), texts(text, found));
        assertEquals(List.of(Code.rxnorm("274783")), found.get(0).codes());
        assertEquals(List.of(), found.get(2).codes());
    }

    @Test
    void shortAbbreviationsCountOnlyInCapitalsAndOnlyAsWholeWords() {
        String text = "Hi there, SI denied; afib-like rhythm; T2DM, si.";
        assertEquals(List.of("SI", "T2DM"), texts(text, problems.find(text)));
    }
}
