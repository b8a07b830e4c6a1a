package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3 (README section 6): at each sentence start, words up to a spoken colon that are exactly a
 * heading or subheading become one; {@code number} + number words at a sentence start or after an
 * ordinary colon become a list marker.
 */
final class StructureFinder {

    private final CleanupLexicons lexicons;
    private final NumberReader numbers;

    StructureFinder(CleanupLexicons lexicons, NumberReader numbers) {
        this.lexicons = lexicons;
        this.numbers = numbers;
    }

    List<Spoken> find(List<Spoken> stream) {
        List<Spoken> out = new ArrayList<>();
        boolean sentenceStart = true;
        boolean afterOrdinaryColon = false;
        int i = 0;
        while (i < stream.size()) {
            Spoken element = stream.get(i);
            if (sentenceStart && element instanceof Spoken.Word) {
                Spoken.Structure heading = heading(stream, i);
                if (heading != null) {
                    out.add(heading);
                    i = indexAfter(stream, i, heading.to());
                    sentenceStart = true;
                    afterOrdinaryColon = false;
                    continue;
                }
            }
            if ((sentenceStart || afterOrdinaryColon) && element instanceof Spoken.Word word
                    && word.plain() && word.text().equals("number")) {
                Spoken.Structure marker = listMarker(stream, i);
                if (marker != null) {
                    out.add(marker);
                    i = indexAfter(stream, i, marker.to());
                    sentenceStart = true;
                    afterOrdinaryColon = false;
                    continue;
                }
            }
            out.add(element);
            if (element instanceof Spoken.Instruction instruction) {
                Command command = instruction.command();
                if (command.endsSentence() || command.isBreak()) {
                    sentenceStart = true;
                } else if (command != Command.OPEN_PARENTHESIS && command != Command.OPEN_QUOTE
                        && command != Command.CLOSE_PARENTHESIS && command != Command.CLOSE_QUOTE) {
                    // parentheses and quotes leave a sentence start as it was ("improved.) Plan:")
                    sentenceStart = false;
                }
                afterOrdinaryColon = command == Command.COLON;
            } else {
                sentenceStart = false;
                afterOrdinaryColon = false;
            }
            i++;
        }
        return List.copyOf(out);
    }

    private Spoken.Structure heading(List<Spoken> stream, int start) {
        List<String> words = new ArrayList<>();
        int j = start;
        while (j < stream.size() && stream.get(j) instanceof Spoken.Word word && word.plain()) {
            words.add(word.text());
            j++;
        }
        if (words.isEmpty() || j >= stream.size()
                || !(stream.get(j) instanceof Spoken.Instruction colon) || colon.command() != Command.COLON) {
            return null;
        }
        String phrase = String.join(" ", words);
        String major = lexicons.headings.get(phrase);
        if (major != null) {
            return new Spoken.Structure(Spoken.StructureKind.HEADING, major + ":", stream.get(start).from(), colon.to());
        }
        String sub = lexicons.subheadings.get(phrase);
        if (sub != null) {
            return new Spoken.Structure(Spoken.StructureKind.SUBHEADING, sub + ":", stream.get(start).from(), colon.to());
        }
        return null;
    }

    private Spoken.Structure listMarker(List<Spoken> stream, int start) {
        List<String> words = new ArrayList<>();
        int j = start + 1;
        while (j < stream.size() && stream.get(j) instanceof Spoken.Word word && word.plain()) {
            words.add(word.text());
            j++;
        }
        if (words.isEmpty() || !NumberWords.startsRun(words.get(0))) {
            return null;
        }
        NumberReader.Reading reading = numbers.read(words, 0);
        if (reading == null || reading.number().hasFraction()) {
            return null;
        }
        int end = stream.get(start + reading.length()).to();
        return new Spoken.Structure(Spoken.StructureKind.LIST_MARKER, reading.number().integerDigits() + ".",
                stream.get(start).from(), end);
    }

    private static int indexAfter(List<Spoken> stream, int from, int wordEnd) {
        int j = from;
        while (j < stream.size() && stream.get(j).from() < wordEnd) {
            j++;
        }
        return j;
    }
}
