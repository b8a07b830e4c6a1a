package io.clinscribe.handwriting.form;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintedRulesTest {

    private static final double TILT = 1.5; // degrees, as a sheet put on the glass askew

    private static double ruleY(int x) {
        return 85 + (x - 10) * Math.tan(Math.toRadians(TILT));
    }

    private static InkMask whole(BufferedImage image) {
        return InkMask.of(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()));
    }

    @Test
    void aTiltedRuleUnderTheWritingIsRemovedWhileAStrokeCrossingItSurvives() {
        BufferedImage zone = new FieldInkDrawing(420, 112)
                .rule(10, 410, 85, TILT, 3)
                .stroke(100, 22, 100, ruleY(100) - 1, 3)  // sits on the rule
                .stroke(250, 25, 252, 106, 3)             // written through it, as a descender
                .image();
        InkMask ink = whole(zone);

        List<PrintedRules.Rule> rules = PrintedRules.find(ink);
        assertEquals(1, rules.size(), "one rule: " + rules);
        assertEquals(Math.tan(Math.toRadians(TILT)), rules.get(0).slope(), 0.002);
        assertTrue(rules.get(0).length() > 380, "the rule's whole length: " + rules.get(0));

        InkMask cleaned = PrintedRules.remove(ink);
        for (int x : new int[] {20, 60, 180, 320, 400}) {
            for (int y = (int) ruleY(x) - 4; y <= ruleY(x) + 4; y++) {
                assertFalse(cleaned.ink(x, y), "rule left at " + x + "," + y);
            }
        }
        for (int y = 30; y <= 100; y++) {
            int row = y;
            assertTrue(cleaned.ink(250, y) || cleaned.ink(251, y) || cleaned.ink(252, y),
                    () -> "the crossing stroke is cut at y=" + row);
        }
        for (int y = 25; y <= 80; y++) {
            assertTrue(cleaned.ink(100, y), "the stroke sitting on the rule keeps its ink at y=" + y);
        }
    }

    @Test
    void theNeighbouringFieldsRuleAtTheTopGoesToo() {
        BufferedImage zone = new FieldInkDrawing(420, 112)
                .rule(0, 160, 4, TILT, 2)     // the edge of the line above, cut by the zone
                .rule(10, 410, 95, TILT, 2)
                .stroke(60, 30, 60, 80, 3)
                .stroke(90, 30, 120, 80, 3)
                .image();
        InkMask cleaned = PrintedRules.remove(whole(zone));
        Rectangle writing = cleaned.inkBounds();
        assertTrue(writing.y >= 26 && writing.y + writing.height <= 85 && writing.x >= 56 && writing.x + writing.width <= 125,
                "only the writing is left: " + writing);
    }

    @Test
    void writingWithShortBarsHasNoRule() {
        BufferedImage zone = new FieldInkDrawing(320, 100)
                .stroke(30, 20, 62, 20, 3).stroke(62, 20, 42, 80, 3)   // a 7: its bar is the longest line
                .stroke(90, 50, 115, 50, 3)                            // a dash
                .stroke(140, 20, 140, 80, 3)
                .stroke(170, 20, 200, 20, 3).stroke(200, 20, 200, 80, 3).stroke(170, 80, 200, 80, 3)
                .image();
        InkMask ink = whole(zone);
        assertEquals(List.of(), PrintedRules.find(ink));
        assertEquals(ink.inkCount(), PrintedRules.remove(ink).inkCount());
    }
}
