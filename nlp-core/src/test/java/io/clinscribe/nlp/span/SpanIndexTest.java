package io.clinscribe.nlp.span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanIndexTest {

    @Test
    void answersAgreeWithALinearScanOnRandomSpans() {
        Random random = new Random(7);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int b = random.nextInt(5000);
            spans.add(new Span(b, b + random.nextInt(40)));
        }
        SpanIndex index = SpanIndex.of(spans);
        for (int i = 0; i < 2000; i++) {
            int b = random.nextInt(5100);
            Span q = new Span(b, b + 1 + random.nextInt(30));
            assertEquals(spans.stream().anyMatch(s -> s.overlaps(q)), index.overlapsAny(q), q.toString());
            int offset = q.begin();
            boolean contained = spans.stream().anyMatch(s -> s.begin() <= offset && offset < s.end());
            assertEquals(contained, index.containing(offset).isPresent(), "offset " + offset);
            index.containing(offset).ifPresent(s -> assertTrue(s.begin() <= offset && offset < s.end()));
            assertEquals(spans.stream().filter(s -> s.begin() >= q.begin() && s.begin() < q.end()).count(),
                    index.beginningIn(q.begin(), q.end()).size());
        }
    }

    @Test
    void anEmptyIndexAnswersNo() {
        assertFalse(SpanIndex.of(List.of()).overlapsAny(new Span(0, 5)));
        assertEquals(Optional.empty(), SpanIndex.of(List.of()).containing(3));
        assertFalse(SpanIndex.of(List.of(new Span(20, 30))).overlapsAny(new Span(0, 20)), "end is exclusive");
    }
}
