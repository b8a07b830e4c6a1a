package io.clinscribe.speech.cleanup;

import java.util.List;

/**
 * The result of dictation clean-up: the text a transcriptionist would have typed, where each piece
 * of it came from in the spoken word stream, and the stretches flagged for review.
 *
 * <p>{@code pieces} are in text order and do not overlap; characters no piece covers are layout the
 * cleaner added between pieces (spaces, line breaks). Spoken words removed by an editing command
 * ("scratch that") appear in no piece.
 */
public record CleanTranscript(String text, List<SourcedText> pieces, List<ReviewFlag> reviewFlags) {

    public CleanTranscript {
        pieces = List.copyOf(pieces);
        reviewFlags = List.copyOf(reviewFlags);
        int previousEnd = 0;
        for (SourcedText piece : pieces) {
            if (piece.begin() < previousEnd || piece.end() > text.length()) {
                throw new IllegalArgumentException("pieces must be in order, apart and inside the text");
            }
            previousEnd = piece.end();
        }
    }
}
