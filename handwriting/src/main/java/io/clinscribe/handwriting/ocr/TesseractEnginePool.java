package io.clinscribe.handwriting.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Engines for several worker threads: each page borrows an engine, reads, and gives it back, so no two
 * threads ever share a Tesseract handle and no more engines exist than workers. Engines are made on
 * first need. Close the pool to free their native memory.
 */
public final class TesseractEnginePool implements AutoCloseable {

    private final TesseractSettings settings;
    private final BlockingQueue<TesseractEngine> idle;
    private final List<TesseractEngine> all = new ArrayList<>();
    private final int size;

    public TesseractEnginePool(TesseractSettings settings, int size) throws OcrException {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        settings.check();
        this.settings = settings;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    public TesseractSettings settings() {
        return settings;
    }

    public RecognizedPage read(int pageNumber, BufferedImage image) throws OcrException {
        return read(pageNumber, image, "");
    }

    /** Reads limited to {@code characters} (empty: no limit); see {@link TesseractEngine#read(int, BufferedImage, String)}. */
    public RecognizedPage read(int pageNumber, BufferedImage image, String characters) throws OcrException {
        TesseractEngine engine = borrow();
        try {
            return engine.read(pageNumber, image, characters);
        } finally {
            idle.add(engine);
        }
    }

    private TesseractEngine borrow() throws OcrException {
        TesseractEngine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        synchronized (all) {
            if (all.size() < size) {
                TesseractEngine fresh = new TesseractEngine(settings);
                all.add(fresh);
                return fresh;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("interrupted while waiting for an OCR engine", e);
        }
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(TesseractEngine::close);
            all.clear();
        }
    }
}
