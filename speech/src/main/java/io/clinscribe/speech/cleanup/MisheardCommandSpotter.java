package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * README principle 3: a command the recogniser misheard ("cohen" for colon, "coma" for comma) is never
 * repaired, but where the context makes the command plausible the words are flagged for review.
 */
final class MisheardCommandSpotter {

    private static final Set<String> LIST_JOINERS = Set.of("and", "or");

    private final CleanupLexicons lexicons;
    private final int longest;
    private final List<String> headingPhrases;

    MisheardCommandSpotter(CleanupLexicons lexicons) {
        this.lexicons = lexicons;
        this.longest = lexicons.misheardCommands.keySet().stream().mapToInt(CleanupLexicons::length).max().orElse(1);
        List<String> phrases = new ArrayList<>(lexicons.headings.keySet());
        phrases.addAll(lexicons.subheadings.keySet());
        this.headingPhrases = List.copyOf(phrases);
    }

    List<WordFlag> spot(List<Spoken> stream) {
        List<WordFlag> flags = new ArrayList<>();
        int sentenceFrom = 0;
        int i = 0;
        while (i < stream.size()) {
            Spoken element = stream.get(i);
            if (!(element instanceof Spoken.Word)) {
                if (startsSentenceAfter(element)) {
                    sentenceFrom = i + 1;
                }
                i++;
                continue;
            }
            if (i == sentenceFrom && organAfterHeading(stream, i) > 0) {
                // "family history colon cancer": a heading whose colon may have been lost or read as the organ
                int organ = organAfterHeading(stream, i);
                flags.add(new WordFlag(stream.get(organ).from(), stream.get(organ).to(),
                        "possible heading colon read as a word: colon"));
            }
            int length = 0;
            CleanupLexicons.Entry entry = null;
            for (int l = Math.min(longest, wordsFrom(stream, i)); l > 0 && entry == null; l--) {
                entry = lexicons.misheardCommands.get(phrase(stream, i, i + l));
                length = l;
            }
            if (entry != null && plausible(entry.kind(), stream, sentenceFrom, i, i + length)) {
                flags.add(new WordFlag(stream.get(i).from(), stream.get(i + length - 1).to(),
                        "possible misheard command: " + entry.written()));
                i += length;
                continue;
            }
            i++;
        }
        return flags;
    }

    private boolean plausible(String context, List<Spoken> stream, int sentenceFrom, int from, int to) {
        return switch (context) {
            case "HEADING_COLON" -> from > sentenceFrom && wordsFrom(stream, sentenceFrom) >= from - sentenceFrom
                    && nearlyHeading(words(stream, sentenceFrom, from));
            case "LIST_COMMA" -> listComma(stream, sentenceFrom, from, to);
            case "SENTENCE_END" -> to >= stream.size()
                    || stream.get(to) instanceof Spoken.Instruction next && next.command().isBreak()
                    || stream.get(to) instanceof Spoken.Structure
                    || headingFollows(stream, to);
            case "ANYWHERE" -> true;
            default -> false;
        };
    }

    /** Index of a word "colon" right after a heading phrase that starts at {@code from}, or -1. */
    private int organAfterHeading(List<Spoken> stream, int from) {
        int words = wordsFrom(stream, from);
        for (int k = from + 1; k < from + words; k++) {
            if (((Spoken.Word) stream.get(k)).text().equals("colon") && isHeading(phrase(stream, from, k))) {
                return k;
            }
        }
        return -1;
    }

    private boolean listComma(List<Spoken> stream, int sentenceFrom, int from, int to) {
        if (from == 0 || to >= stream.size() || !(stream.get(from - 1) instanceof Spoken.Word before)
                || !(stream.get(to) instanceof Spoken.Word after)) {
            return false;
        }
        if (lexicons.comaWords.contains(before.text()) || lexicons.comaWords.contains(after.text())) {
            return false;
        }
        if (LIST_JOINERS.contains(after.text())) {
            return true;
        }
        for (int k = sentenceFrom; k < stream.size(); k++) {
            Spoken element = stream.get(k);
            if (element instanceof Spoken.Instruction instruction && instruction.command() == Command.COMMA) {
                return true;
            }
            if (k > to && startsSentenceAfter(element)) {
                break;
            }
        }
        return false;
    }

    private boolean headingFollows(List<Spoken> stream, int from) {
        int words = wordsFrom(stream, from);
        int end = from + words;
        return words > 0 && end < stream.size() && stream.get(end) instanceof Spoken.Instruction colon
                && colon.command() == Command.COLON && isHeading(phrase(stream, from, end));
    }

    /**
     * A heading or subheading, or, for phrases of two words or more, one that differs from a heading in a
     * single word: the recogniser that mishears "colon" often mishears a heading word too ("history of
     * prison illness").
     */
    private boolean nearlyHeading(List<String> words) {
        if (isHeading(String.join(" ", words))) {
            return true;
        }
        if (words.size() < 2) {
            return false;
        }
        for (String heading : headingPhrases) {
            String[] expected = heading.split(" ");
            if (expected.length != words.size()) {
                continue;
            }
            int differences = 0;
            for (int k = 0; k < expected.length; k++) {
                differences += expected[k].equals(words.get(k)) ? 0 : 1;
            }
            if (differences <= 1) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(List<Spoken> stream, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(((Spoken.Word) stream.get(k)).text());
        }
        return out;
    }

    private boolean isHeading(String phrase) {
        return lexicons.headings.containsKey(phrase) || lexicons.subheadings.containsKey(phrase);
    }

    private static boolean startsSentenceAfter(Spoken element) {
        return element instanceof Spoken.Structure
                || element instanceof Spoken.Instruction instruction
                && (instruction.command().endsSentence() || instruction.command().isBreak());
    }

    private static int wordsFrom(List<Spoken> stream, int from) {
        int k = from;
        while (k < stream.size() && stream.get(k) instanceof Spoken.Word) {
            k++;
        }
        return k - from;
    }

    private static String phrase(List<Spoken> stream, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            out.append(k > from ? " " : "").append(((Spoken.Word) stream.get(k)).text());
        }
        return out.toString();
    }
}
