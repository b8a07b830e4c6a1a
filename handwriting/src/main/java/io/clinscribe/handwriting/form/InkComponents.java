package io.clinscribe.handwriting.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The connected pieces of ink in a mask (pixels touching side or corner belong together): a pen stroke,
 * a letter or a joined word is one piece; a speck of dust is a piece of a few pixels.
 */
final class InkComponents {

    /** One piece: its size in pixels and its bounding box {@code [x0, x1] x [y0, y1]} (inclusive). */
    record Component(int label, int area, int x0, int y0, int x1, int y1) {
        int width() {
            return x1 - x0 + 1;
        }

        int height() {
            return y1 - y0 + 1;
        }
    }

    private final int[] labels; // 0: paper, else the component's label (1-based)
    private final List<Component> components;

    private InkComponents(int[] labels, List<Component> components) {
        this.labels = labels;
        this.components = List.copyOf(components);
    }

    static InkComponents of(InkMask mask) {
        int w = mask.width();
        int h = mask.height();
        int[] labels = new int[w * h];
        int[] stack = new int[w * h];
        List<Component> found = new ArrayList<>();
        for (int start = 0; start < labels.length; start++) {
            if (labels[start] != 0 || !mask.ink(start % w, start / w)) {
                continue;
            }
            int label = found.size() + 1;
            int top = 0;
            stack[top++] = start;
            labels[start] = label;
            int area = 0;
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            while (top > 0) {
                int p = stack[--top];
                int px = p % w;
                int py = p / w;
                area++;
                x0 = Math.min(x0, px);
                x1 = Math.max(x1, px);
                y0 = Math.min(y0, py);
                y1 = Math.max(y1, py);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        if (mask.ink(nx, ny) && labels[ny * w + nx] == 0) {
                            labels[ny * w + nx] = label;
                            stack[top++] = ny * w + nx;
                        }
                    }
                }
            }
            found.add(new Component(label, area, x0, y0, x1, y1));
        }
        return new InkComponents(labels, found);
    }

    List<Component> all() {
        return components;
    }

    /** The pixels of the given components, as a removal mask for {@link InkMask#without}. */
    boolean[] pixelsOf(List<Component> chosen) {
        boolean[] wanted = new boolean[components.size() + 1];
        chosen.forEach(c -> wanted[c.label()] = true);
        boolean[] out = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = wanted[labels[i]];
        }
        return out;
    }
}
