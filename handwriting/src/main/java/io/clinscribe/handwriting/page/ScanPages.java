package io.clinscribe.handwriting.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of one scanned document, decoded or rendered one at a time when asked for: a 500-page chart at
 * 300 dpi is gigabytes of pixels, more than a worker's share of the heap, so a reader holds one page at a
 * time and lets it go. Checked when opened (page count, page sizes); a page that cannot be decoded fails when
 * it is asked for. Not thread-safe: one document, one worker. Close it to release the file.
 */
public interface ScanPages extends AutoCloseable {

    /** How many pages the document has; at least one. */
    int count();

    /** Page {@code index} (0-based), decoded now: hold it no longer than needed. */
    ScanPage page(int index) throws ScanInputException;

    @Override
    void close();

    /** Every page, decoded: for documents known to be small (one form, tests, evaluation sets). */
    default List<ScanPage> all() throws ScanInputException {
        List<ScanPage> pages = new ArrayList<>(count());
        for (int i = 0; i < count(); i++) {
            pages.add(page(i));
        }
        return pages;
    }

    /** Pages already in memory (ink renderings, single images). */
    static ScanPages of(List<ScanPage> pages) {
        List<ScanPage> copy = List.copyOf(pages);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one page");
        }
        return new ScanPages() {
            @Override
            public int count() {
                return copy.size();
            }

            @Override
            public ScanPage page(int index) {
                return copy.get(index);
            }

            @Override
            public void close() {
            }
        };
    }
}
