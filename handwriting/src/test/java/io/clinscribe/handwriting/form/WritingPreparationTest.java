package io.clinscribe.handwriting.form;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WritingPreparationTest {

    private static final Rectangle ZONE = new Rectangle(0, 0, 330, 110);

    /** "9.1" in thin pen on a rule, with dust around it. */
    private static FieldInkDrawing decimalOnARule() {
        return new FieldInkDrawing(330, 110)
                .rule(5, 325, 92, 0.8, 2)
                .stroke(60, 30, 60, 80, 3).stroke(60, 30, 40, 30, 3).stroke(40, 30, 40, 52, 3).stroke(40, 52, 60, 52, 3)
                .dot(80, 78, 5)
                .stroke(100, 30, 100, 80, 3)
                .speck(20, 10).speck(150, 60).speck(151, 60).speck(250, 20).speck(300, 70).speck(200, 100);
    }

    @Test
    void specksGoAndADecimalPointStays() {
        BufferedImage zone = decimalOnARule().image();
        InkMask cleaned = WritingPreparation.clean(InkMask.of(zone, ZONE));
        for (int[] speck : new int[][] {{20, 10}, {150, 60}, {151, 60}, {250, 20}, {300, 70}, {200, 100}}) {
            assertFalse(cleaned.ink(speck[0], speck[1]), "speck left at " + speck[0] + "," + speck[1]);
        }
        assertTrue(cleaned.ink(80, 78), "the decimal point is writing, not dust");
    }

    @Test
    void theWritingIsCroppedToItsInkWithoutRuleOrDust() {
        BufferedImage zone = decimalOnARule().image();
        Rectangle writing = WritingPreparation.writing(zone, ZONE).orElseThrow().inkBounds();
        assertTrue(Math.abs(writing.x - 38) <= 2 && Math.abs(writing.y - 28) <= 2, "top left of the writing: " + writing);
        assertTrue(Math.abs(writing.x + writing.width - 102) <= 2 && Math.abs(writing.y + writing.height - 82) <= 2,
                "bottom right of the writing: " + writing);
    }

    @Test
    void aPieceOfTheLineAboveReachingIntoTheZoneIsDropped() {
        BufferedImage zone = new FieldInkDrawing(330, 110)
                .rule(5, 325, 95, 0, 2)
                .stroke(150, 0, 152, 14, 3) // a descender from the field above, cut by the zone's top
                .stroke(40, 40, 40, 85, 3).stroke(40, 40, 70, 40, 3).stroke(70, 40, 70, 85, 3)
                .image();
        InkMask cleaned = WritingPreparation.clean(InkMask.of(zone, ZONE));
        assertFalse(cleaned.ink(151, 5), "the stray descender is gone");
        assertTrue(cleaned.ink(40, 60) && cleaned.ink(70, 60), "the field's own writing stays");
    }

    @Test
    void aZoneWithOnlyItsRuleAndDustHoldsNoWriting() {
        BufferedImage zone = new FieldInkDrawing(330, 110).rule(5, 325, 92, -1.2, 2)
                .speck(40, 40).speck(200, 30).speck(201, 31).image();
        assertTrue(WritingPreparation.writing(zone, ZONE).isEmpty());
    }

    @Test
    void blankPaperWithScannerNoiseHoldsNoWriting() {
        BufferedImage zone = new FieldInkDrawing(330, 110).image();
        for (int i = 0; i < 300; i++) { // gentle noise: paper 245 give or take 6
            zone.getRaster().setSample((i * 37) % 330, (i * 53) % 110, 0, 239 + (i % 13));
        }
        assertTrue(WritingPreparation.writing(zone, ZONE).isEmpty());
    }

    @Test
    void theImageForOcrHasTheTargetHeightAMarginAndThickenedThinStrokes() {
        BufferedImage zone = new FieldInkDrawing(330, 110)
                .rule(5, 325, 95, 0, 2)
                .stroke(40, 20, 40, 80, 1.2f).stroke(48, 20, 68, 80, 1.2f)
                .image();
        WritingPreparation preparation = new WritingPreparation(64, 0.08, 16, 0.4);
        InkMask ink = WritingPreparation.writing(zone, ZONE).orElseThrow();
        BufferedImage image = preparation.image(ink, false);
        int writingHeight = image.getHeight() - 2 * 16;
        assertEquals(64, writingHeight, 2);
        for (int x = 0; x < image.getWidth(); x++) {
            assertFalse(FieldInkDrawing.dark(image, x, 3) || FieldInkDrawing.dark(image, x, image.getHeight() - 4),
                    "the margin is paper");
        }
        int row = image.getHeight() / 2;
        int run = 0;
        int longest = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            run = FormImages.luminance(image, x, row) < 200 ? run + 1 : 0; // a thin pen's ink is light gray
            longest = Math.max(longest, run);
        }
        assertTrue(longest >= 5, "a 1 px pen stroke becomes at least 8% of 64 px: " + longest);

        BufferedImage spaced = preparation.image(ink, true);
        assertTrue(spaced.getWidth() > image.getWidth() + 10, "glyphs written close together are moved apart");
    }
}
