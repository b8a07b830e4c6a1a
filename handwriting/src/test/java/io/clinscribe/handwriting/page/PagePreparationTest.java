package io.clinscribe.handwriting.page;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PagePreparationTest {

    private final PagePreparation preparation = PagePreparation.standard();

    @Test
    void lowResolutionPagesAreEnlargedTowardsThreeThousandPixels() {
        assertEquals(3, preparation.factorFor(754, 1000), "a 100 dpi form");
        assertEquals(3, preparation.factorFor(1400, 560), "a half-width photo");
        assertEquals(2, preparation.factorFor(1240, 1754), "an A4 page at 150 dpi");
        assertEquals(4, preparation.factorFor(300, 200), "at most four times");
        assertEquals(1, preparation.factorFor(2480, 3508), "an A4 page at 300 dpi is left alone");
    }

    @Test
    void theEnlargedImageAndItsScaleComeBackTogether() {
        BufferedImage page = new BufferedImage(754, 1000, BufferedImage.TYPE_BYTE_GRAY);
        PagePreparation.Prepared prepared = preparation.prepare(page);
        assertEquals(3, prepared.scale());
        assertEquals(0.0, prepared.rotationDegrees(), "a blank page is not turned");
        assertArrayEquals(new int[] {10, 20, 30, 40}, prepared.toInput(30, 60, 90, 120));
        assertEquals(2262, prepared.image().getWidth());
        BufferedImage large = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        assertSame(large, preparation.prepare(large).image());
    }

    @Test
    void aFaxPageIsStretchedToSquarePixelsAndItsBoxesMappedBack() {
        BufferedImage fax = new BufferedImage(2400, 1100, BufferedImage.TYPE_BYTE_GRAY);
        PagePreparation.Prepared prepared = preparation.prepare(fax, 2);
        assertEquals(2200, prepared.image().getHeight(), "rows doubled");
        assertEquals(2400, prepared.image().getWidth());
        assertArrayEquals(new int[] {100, 50, 300, 100}, prepared.toInput(100, 100, 300, 200));
    }
}
