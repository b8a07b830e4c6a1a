package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1 (README section 4): finds the spoken commands, longest first, applying the only exceptions the
 * conventions allow ({@code period} and {@code colon} as words, {@code cap}, {@code all caps} and
 * {@code numeral} only before the right kind of word). Capitalisation and numeral commands are folded
 * into the word they modify.
 */
final class CommandRecognizer {

    record Result(List<Spoken> stream, List<WordFlag> flags) {
    }

    private final CleanupLexicons lexicons;

    CommandRecognizer(CleanupLexicons lexicons) {
        this.lexicons = lexicons;
    }

    Result recognise(List<String> words) {
        List<Spoken> out = new ArrayList<>();
        List<WordFlag> flags = new ArrayList<>();
        int modifierFrom = -1;
        Spoken.Capitalisation capitalisation = Spoken.Capitalisation.NONE;
        boolean numeral = false;
        int i = 0;
        while (i < words.size()) {
            int length = commandLength(words, i);
            if (length > 0) {
                String phrase = String.join(" ", words.subList(i, i + length));
                Command command = lexicons.commands.get(phrase);
                Spoken previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (isCommandHere(command, phrase, words, i, length, previous)) {
                    switch (command) {
                        case CAP, ALL_CAPS, NUMERAL -> {
                            if (modifierFrom < 0) {
                                modifierFrom = i;
                            }
                            if (command == Command.NUMERAL) {
                                numeral = true;
                            } else {
                                capitalisation = command == Command.CAP
                                        ? Spoken.Capitalisation.CAP : Spoken.Capitalisation.ALL_CAPS;
                            }
                        }
                        default -> out.add(new Spoken.Instruction(command, i, i + length));
                    }
                    i += length;
                    continue;
                }
                if (command == Command.CAP || command == Command.ALL_CAPS || command == Command.NUMERAL) {
                    flags.add(new WordFlag(i, i + length, "command word kept as a word: " + phrase));
                    for (int k = i; k < i + length - 1; k++) {
                        out.add(new Spoken.Word(words.get(k), k, k, Spoken.Capitalisation.NONE, false));
                    }
                    i += length - 1;
                }
            }
            int from = modifierFrom >= 0 ? modifierFrom : i;
            out.add(new Spoken.Word(words.get(i), from, i, capitalisation, numeral));
            modifierFrom = -1;
            capitalisation = Spoken.Capitalisation.NONE;
            numeral = false;
            i++;
        }
        return new Result(List.copyOf(out), List.copyOf(flags));
    }

    /** Length of the longest command phrase starting at {@code i}, or 0. */
    int commandLength(List<String> words, int i) {
        for (int length = Math.min(lexicons.longestCommand, words.size() - i); length > 0; length--) {
            if (lexicons.commands.containsKey(String.join(" ", words.subList(i, i + length)))) {
                return length;
            }
        }
        return 0;
    }

    private boolean isCommandHere(Command command, String phrase, List<String> words, int i, int length,
                                  Spoken previous) {
        String next = i + length < words.size() ? words.get(i + length) : null;
        // "the word dictated just before" counts only if it was dictated as a word, not as a command
        String previousWord = previous instanceof Spoken.Word word && word.index() == i - 1 ? word.text() : null;
        switch (command) {
            case PERIOD:
                if (!phrase.equals("period")) {
                    return true;
                }
                return !(previousWord != null && lexicons.periodWordAfter.contains(previousWord))
                        && !(next != null && lexicons.periodWordBefore.contains(next));
            case COLON:
                if (!phrase.equals("colon")) {
                    return true;
                }
                return !(previousWord != null && lexicons.colonOrganAfter.contains(previousWord))
                        && !(next != null && lexicons.colonOrganBefore.contains(next));
            case CAP:
            case ALL_CAPS:
                return next != null && !NumberWords.isCardinal(next) && commandLength(words, i + length) == 0;
            case NUMERAL:
                return next != null && (NumberWords.startsRun(next)
                        || next.equals("point") && i + length + 1 < words.size()
                        && NumberWords.startsRun(words.get(i + length + 1)));
            default:
                return true;
        }
    }
}
