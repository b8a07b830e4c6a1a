package io.clinscribe.handwriting.ink;

import java.util.List;

/**
 * The channels each point of a trace carries, in order: the regular ones always, the intermittent ones
 * optionally after them. Channels we do not use are kept so that values line up.
 */
record InkTraceFormat(List<InkChannel> regular, List<InkChannel> intermittent) {

    /** InkML's default when a file declares nothing: X then Y. */
    static final InkTraceFormat DEFAULT =
            new InkTraceFormat(List.of(new InkChannel("X", false, 1, null), new InkChannel("Y", false, 1, null)), List.of());

    InkTraceFormat {
        regular = List.copyOf(regular);
        intermittent = List.copyOf(intermittent);
    }

    /** Index of a regular channel by name, or -1; X, Y, T and F are only used when regular. */
    int indexOf(String name) {
        for (int i = 0; i < regular.size(); i++) {
            if (regular.get(i).named(name)) {
                return i;
            }
        }
        return -1;
    }

    int channelCount() {
        return regular.size() + intermittent.size();
    }
}
