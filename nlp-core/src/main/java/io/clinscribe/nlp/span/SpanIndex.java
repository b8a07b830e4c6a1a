package io.clinscribe.nlp.span;

import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An immutable index of spans for the questions the stages ask of every mention ("does it overlap text
 * another stage claimed?", "which sentence holds it?", "which sites lie near it?"), answered in
 * logarithmic time so that a long document costs in proportion to its length, not its square.
 */
public final class SpanIndex {

    private final Span[] byBegin;
    // the largest end among byBegin[0..i]: spans beginning before q.end overlap q iff this exceeds q.begin
    private final int[] maxEndUpTo;

    private SpanIndex(List<Span> spans) {
        this.byBegin = spans.toArray(new Span[0]);
        java.util.Arrays.sort(byBegin);
        this.maxEndUpTo = new int[byBegin.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < byBegin.length; i++) {
            max = Math.max(max, byBegin[i].end());
            maxEndUpTo[i] = max;
        }
    }

    public static SpanIndex of(Collection<Span> spans) {
        return new SpanIndex(new ArrayList<>(spans));
    }

    public int size() {
        return byBegin.length;
    }

    /** Whether any indexed span overlaps {@code q} (shares at least one character). */
    public boolean overlapsAny(Span q) {
        int k = countBeginningBefore(q.end());
        return k > 0 && maxEndUpTo[k - 1] > q.begin();
    }

    /** The indexed span that contains {@code offset} and begins last (for non-nested spans: the only one). */
    public Optional<Span> containing(int offset) {
        for (int i = countBeginningBefore(offset + 1) - 1; i >= 0; i--) {
            if (byBegin[i].end() > offset) {
                return Optional.of(byBegin[i]);
            }
            if (maxEndUpTo[i] <= offset) {
                break; // nothing before this one reaches the offset
            }
        }
        return Optional.empty();
    }

    /** The indexed spans that begin at or after {@code from} and before {@code to}, in text order. */
    public List<Span> beginningIn(int from, int to) {
        List<Span> found = new ArrayList<>();
        for (int i = countBeginningBefore(from); i < byBegin.length && byBegin[i].begin() < to; i++) {
            found.add(byBegin[i]);
        }
        return found;
    }

    /** How many spans begin before {@code offset}. */
    private int countBeginningBefore(int offset) {
        int lo = 0;
        int hi = byBegin.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byBegin[mid].begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
