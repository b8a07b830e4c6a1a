package io.clinscribe.handwriting.form;

import io.clinscribe.evaluation.EditDistance;
import io.clinscribe.handwriting.ocr.OcrException;
import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.ocr.TesseractEnginePool;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a page as one of several paper forms by what is printed on every copy: the form's printed
 * anchors (its title, its headings), read where the template puts them, must say what the template says;
 * a form without anchors is recognised by finding all its corner registration marks. Registration marks
 * alone cannot tell two forms apart (most forms have the same corner squares), so anchors decide whenever
 * a template has them. A page no form matches is left to be read as free writing, so a batch can mix forms
 * with notes, letters and other forms.
 */
public final class AnchorRecognition implements FormRecognition {

    /**
     * How alike (1 - edit distance / length, on lower-cased letters and digits) the anchors' readings must be
     * to their printed text, on average. A printed title reads at 0.95-1.0 on a clean scan; text of another
     * form at a template's anchor zone shares a word or two at most.
     */
    static final double SAME_WORDS = 0.75;

    /** Pixels (at the scan's resolution) added around an anchor's zone: the alignment is good to a few. */
    private static final int MARGIN = 12;

    private final List<FormTemplate> forms;
    private final TesseractEnginePool singleLineEngines;

    /**
     * @param forms             the forms a page may be, in order of preference when two fit equally
     * @param singleLineEngines engines set to single-line page segmentation, as a {@link FormReader}'s
     * @throws IllegalArgumentException when a form has neither anchors nor registration marks: nothing on
     *                                  the page could tell it apart
     */
    public AnchorRecognition(List<FormTemplate> forms, TesseractEnginePool singleLineEngines) {
        this.forms = List.copyOf(forms);
        this.singleLineEngines = singleLineEngines;
        for (FormTemplate form : this.forms) {
            if (!recognisable(form)) {
                throw new IllegalArgumentException("form " + form.name()
                        + " has neither printed anchors nor registration marks, so a scan of it cannot be recognised");
            }
        }
    }

    /** True when a page can be recognised as this form: it has printed anchors or registration marks. */
    public static boolean recognisable(FormTemplate form) {
        return !form.anchors().isEmpty() || !form.registrationMarks().isEmpty();
    }

    /**
     * Every page is this form, as the person who gave the scans said; the match still says whether its
     * printed anchors agree, so that a wrong form's fields are flagged.
     */
    public static FormRecognition asserted(FormTemplate form, TesseractEnginePool singleLineEngines) {
        return page -> Optional.of(match(form, page, singleLineEngines));
    }

    /** The best-fitting recognised form, if any. */
    @Override
    public Optional<FormMatch> formOf(BufferedImage page) throws OcrException {
        FormMatch best = null;
        for (FormTemplate form : forms) {
            FormMatch match = match(form, page, singleLineEngines);
            if (match.recognised() && (best == null || match.anchorSimilarity() > best.anchorSimilarity())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How well {@code form} fits the page, its anchors read with {@code singleLineEngines}. */
    public static FormMatch match(FormTemplate form, BufferedImage page, TesseractEnginePool singleLineEngines)
            throws OcrException {
        FormAlignment alignment = FormAlignment.align(form, page);
        if (!form.registrationMarks().isEmpty() && alignment.marksFound() == 0) {
            // Not a mark where this form prints four: another page, so spare the anchors' OCR.
            return new FormMatch(form, alignment, 0, false);
        }
        if (form.anchors().isEmpty()) {
            return new FormMatch(form, alignment, 0, alignment.registered());
        }
        double similarity = 0;
        for (FormTemplate.Anchor anchor : form.anchors()) {
            Rectangle box = alignment.map(anchor.zone(), MARGIN, page.getWidth(), page.getHeight());
            similarity += similarity(anchor.text(), read(page, box, singleLineEngines));
        }
        similarity /= form.anchors().size();
        return new FormMatch(form, alignment, similarity, similarity >= SAME_WORDS);
    }

    private static String read(BufferedImage page, Rectangle box, TesseractEnginePool singleLineEngines)
            throws OcrException {
        // A copy, not getSubimage: the OCR hands Tesseract the image's whole data buffer.
        BufferedImage crop = new BufferedImage(box.width, box.height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = crop.createGraphics();
        try {
            g.drawImage(page, -box.x, -box.y, null);
        } finally {
            g.dispose();
        }
        List<String> words = new ArrayList<>();
        for (OcrWord word : singleLineEngines.read(1, crop).words()) {
            words.add(word.text());
        }
        return String.join(" ", words);
    }

    /** 1 - edit distance / the longer length, over lower-cased letters and digits with single spaces. */
    static double similarity(String printed, String read) {
        String a = comparable(printed);
        String b = comparable(read);
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : 1 - (double) EditDistance.characters(a, b) / longer;
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }
}
