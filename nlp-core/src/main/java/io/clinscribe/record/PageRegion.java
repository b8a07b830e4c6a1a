package io.clinscribe.record;

/** Where on a page a mention was written: 1-based page number and a box in pixels of the input image. */
public record PageRegion(int page, int x0, int y0, int x1, int y1) {
    public PageRegion {
        if (page < 1 || x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("invalid page region");
        }
    }
}
