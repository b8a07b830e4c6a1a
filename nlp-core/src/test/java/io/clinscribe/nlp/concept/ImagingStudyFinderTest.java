package io.clinscribe.nlp.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagingStudyFinderTest {

    private final ImagingStudyFinder finder = new ImagingStudyFinder();

    private static List<Span> anatomy(String text, String... sites) {
        List<Span> spans = new ArrayList<>();
        for (String site : sites) {
            int at = text.indexOf(site);
            spans.add(new Span(at, at + site.length()));
        }
        return spans;
    }

    private List<String> studies(String text, String... sites) {
        return finder.find(text, anatomy(text, sites)).stream()
                .map(s -> s.span().of(text) + " @ " + s.site().of(text)).toList();
    }

    @Test
    void modalityThenSiteWithLateralityAndJoinedSites() {
        assertEquals(List.of("X-ray of the right knee @ right knee"), studies("Will order X-ray of the right knee.", "knee"));
        assertEquals(List.of("CTA head and neck @ head and neck"), studies("CTA head and neck negative.", "head", "neck"));
        assertEquals(List.of("CT abdomen/pelvis @ abdomen/pelvis"), studies("CT abdomen/pelvis showed", "abdomen", "pelvis"));
        assertEquals(List.of("XR R wrist @ R wrist"), studies("XR R wrist: fracture", "wrist"));
    }

    @Test
    void siteThenModalityAndNoStudyWithoutASite() {
        assertEquals(List.of("chest x-ray @ chest"), studies("Repeat chest x-ray tomorrow.", "chest"));
        assertEquals(List.of(), studies("Ultrasound was normal; tell us about the knee.", "knee"));
    }
}
