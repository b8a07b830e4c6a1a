package io.clinscribe.handwriting.ocr;

import com.ochafik.lang.jnaerator.runtime.NativeSize;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI1;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One Tesseract instance (LSTM engine) through Tess4J's direct JNA mapping. Tesseract handles are not
 * thread-safe, so an engine belongs to one thread; it is reused across pages (initialising costs about
 * 200 ms) and re-created after {@link TesseractSettings#pagesPerEngine()} pages to bound native memory.
 * Words, their boxes, confidences and line structure come from one recognition, read from Tesseract's
 * TSV output.
 */
public final class TesseractEngine implements AutoCloseable {

    private static final int OEM_LSTM_ONLY = 1;

    private final TesseractSettings settings;
    private final UserVocabularyFiles vocabulary;
    private TessBaseAPI handle;
    private int pagesSinceInit;

    public TesseractEngine(TesseractSettings settings) throws OcrException {
        settings.check();
        this.settings = settings;
        this.vocabulary = UserVocabularyFiles.write(settings.vocabulary());
        try {
            this.handle = open();
        } catch (OcrException | RuntimeException e) {
            vocabulary.close();
            throw e;
        }
    }

    private TessBaseAPI open() throws OcrException {
        TessBaseAPI api = TessAPI1.TessBaseAPICreate();
        // User words and patterns are init-only variables: Tesseract reads the files while loading the LSTM
        // model's dictionary, and setting them later has no effect.
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        vocabulary.words().ifPresent(file -> {
            names.add("user_words_file");
            values.add(file.toString());
        });
        vocabulary.patterns().ifPresent(file -> {
            names.add("user_patterns_file");
            values.add(file.toString());
        });
        int rc = names.isEmpty()
                ? TessAPI1.TessBaseAPIInit2(api, settings.tessdata().toString(), settings.language(), OEM_LSTM_ONLY)
                : TessAPI1.TessBaseAPIInit4(api, settings.tessdata().toString(), settings.language(), OEM_LSTM_ONLY,
                        null, 0, stringArray(names), stringArray(values), new NativeSize(names.size()), 0);
        if (rc != 0) {
            TessAPI1.TessBaseAPIDelete(api);
            throw new OcrException("Tesseract could not load its " + settings.language() + " model from "
                    + settings.tessdata());
        }
        TessAPI1.TessBaseAPISetPageSegMode(api, settings.pageSegmentationMode());
        // Scans carry no reliable resolution; saying 300 stops Tesseract guessing (and warning) per page.
        TessAPI1.TessBaseAPISetVariable(api, "user_defined_dpi", "300");
        // Tesseract prints layout notes ("Detected 39 diacritics") to stderr; they mean nothing to a user.
        TessAPI1.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
        for (var variable : settings.variables().entrySet()) {
            if (TessAPI1.TessBaseAPISetVariable(api, variable.getKey(), variable.getValue()) == 0) {
                TessAPI1.TessBaseAPIEnd(api);
                TessAPI1.TessBaseAPIDelete(api);
                throw new OcrException("Tesseract has no variable " + variable.getKey());
            }
        }
        pagesSinceInit = 0;
        return api;
    }

    /** A {@code char**} for Tesseract's C API (the reference's own address is the array). */
    private static PointerByReference stringArray(List<String> strings) {
        PointerByReference array = new PointerByReference();
        array.setPointer(new StringArray(strings.toArray(String[]::new), "UTF-8"));
        return array;
    }

    /** Reads the words of one page image; the page number is only carried into the result. */
    public RecognizedPage read(int pageNumber, BufferedImage image) throws OcrException {
        return read(pageNumber, image, "");
    }

    /**
     * Reads with recognition limited to {@code characters} (empty: no limit), as for a form field that can
     * only hold digits. The limit is lifted again afterwards, since engines are shared across fields.
     */
    public RecognizedPage read(int pageNumber, BufferedImage image, String characters) throws OcrException {
        if (handle == null) {
            throw new IllegalStateException("engine closed");
        }
        TessAPI1.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", characters);
        try {
            return readPage(pageNumber, image);
        } finally {
            if (handle != null) {
                TessAPI1.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "");
            }
        }
    }

    private RecognizedPage readPage(int pageNumber, BufferedImage image) throws OcrException {
        if (handle == null) {
            throw new IllegalStateException("engine closed");
        }
        if (pagesSinceInit >= settings.pagesPerEngine()) {
            TessAPI1.TessBaseAPIEnd(handle);
            TessAPI1.TessBaseAPIDelete(handle);
            handle = null;
            handle = open();
        }
        BufferedImage gray = grayscale(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        TessAPI1.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
        List<OcrWord> words;
        try {
            words = recognize(pageNumber);
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
        pagesSinceInit++;
        return new RecognizedPage(pageNumber, gray.getWidth(), gray.getHeight(), words, RecognizedPage.Source.OCR);
    }

    /** Recognises the image (or the rectangle) set on the handle; the results are in page pixels. */
    private List<OcrWord> recognize(int pageNumber) throws OcrException {
        if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) {
            throw new OcrException("Tesseract failed to recognise page " + pageNumber);
        }
        Pointer tsv = TessAPI1.TessBaseAPIGetTsvText(handle, 0);
        try {
            return parseTsv(tsv == null ? "" : tsv.getString(0, "UTF-8"));
        } finally {
            if (tsv != null) {
                TessAPI1.TessDeleteText(tsv);
            }
        }
    }

    /**
     * Reads Tesseract's TSV: {@code level page block par line word left top width height conf text}; level 5
     * rows are words. Rows with an empty text or confidence -1 are layout, not words.
     */
    static List<OcrWord> parseTsv(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            String text = f[11].strip();
            double confidence;
            try {
                confidence = Double.parseDouble(f[10]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (text.isEmpty() || confidence < 0) {
                continue;
            }
            int left = Integer.parseInt(f[6]);
            int top = Integer.parseInt(f[7]);
            words.add(new OcrWord(text, left, top, left + Integer.parseInt(f[8]), top + Integer.parseInt(f[9]),
                    Math.min(100, confidence), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
        }
        return words;
    }

    /** A fresh 8-bit gray copy: Tesseract wants tightly packed rows, which a sub-image or odd raster may not have. */
    private static BufferedImage grayscale(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(java.awt.Color.WHITE); // transparent areas become paper, not black
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    @Override
    public void close() {
        if (handle != null) {
            TessAPI1.TessBaseAPIEnd(handle);
            TessAPI1.TessBaseAPIDelete(handle);
            handle = null;
        }
        vocabulary.close();
    }
}
