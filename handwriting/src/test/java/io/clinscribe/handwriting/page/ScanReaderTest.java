package io.clinscribe.handwriting.page;

import io.clinscribe.handwriting.ocr.OcrWord;
import io.clinscribe.handwriting.ocr.RecognizedPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanReaderTest {

    private final ScanReader reader = ScanReader.standard();

    @Test
    void aPdfWithATextLayerKeepsItsOwnWordsAndBoxes(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Metformin 500 mg twice daily");
                content.endText();
            }
            doc.save(pdf.toFile());
        }
        List<ScanPage> pages = reader.read(pdf);
        assertEquals(1, pages.size());
        RecognizedPage layer = pages.get(0).textLayer().orElseThrow();
        assertEquals(RecognizedPage.Source.TEXT_LAYER, layer.source());
        assertEquals(List.of("Metformin", "500", "mg", "twice", "daily"), layer.words().stream().map(OcrWord::text).toList());
        OcrWord first = layer.words().get(0);
        // 72 pt from the left at 300 dpi is 300 px; the baseline 720 pt up an 842 pt page is about 508 px down
        assertTrue(Math.abs(first.x0() - 300) <= 3 && first.y1() > 480 && first.y1() < 530, first.toString());
        assertEquals(Math.round(PDRectangle.A4.getWidth() * 300 / 72), pages.get(0).image().getWidth());
    }

    @Test
    void aLongDocumentIsOpenedWithItsPagesCheckedAndDecodedOneAtATime(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("chart.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int n = 1; n <= 40; n++) {
                PDPage page = new PDPage(new PDRectangle(144, 72));
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(12, 30);
                    content.showText("Progress note " + n);
                    content.endText();
                }
            }
            doc.save(chart.toFile());
        }
        try (ScanPages pages = reader.open(chart)) {
            assertEquals(40, pages.count());
            ScanPage last = pages.page(39);
            assertEquals(40, last.number());
            assertEquals(List.of("Progress", "note", "40"),
                    last.textLayer().orElseThrow().words().stream().map(OcrWord::text).toList());
            assertEquals(3, pages.page(2).number(), "pages are decoded in any order, each when asked for");
        }
        ScanReader shortCharts = new ScanReader(100_000_000L, 39);
        ScanInputException tooLong = assertThrows(ScanInputException.class, () -> shortCharts.open(chart));
        assertEquals(chart + ": more than 39 pages", tooLong.getMessage());
        try (ScanPages tiff = reader.open(Path.of("../corpora/scans/multipage/notes4-5-gray-lzw.tif"))) {
            assertEquals(2, tiff.count());
            assertEquals(tiff.page(1).image().getWidth(), reader.read(Path.of("../corpora/scans/multipage/notes4-5-gray-lzw.tif"))
                    .get(1).image().getWidth());
        }
    }

    @Test
    void anEncryptedPdfSaysSo(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        ScanInputException e = assertThrows(ScanInputException.class, () -> reader.read(pdf));
        assertEquals(pdf + ": the PDF is encrypted with a password", e.getMessage());
    }

    @Test
    void aBrokenPdfATruncatedPngAndTextNamedPngAreClearErrors(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage");
        assertTrue(assertThrows(ScanInputException.class, () -> reader.read(broken)).getMessage()
                .startsWith(broken + ": broken PDF"));

        byte[] png = png(new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY));
        Path truncated = Files.write(dir.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
        assertTrue(assertThrows(ScanInputException.class, () -> reader.read(truncated)).getMessage()
                .startsWith(truncated + ": corrupt or truncated image"));

        Path text = Files.writeString(dir.resolve("note.png"), "Patient note typed as text.");
        assertTrue(assertThrows(ScanInputException.class, () -> reader.read(text)).getMessage()
                .contains("not an image clinscribe reads"));

        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
        assertEquals(empty + ": the file is empty", assertThrows(ScanInputException.class, () -> reader.read(empty)).getMessage());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader(@TempDir Path dir) throws Exception {
        // A valid PNG header claiming 100,000 x 100,000 pixels: 10 gigapixels if anyone decoded it.
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.write(ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        Path bomb = Files.write(dir.resolve("bomb.png"), out.toByteArray());

        ScanInputException e = assertThrows(ScanInputException.class, () -> reader.read(bomb));
        assertTrue(e.getMessage().contains("100000 x 100000") && e.getMessage().contains("decompression bomb"), e.getMessage());
    }

    @Test
    void everyPageOfAMultiPageTiffIsRead(@TempDir Path dir) throws Exception {
        Path tiff = dir.resolve("pages.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 3; i++) {
                writer.writeToSequence(new IIOImage(new BufferedImage(200 + i, 100, BufferedImage.TYPE_BYTE_GRAY), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        List<ScanPage> pages = reader.read(tiff);
        assertEquals(List.of(1, 2, 3), pages.stream().map(ScanPage::number).toList());
        assertEquals(202, pages.get(2).image().getWidth());
    }

    @Test
    void aFaxPagesTallPixelsAreReadFromItsResolution() throws Exception {
        ScanPage fax = reader.read(Path.of("../corpora/scans/degraded/note6-sans-fax.png")).get(0);
        assertEquals(2, fax.verticalStretch(), "200 x 100 dpi");
        assertEquals(1, reader.read(Path.of("../corpora/scans/print/note1-serif.png")).get(0).verticalStretch());
        List<ScanPage> tiff = reader.read(Path.of("../corpora/scans/multipage/notes1-3-fax-g4.tif"));
        assertEquals(List.of(2, 2, 2), tiff.stream().map(ScanPage::verticalStretch).toList());
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
