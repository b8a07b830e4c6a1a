package io.clinscribe.handwriting.page;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeskewTest {

    @Test
    void findsTheSkewOfATurnedPageAndLeavesAStraightOneAlone() throws Exception {
        BufferedImage turned = ImageIO.read(new File("../corpora/scans/degraded/note4-sans-rot4.png"));
        BufferedImage straight = ImageIO.read(new File("../corpora/scans/print/note4-sans.png"));
        assertEquals(4.0, Math.abs(Deskew.skewDegrees(turned)), 0.5, "the page was turned by 4 degrees");
        assertEquals(0.0, Deskew.correction(straight), "a straight page is not touched");
    }

    @Test
    void boxesOnTheStraightenedPageMapBackOntoTheTurnedInput() throws Exception {
        BufferedImage turned = ImageIO.read(new File("../corpora/scans/degraded/note4-sans-rot4.png"));
        PagePreparation.Prepared prepared = PagePreparation.standard().prepare(turned);
        assertTrue(Math.abs(prepared.rotationDegrees()) > 3, "straightened: " + prepared.rotationDegrees());
        // The page centre does not move under a rotation about it.
        int cx = turned.getWidth() / 2;
        int cy = turned.getHeight() / 2;
        int[] box = prepared.toInput(cx - 1, cy - 1, cx + 1, cy + 1);
        assertTrue(box[0] >= cx - 3 && box[2] <= cx + 3 && box[1] >= cy - 3 && box[3] <= cy + 3);
        // A word far from the centre moves by the rotation: 4 degrees at 1,000 px is about 70 px.
        int[] far = prepared.toInput(cx + 1000, cy, cx + 1001, cy + 1);
        assertTrue(Math.abs(far[1] - cy) > 50, "turned back: " + java.util.Arrays.toString(far));
    }
}
