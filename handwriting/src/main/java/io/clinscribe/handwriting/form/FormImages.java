package io.clinscribe.handwriting.form;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** Pixel-level reading of a scanned form: brightness and how much of a box is inked. */
final class FormImages {

    private FormImages() {
    }

    static int luminance(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
    }

    /** The share of dark pixels in the box. */
    static double inkShare(BufferedImage image, Rectangle box) {
        int dark = 0;
        int total = 0;
        for (int y = box.y; y < box.y + box.height && y < image.getHeight(); y++) {
            for (int x = box.x; x < box.x + box.width && x < image.getWidth(); x++) {
                total++;
                if (luminance(image, x, y) < 128) {
                    dark++;
                }
            }
        }
        return total == 0 ? 0 : (double) dark / total;
    }
}
