package io.clinscribe.json;

/**
 * A {@code clinscribe.entries/v1} document that cannot be read: malformed JSON, a missing required field,
 * or a value of the wrong type. The message names the line (for JSON Lines) and the field path, never the
 * patient text itself.
 */
public final class EntriesFormatException extends RuntimeException {

    private final int line;

    public EntriesFormatException(String message, int line, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + message : message, cause);
        this.line = line;
    }

    public EntriesFormatException(String message) {
        this(message, 0, null);
    }

    /** The 1-based line of the JSON Lines input, or 0 when the input was a single document. */
    public int line() {
        return line;
    }

    EntriesFormatException atLine(int lineNumber) {
        if (line > 0 || lineNumber <= 0) {
            return this;
        }
        EntriesFormatException e = new EntriesFormatException(getMessage(), lineNumber, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
