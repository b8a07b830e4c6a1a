package io.clinscribe.record;

/** A half-open range of UTF-16 offsets ({@code String} indices) into a document's text. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
