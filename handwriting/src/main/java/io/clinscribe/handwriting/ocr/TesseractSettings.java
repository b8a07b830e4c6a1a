package io.clinscribe.handwriting.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * Where Tesseract's language data is and how to run it. The data folder is checked before any native
 * call, because Tesseract given a wrong path can take the JVM down instead of returning an error.
 */
public record TesseractSettings(Path tessdata, String language, int pageSegmentationMode, int pagesPerEngine,
                                UserVocabulary vocabulary, Map<String, String> variables) {

    /** Debian's tesseract-ocr-eng puts the data here (this folder, not its parent, is the data path). */
    public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    /** Fully automatic page segmentation, without orientation detection. */
    public static final int AUTOMATIC_LAYOUT = 3;
    /** One line of text: a form field. */
    public static final int SINGLE_LINE = 7;
    /** As much text as possible in no particular order: for forms and sparse pages. */
    public static final int SPARSE_TEXT = 11;

    public TesseractSettings {
        if (pageSegmentationMode < 0 || pageSegmentationMode > 13) {
            throw new IllegalArgumentException("page segmentation mode must be 0..13");
        }
        if (pagesPerEngine < 1) {
            throw new IllegalArgumentException("pagesPerEngine must be positive");
        }
        java.util.Objects.requireNonNull(vocabulary, "vocabulary");
        variables = Map.copyOf(new TreeMap<>(variables));
    }

    /** Settings with Tesseract's own defaults: no user words, no variables (see {@link #standard()} for the tuned ones). */
    public TesseractSettings(Path tessdata, String language, int pageSegmentationMode, int pagesPerEngine) {
        this(tessdata, language, pageSegmentationMode, pagesPerEngine, UserVocabulary.none(), Map.of());
    }

    /**
     * Tesseract's layout analysis throws away text rows whose blobs vary in size like noise does; rows of
     * jittery handwriting look like that, and whole lines of cursive went unread (4 of 11 lines on one page).
     * Keeping them took cursive from 25.6% to 16.2% character errors and changed no other set (print, PDF,
     * fax, degraded, handprint, FUNSD forms within 0.03 points).
     */
    public static final Map<String, String> KEEP_NOISE_LIKE_ROWS = Map.of("textord_noise_rejrows", "0");

    /**
     * English with automatic layout, the data found without the user setting anything: {@code TESSDATA_PREFIX}
     * if set, else Debian's folder; rows of irregular handwriting kept ({@link #KEEP_NOISE_LIKE_ROWS}). An engine
     * is re-created every 200 pages to bound Tesseract's native memory.
     */
    public static TesseractSettings standard() {
        return new TesseractSettings(findTessdata().orElse(DEBIAN_TESSDATA), "eng", AUTOMATIC_LAYOUT, 200,
                UserVocabulary.none(), KEEP_NOISE_LIKE_ROWS);
    }

    public TesseractSettings withPageSegmentationMode(int mode) {
        return new TesseractSettings(tessdata, language, mode, pagesPerEngine, vocabulary, variables);
    }

    /** These settings with Tesseract favouring {@code words} (given to each engine when it initialises). */
    public TesseractSettings withVocabulary(UserVocabulary words) {
        return new TesseractSettings(tessdata, language, pageSegmentationMode, pagesPerEngine, words, variables);
    }

    /** These settings with Tesseract variables set on each engine after it initialises (added to, or replacing, any set). */
    public TesseractSettings withVariables(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(variables);
        all.putAll(more);
        return new TesseractSettings(tessdata, language, pageSegmentationMode, pagesPerEngine, vocabulary, all);
    }

    static Optional<Path> findTessdata() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        List<Path> candidates = prefix == null || prefix.isBlank()
                ? List.of(DEBIAN_TESSDATA)
                : List.of(Path.of(prefix), Path.of(prefix).resolve("tessdata"), DEBIAN_TESSDATA);
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve("eng.traineddata"))).findFirst();
    }

    /** Fails with how to install the data when the language file is not where it should be. */
    public void check() throws OcrException {
        Path model = tessdata.resolve(language + ".traineddata");
        if (!Files.isRegularFile(model)) {
            throw new OcrException("Tesseract language data not found at " + model
                    + "; run scripts/install-system-packages.sh (Debian tesseract-ocr-" + language
                    + ") or set TESSDATA_PREFIX to the folder holding " + language + ".traineddata");
        }
    }
}
