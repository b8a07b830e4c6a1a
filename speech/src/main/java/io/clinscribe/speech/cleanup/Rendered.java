package io.clinscribe.speech.cleanup;

/**
 * A piece of text ready for assembly, with the spoken words {@code [from, to)} it came from.
 * {@code capitalisable} is false for numeric text that sentence capitals leave alone ({@code x3}).
 */
record Rendered(Kind kind, String text, int from, int to, boolean capitalisable) {

    enum Kind { WORD, MARK, OPEN_QUOTE, CLOSE_QUOTE, JOIN, BREAK, HEADING, SUBHEADING, LIST_MARKER }
}
