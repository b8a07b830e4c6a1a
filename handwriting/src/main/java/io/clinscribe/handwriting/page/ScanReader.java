package io.clinscribe.handwriting.page;

import io.clinscribe.handwriting.ink.InkInputException;
import io.clinscribe.handwriting.ink.InkRenderer;
import io.clinscribe.handwriting.ink.InkmlReader;
import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.ocr.RecognizedPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scanned document into pages: PNG, JPEG and TIFF (every page of a multi-page TIFF) through
 * ImageIO, PDF through PDFBox, digital ink (W3C InkML, from smart pens) rendered to an image for OCR. A PDF page with a text layer keeps its own words and boxes (no OCR, no
 * recognition errors); other PDF pages are rendered at 300 dpi for OCR. Image sizes are read from the
 * header and checked before any pixel is decoded, so a decompression bomb costs nothing; {@link #open}
 * decodes one page at a time, so a long chart never has to fit in memory at once. Thread-safe.
 */
public final class ScanReader {

    /** 300 dpi, what Tesseract reads best at and what scanners usually give. */
    public static final int PDF_RENDER_DPI = 300;
    private static final double PDF_SCALE = PDF_RENDER_DPI / 72.0;

    private final long maxPixelsPerPage;
    private final int maxPages;

    public ScanReader(long maxPixelsPerPage, int maxPages) {
        this.maxPixelsPerPage = maxPixelsPerPage;
        this.maxPages = maxPages;
    }

    /** Pages up to 100 megapixels (A3 at 600 dpi is 70), documents up to 500 pages. */
    public static ScanReader standard() {
        return new ScanReader(100_000_000L, 500);
    }

    /** Every page of a document, decoded: for documents known to be small. Prefer {@link #open}. */
    public List<ScanPage> read(Path file) throws ScanInputException {
        try (ScanPages pages = open(file)) {
            return pages.all();
        }
    }

    /** A document whose pages are decoded when asked for; its page count and sizes are checked now. */
    public ScanPages open(Path file) throws ScanInputException {
        String name = file.toString();
        byte[] head = new byte[16];
        int headLength;
        try (var in = Files.newInputStream(file)) {
            headLength = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new ScanInputException(name + ": no such file");
        } catch (IOException e) {
            throw new ScanInputException(name + ": cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        }
        if (headLength == 0) {
            throw new ScanInputException(name + ": the file is empty");
        }
        String start = new String(head, 0, headLength, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF-")) {
            return openPdf(name, file);
        }
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".inkml")
                || start.stripLeading().startsWith("<")) {
            return ScanPages.of(readInk(file));
        }
        return openImage(name, file);
    }

    private ScanPages openImage(String name, Path file) throws ScanInputException {
        ImageInputStream in = null;
        ImageReader reader = null;
        try {
            in = ImageIO.createImageInputStream(file.toFile());
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ScanInputException(name + ": not an image clinscribe reads (PNG, JPEG, TIFF or PDF)");
            }
            reader = readers.next();
            reader.setInput(in, false, false); // metadata kept: it carries the resolution (fax pages)
            int count = 0;
            while (true) {
                int width;
                int height;
                try {
                    width = reader.getWidth(count);
                    height = reader.getHeight(count);
                } catch (IndexOutOfBoundsException end) {
                    break;
                }
                checkSize(name, count + 1, width, height);
                if (count >= maxPages) {
                    throw new ScanInputException(name + ": more than " + maxPages + " pages");
                }
                count++;
            }
            if (count == 0) {
                throw new ScanInputException(name + ": the image has no pages");
            }
            return new ImagePages(name, in, reader, count);
        } catch (ScanInputException e) {
            closeQuietly(in, reader);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(in, reader);
            // ImageIO reports truncated and corrupt data as IOExceptions or, for some codecs, runtime errors.
            throw new ScanInputException(name + ": corrupt or truncated image (" + describe(e) + ")", e);
        }
    }

    /** The pages of an image file (several for a multi-page TIFF), each decoded when asked for. */
    private static final class ImagePages implements ScanPages {
        private final String name;
        private final ImageInputStream in;
        private final ImageReader reader;
        private final int count;

        ImagePages(String name, ImageInputStream in, ImageReader reader, int count) {
            this.name = name;
            this.in = in;
            this.reader = reader;
            this.count = count;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public ScanPage page(int index) throws ScanInputException {
            try {
                return new ScanPage(index + 1, reader.read(index), Optional.empty(), Optional.empty(),
                        verticalStretch(reader, index));
            } catch (IOException | RuntimeException e) {
                throw new ScanInputException(name + ": corrupt or truncated image (" + describe(e) + ")", e);
            }
        }

        @Override
        public void close() {
            closeQuietly(in, reader);
        }
    }

    private static void closeQuietly(ImageInputStream in, ImageReader reader) {
        if (reader != null) {
            reader.dispose();
        }
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written; the file handle goes with the stream
            }
        }
    }

    /** InkML is one page: the whole ink rendered at a handwriting size Tesseract reads well. */
    private static List<ScanPage> readInk(Path file) throws ScanInputException {
        try {
            var rendered = new InkRenderer().render(new InkmlReader().read(file));
            return List.of(new ScanPage(1, rendered.image(), Optional.empty(), Optional.of(rendered)));
        } catch (InkInputException e) {
            throw new ScanInputException(e.getMessage(), e);
        }
    }

    /**
     * How many times taller than wide the page's pixels are, from its resolution metadata: 2 for a
     * standard fax (200 x 100 dpi), 1 when square or unknown.
     */
    private static int verticalStretch(ImageReader reader, int index) {
        try {
            javax.imageio.metadata.IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return 1;
            }
            org.w3c.dom.Node root = metadata.getAsTree(javax.imageio.metadata.IIOMetadataFormatImpl.standardMetadataFormatName);
            double horizontal = 0;
            double vertical = 0;
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!n.getNodeName().equals("Dimension")) {
                    continue;
                }
                for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    String value = ((org.w3c.dom.Element) c).getAttribute("value");
                    if (c.getNodeName().equals("HorizontalPixelSize")) {
                        horizontal = Double.parseDouble(value);
                    } else if (c.getNodeName().equals("VerticalPixelSize")) {
                        vertical = Double.parseDouble(value);
                    }
                }
            }
            if (horizontal <= 0 || vertical <= 0) {
                return 1;
            }
            long ratio = Math.round(vertical / horizontal);
            return ratio >= 2 && ratio <= 4 ? (int) ratio : 1;
        } catch (IOException | RuntimeException e) {
            return 1; // unreadable resolution metadata: treat pixels as square
        }
    }

    private void checkSize(String name, int page, long width, long height) throws ScanInputException {
        if (width < 1 || height < 1 || width * height > maxPixelsPerPage) {
            throw new ScanInputException(String.format("%s: page %d is %d x %d pixels, beyond the %d-megapixel limit "
                    + "(a damaged file or a decompression bomb)", name, page, width, height, maxPixelsPerPage / 1_000_000));
        }
    }

    private ScanPages openPdf(String name, Path file) throws ScanInputException {
        PDDocument pdf = null;
        try {
            pdf = Loader.loadPDF(file.toFile());
            int count = pdf.getNumberOfPages();
            if (count == 0) {
                throw new ScanInputException(name + ": the PDF has no pages");
            }
            if (count > maxPages) {
                throw new ScanInputException(name + ": more than " + maxPages + " pages");
            }
            for (int i = 0; i < count; i++) {
                PDRectangle box = pdf.getPage(i).getCropBox();
                checkSize(name, i + 1, Math.round(box.getWidth() * PDF_SCALE), Math.round(box.getHeight() * PDF_SCALE));
            }
            return new PdfPages(name, pdf);
        } catch (ScanInputException e) {
            closeQuietly(pdf);
            throw e;
        } catch (InvalidPasswordException e) {
            closeQuietly(pdf);
            throw new ScanInputException(name + ": the PDF is encrypted with a password");
        } catch (IOException | RuntimeException e) {
            closeQuietly(pdf);
            throw new ScanInputException(name + ": broken PDF (" + describe(e) + ")", e);
        }
    }

    /** A PDF's pages, each rendered (and its text layer read) when asked for. */
    private static final class PdfPages implements ScanPages {
        private final String name;
        private final PDDocument pdf;
        private final PDFRenderer renderer;

        PdfPages(String name, PDDocument pdf) {
            this.name = name;
            this.pdf = pdf;
            this.renderer = new PDFRenderer(pdf);
        }

        @Override
        public int count() {
            return pdf.getNumberOfPages();
        }

        @Override
        public ScanPage page(int index) throws ScanInputException {
            try {
                BufferedImage image = renderer.renderImageWithDPI(index, PDF_RENDER_DPI, ImageType.GRAY);
                List<OcrWord> layer = textLayer(pdf, index, (float) PDF_SCALE);
                Optional<RecognizedPage> text = layer.isEmpty() ? Optional.empty()
                        : Optional.of(new RecognizedPage(index + 1, image.getWidth(), image.getHeight(), layer,
                        RecognizedPage.Source.TEXT_LAYER));
                return new ScanPage(index + 1, image, text, Optional.empty());
            } catch (IOException | RuntimeException e) {
                throw new ScanInputException(name + ": broken PDF, page " + (index + 1) + " (" + describe(e) + ")", e);
            }
        }

        @Override
        public void close() {
            closeQuietly(pdf);
        }
    }

    private static void closeQuietly(PDDocument pdf) {
        if (pdf != null) {
            try {
                pdf.close();
            } catch (IOException e) {
                // read only: nothing is lost
            }
        }
    }

    /** The page's own text as words with boxes in rendered pixels; empty for an image-only page. */
    private static List<OcrWord> textLayer(PDDocument pdf, int pageIndex, float scale) throws IOException {
        List<OcrWord> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private int line;

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                line++;
                List<TextPosition> word = new ArrayList<>();
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank()) {
                        flush(word);
                    } else {
                        word.add(p);
                    }
                }
                flush(word);
            }

            private void flush(List<TextPosition> word) {
                if (word.isEmpty()) {
                    return;
                }
                StringBuilder text = new StringBuilder();
                float x0 = Float.MAX_VALUE;
                float y0 = Float.MAX_VALUE;
                float x1 = 0;
                float y1 = 0;
                for (TextPosition p : word) {
                    text.append(p.getUnicode());
                    x0 = Math.min(x0, p.getXDirAdj());
                    x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                    y0 = Math.min(y0, p.getYDirAdj() - p.getHeightDir());
                    y1 = Math.max(y1, p.getYDirAdj());
                }
                words.add(new OcrWord(text.toString(), Math.round(x0 * scale), Math.round(y0 * scale),
                        Math.round(x1 * scale), Math.round(y1 * scale), 100, 0, 0, line));
                word.clear();
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.writeText(pdf, new StringWriter());
        return words;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.length() > 120 ? message.substring(0, 120) : message;
    }
}
