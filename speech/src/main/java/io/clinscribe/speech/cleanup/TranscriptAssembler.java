package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5 (README section 12 and the layout of section 6): spacing, absorbed periods, American quotes,
 * line breaks, headings on their own line, and capitals; records where each piece of text came from.
 */
final class TranscriptAssembler {

    CleanTranscript assemble(List<Rendered> tokens, List<WordFlag> flags) {
        StringBuilder text = new StringBuilder();
        List<SourcedText> pieces = new ArrayList<>();
        int pendingBreaks = 0;
        boolean capitaliseNext = true;
        boolean afterHeading = false;
        Rendered previous = null;
        for (Rendered token : tokens) {
            switch (token.kind()) {
                case BREAK -> {
                    if (!afterHeading) {
                        pendingBreaks = Math.min(2, pendingBreaks + token.text().length());
                    }
                    capitaliseNext = true;
                    continue;
                }
                case HEADING -> {
                    if (text.length() > 0) {
                        while (trailingLineFeeds(text) < 2) {
                            text.append('\n');
                        }
                    }
                    pendingBreaks = 0;
                    append(text, pieces, token.text(), token);
                    text.append('\n');
                    afterHeading = true;
                    capitaliseNext = true;
                    previous = token;
                    continue;
                }
                case SUBHEADING, LIST_MARKER -> {
                    pendingBreaks = flushBreaks(text, pendingBreaks);
                    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                        text.append('\n');
                    }
                    append(text, pieces, token.text(), token);
                    afterHeading = false;
                    capitaliseNext = true;
                    previous = token;
                    continue;
                }
                default -> {
                }
            }
            boolean period = token.kind() == Rendered.Kind.MARK && token.text().equals(".");
            boolean comma = token.kind() == Rendered.Kind.MARK && token.text().equals(",");
            if (pendingBreaks == 0 && previous != null && previous.kind() == Rendered.Kind.CLOSE_QUOTE
                    && (period || comma) && text.length() > 0 && text.charAt(text.length() - 1) == '"') {
                // American style: the period or comma goes inside the closing quote
                int quoteAt = text.length() - 1;
                if (!(period && quoteAt > 0 && text.charAt(quoteAt - 1) == '.')) {
                    text.insert(quoteAt, token.text());
                    SourcedText quote = pieces.remove(pieces.size() - 1);
                    pieces.add(new SourcedText(quoteAt, quoteAt + 1, token.from(), token.to()));
                    pieces.add(new SourcedText(quote.begin() + 1, quote.end() + 1, quote.firstWord(), quote.endWord()));
                }
                capitaliseNext = period;
                continue;
            }
            if (period && pendingBreaks == 0 && text.length() > 0 && text.charAt(text.length() - 1) == '.') {
                capitaliseNext = true; // already ends in "." (b.i.d., a.m.): not doubled
                previous = token;
                continue;
            }
            pendingBreaks = flushBreaks(text, pendingBreaks);
            afterHeading = false;
            if (needsSpace(text, previous, token)) {
                text.append(' ');
            }
            String written = token.text();
            if (token.kind() == Rendered.Kind.WORD) {
                if (capitaliseNext && token.capitalisable()) {
                    written = capitalised(written);
                }
                capitaliseNext = false;
            } else if (token.kind() == Rendered.Kind.MARK) {
                if (token.text().equals(".") || token.text().equals("?") || token.text().equals("!")) {
                    capitaliseNext = true;
                } else if (!token.text().equals("(") && !token.text().equals(")")) {
                    capitaliseNext = false; // no capital after a colon, semicolon or comma
                }
            } else if (token.kind() == Rendered.Kind.JOIN) {
                capitaliseNext = false;
            }
            append(text, pieces, written, token);
            previous = token;
        }
        if (!afterHeading) {
            flushBreaks(text, pendingBreaks);
        }
        String result = text.toString();
        return new CleanTranscript(result, pieces, reviewFlags(flags, pieces, result.length()));
    }

    private static void append(StringBuilder text, List<SourcedText> pieces, String written, Rendered token) {
        int begin = text.length();
        text.append(written);
        if (!written.isEmpty()) {
            pieces.add(new SourcedText(begin, text.length(), token.from(), token.to()));
        }
    }

    /** Breaks at the very start are dropped; otherwise the pending ones are written. */
    private static int flushBreaks(StringBuilder text, int pendingBreaks) {
        if (text.length() > 0) {
            text.append("\n".repeat(pendingBreaks));
        }
        return 0;
    }

    private static int trailingLineFeeds(StringBuilder text) {
        int count = 0;
        while (count < text.length() && text.charAt(text.length() - 1 - count) == '\n') {
            count++;
        }
        return count;
    }

    private static boolean needsSpace(StringBuilder text, Rendered previous, Rendered token) {
        if (text.length() == 0 || text.charAt(text.length() - 1) == '\n' || previous == null) {
            return false;
        }
        if (token.kind() == Rendered.Kind.JOIN || token.kind() == Rendered.Kind.CLOSE_QUOTE
                || token.kind() == Rendered.Kind.MARK && !token.text().equals("(")) {
            return false;
        }
        return !(previous.kind() == Rendered.Kind.JOIN || previous.kind() == Rendered.Kind.OPEN_QUOTE
                || previous.kind() == Rendered.Kind.MARK && previous.text().equals("("));
    }

    /** README 12.5: only a plain word (no period inside, no capital after its first letter) is capitalised. */
    static String capitalised(String word) {
        if (word.isEmpty() || word.indexOf('.') >= 0 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return word;
            }
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Places each flag on the text of its words, or, for words no text came from, where they would be. */
    private static List<ReviewFlag> reviewFlags(List<WordFlag> flags, List<SourcedText> pieces, int length) {
        List<ReviewFlag> out = new ArrayList<>();
        for (WordFlag flag : flags) {
            int begin = -1;
            int end = -1;
            for (SourcedText piece : pieces) {
                if (piece.firstWord() < flag.endWord() && piece.endWord() > flag.firstWord()) {
                    begin = begin < 0 ? piece.begin() : Math.min(begin, piece.begin());
                    end = Math.max(end, piece.end());
                }
            }
            if (begin < 0) {
                begin = length;
                for (SourcedText piece : pieces) {
                    if (piece.firstWord() >= flag.endWord()) {
                        begin = piece.begin();
                        break;
                    }
                }
                end = begin;
            }
            out.add(new ReviewFlag(begin, end, flag.firstWord(), flag.endWord(), flag.reason()));
        }
        out.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
                : Integer.compare(a.firstWord(), b.firstWord()));
        return out;
    }
}
