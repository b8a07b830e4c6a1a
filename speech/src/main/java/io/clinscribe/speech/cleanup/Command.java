package io.clinscribe.speech.cleanup;

/** A spoken command (README section 4) and what it writes. */
enum Command {
    PERIOD("."), COMMA(","), COLON(":"), SEMICOLON(";"), QUESTION_MARK("?"), EXCLAMATION_MARK("!"),
    OPEN_PARENTHESIS("("), CLOSE_PARENTHESIS(")"), OPEN_QUOTE("\""), CLOSE_QUOTE("\""),
    HYPHEN("-"), DASH("--"), SLASH("/"), NEW_LINE("\n"), NEW_PARAGRAPH("\n\n"),
    SCRATCH_THAT(""), CAP(""), ALL_CAPS(""), NUMERAL("");

    private final String written;

    Command(String written) {
        this.written = written;
    }

    String written() {
        return written;
    }

    /** The marks "scratch that" deletes back to; numbers, units and letters never combine across them. */
    boolean isBoundary() {
        return switch (this) {
            case HYPHEN, DASH, SLASH, SCRATCH_THAT, CAP, ALL_CAPS, NUMERAL -> false;
            default -> true;
        };
    }

    boolean isJoin() {
        return this == HYPHEN || this == DASH || this == SLASH;
    }

    boolean isBreak() {
        return this == NEW_LINE || this == NEW_PARAGRAPH;
    }

    boolean endsSentence() {
        return this == PERIOD || this == QUESTION_MARK || this == EXCLAMATION_MARK;
    }
}
