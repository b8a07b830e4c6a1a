package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * README 11.3: {@code q} + number (or a {@code to} range) + {@code h} gives {@code q.6 h.} /
 * {@code q.4-6 h.}; {@code q} + number + a time unit gives {@code q.5 minutes}.
 */
final class QFormStage implements PhraseStage {

    private final CleanupLexicons lexicons;

    QFormStage(CleanupLexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item q = items.get(i);
            if (q.isLetter("q") && i + 2 < items.size() && items.get(i + 1).kind() == Item.Kind.NUMBER) {
                int end = i + 2;
                String numbers = items.get(i + 1).number().written();
                if (end + 1 < items.size() && items.get(end).isWord("to")
                        && items.get(end + 1).kind() == Item.Kind.NUMBER) {
                    numbers += "-" + items.get(end + 1).number().written();
                    end += 2;
                }
                if (end < items.size() && items.get(end).isLetter("h")) {
                    out.add(Item.written("q." + numbers + " h.", q.from(), items.get(end).to(), Item.Role.NUMERIC));
                    i = end + 1;
                    continue;
                }
                if (end < items.size() && items.get(end).isPlainWord()
                        && lexicons.timeUnits.contains(items.get(end).spoken())) {
                    out.add(Item.written("q." + numbers, q.from(), items.get(end - 1).to(), Item.Role.NUMERIC));
                    i = end;
                    continue;
                }
            }
            out.add(q);
            i++;
        }
        return out;
    }
}
