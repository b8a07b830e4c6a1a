package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * README 11.1-11.2 and 11.4: runs of two or more letters are cut from the left by the letter lexicon
 * (longest entry first), uncovered letters joined in upper case; {@code a} is the article unless it
 * follows {@code an} or a letter; {@code q} before a number ends a run. Single letters: {@code a} stays,
 * {@code i} is I, any other is upper case.
 */
final class LetterRunStage implements PhraseStage {

    private final CleanupLexicons lexicons;
    private final int longest;

    LetterRunStage(CleanupLexicons lexicons) {
        this.lexicons = lexicons;
        this.longest = lexicons.letters.keySet().stream().mapToInt(CleanupLexicons::length).max().orElse(1);
    }

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item item = items.get(i);
            if (item.kind() != Item.Kind.LETTER) {
                out.add(item);
                i++;
                continue;
            }
            Item previous = i > 0 ? items.get(i - 1) : null;
            boolean startsRun = !item.spoken().equals("a") || previous != null && previous.isWord("an");
            int end = i + 1;
            if (startsRun && !endsRun(items, i)) {
                while (end < items.size() && items.get(end).kind() == Item.Kind.LETTER && !endsRun(items, end)) {
                    end++;
                }
            }
            if (end - i >= 2) {
                cut(items.subList(i, end), out);
            } else {
                out.add(single(item));
            }
            i = end;
        }
        return out;
    }

    /** {@code q} followed by a number ends a run (and is itself no part of it). */
    private static boolean endsRun(List<Item> items, int k) {
        return items.get(k).isLetter("q") && k + 1 < items.size() && items.get(k + 1).kind() == Item.Kind.NUMBER;
    }

    private void cut(List<Item> run, List<Item> out) {
        int uncoveredFrom = -1;
        int p = 0;
        while (p < run.size()) {
            CleanupLexicons.Entry entry = null;
            int length = Math.min(longest, run.size() - p);
            for (; length >= 2; length--) {
                StringBuilder key = new StringBuilder();
                for (int k = p; k < p + length; k++) {
                    key.append(k > p ? " " : "").append(run.get(k).spoken());
                }
                entry = lexicons.letters.get(key.toString());
                if (entry != null) {
                    break;
                }
            }
            if (entry == null) {
                if (uncoveredFrom < 0) {
                    uncoveredFrom = p;
                }
                p++;
                continue;
            }
            flushUncovered(run, uncoveredFrom, p, out);
            uncoveredFrom = -1;
            out.add(Item.written(entry.written(), run.get(p).from(), run.get(p + length - 1).to(), role(entry)));
            p += length;
        }
        flushUncovered(run, uncoveredFrom, run.size(), out);
    }

    private static void flushUncovered(List<Item> run, int from, int to, List<Item> out) {
        if (from < 0) {
            return;
        }
        StringBuilder letters = new StringBuilder();
        for (int k = from; k < to; k++) {
            letters.append(run.get(k).spoken().toUpperCase(Locale.ROOT));
        }
        out.add(Item.written(letters.toString(), run.get(from).from(), run.get(to - 1).to(), Item.Role.PLAIN));
    }

    private static Item.Role role(CleanupLexicons.Entry entry) {
        return switch (entry.kind()) {
            case "UNIT_ABBREVIATED" -> Item.Role.UNIT_ABBREVIATED;
            case "UNIT_WRITTEN" -> Item.Role.UNIT_WRITTEN;
            default -> Item.Role.PLAIN;
        };
    }

    private static Item single(Item letter) {
        if (letter.spoken().equals("a")) {
            return new Item(Item.Kind.WORD, "a", "a", letter.from(), letter.to(), Spoken.Capitalisation.NONE, false,
                    null, 0, Item.Role.PLAIN);
        }
        return letter.asWritten(letter.spoken().toUpperCase(Locale.ROOT), Item.Role.PLAIN);
    }
}
