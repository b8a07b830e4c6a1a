package io.clinscribe.handwriting.form;

/**
 * How one paper form fits one scanned page: where the template lies on it, and how alike the form's printed
 * anchors read there. Made once per page by a {@link FormRecognition}, then used to read the fields.
 *
 * @param anchorSimilarity the anchors' mean similarity to their printed text (0 when not read)
 * @param recognised       the page is this form: its anchors read as the template's, or, for a form without
 *                         anchors, all its registration marks were found
 */
public record FormMatch(FormTemplate form, FormAlignment alignment, double anchorSimilarity, boolean recognised) {

    /** True when the form prints anchors and they did not read as its own: the page is likely another form. */
    public boolean otherPrintedWords() {
        return !form.anchors().isEmpty() && !recognised;
    }
}
