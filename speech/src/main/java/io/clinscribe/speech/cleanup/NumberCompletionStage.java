package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * README 8.4-8.6 and section 10: completes each number with its chain, its connectors and its unit, and
 * decides digits or words. A chain is numbers joined by to/or/and/through/over/by/out of; if any of its
 * numbers is written in digits, all are. Units after the last number apply to the whole chain, and so
 * does a trigger before the first.
 */
final class NumberCompletionStage implements PhraseStage {

    private final CleanupLexicons lexicons;

    NumberCompletionStage(CleanupLexicons lexicons) {
        this.lexicons = lexicons;
    }

    private enum UnitKind { ABBREVIATED, PERCENT, WRITTEN }

    /** A unit found after a number: items {@code [start, end)}, how it is written and what it is. */
    private record Unit(UnitKind kind, String spoken, String written, int start, int end, boolean age,
                        boolean compound) {
    }

    private record Connector(String spoken, int length) {
    }

    @Override
    public List<Item> apply(List<Item> items, Context context) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item item = items.get(i);
            if (item.kind() != Item.Kind.NUMBER) {
                out.add(item);
                i++;
                continue;
            }
            Item previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.isWord("times")) {
                // "oriented times three" gives "oriented x3"
                out.remove(out.size() - 1);
                out.add(Item.written("x" + item.number().written(), previous.from(), item.to(), Item.Role.NUMERIC));
                i++;
                continue;
            }
            i = complete(items, i, out, context);
        }
        return out;
    }

    /** Numbers joined by connectors, items {@code [start, end)}. */
    private record Chain(List<Item> numbers, List<Item> connectors, int start, int end) {

        boolean hasConnector(String connector) {
            return connectors.stream().anyMatch(c -> c.text().equals(connector));
        }

        boolean onlyConnector(String connector) {
            return !connectors.isEmpty() && connectors.stream().allMatch(c -> c.text().equals(connector));
        }

        Item last() {
            return numbers.get(numbers.size() - 1);
        }
    }

    /** Completes the chain starting at {@code items[start]}; returns the index after everything it used. */
    private int complete(List<Item> items, int start, List<Item> out, Context context) {
        Chain chain = chainAt(items, start);
        int k = chain.end();
        Item before = out.isEmpty() ? null : out.get(out.size() - 1);
        Item beforeThat = out.size() > 1 ? out.get(out.size() - 2) : null;
        Unit unit = unitAt(items, k);

        boolean plus = unit == null && k < items.size() && items.get(k).isWord("plus")
                && (k + 1 >= items.size() || items.get(k + 1).kind() != Item.Kind.NUMBER);
        boolean rate = unit == null && k + 2 < items.size() && items.get(k).kind() == Item.Kind.WORD
                && items.get(k + 1).isWord("per") && items.get(k + 2).isPlainWord()
                && lexicons.timeUnits.contains(items.get(k + 2).spoken());
        boolean cranial = before != null && (before.isWord("nerve") || before.isWord("nerves"))
                && beforeThat != null && beforeThat.isWord("cranial");
        boolean trigger = before != null
                && (before.kind() == Item.Kind.WORD && lexicons.digitTriggers.contains(before.spoken())
                || before.kind() == Item.Kind.WRITTEN && lexicons.digitTriggers.contains(before.text()));
        boolean joined = start == 0 && context.joinBefore() || k == items.size() && context.joinAfter();
        boolean digits = !cranial && (unit != null || plus || rate || trigger || joined
                || chain.numbers().stream().anyMatch(n -> n.numeral() || !n.number().isCount())
                || chain.hasConnector("over") || chain.hasConnector("by") || chain.hasConnector("out of"));
        boolean hyphenRange = unit != null && chain.onlyConnector("to") && !(before != null && before.isWord("from"));
        boolean percent = unit != null && unit.kind() == UnitKind.PERCENT;

        List<String> texts = new ArrayList<>();
        for (int n = 0; n < chain.numbers().size(); n++) {
            Item number = chain.numbers().get(n);
            String text = cranial ? NumberWords.roman(number.number().value().intValue())
                    : digits || number.spoken().isEmpty() ? number.number().written() : number.spoken();
            boolean last = n == chain.numbers().size() - 1;
            if (percent && (hyphenRange || last)) {
                text += "%"; // repeated on both ends of a range: 90%-94%
            }
            if (plus && last) {
                text += "+"; // "2+ pulses": the plus is written on the number
            }
            texts.add(text);
        }

        Item first = chain.numbers().get(0);
        if (chain.connectors().isEmpty() && unit != null && (unit.age() || adjective(unit, first))) {
            String text = texts.get(0) + "-" + unit.spoken() + (unit.age() ? "-old" : "");
            out.add(Item.written(text, first.from(), items.get(unit.end() - 1).to(), Item.Role.NUMERIC));
            return unit.end();
        }
        int lastTo = percent ? items.get(unit.end() - 1).to() : plus ? items.get(k).to() : chain.last().to();
        writeChain(chain, texts, hyphenRange, cranial, digits || cranial ? Item.Role.NUMERIC : Item.Role.PLAIN,
                lastTo, out);
        if (unit == null) {
            return plus ? k + 1 : k;
        }
        if (!percent) {
            if (unit.kind() == UnitKind.ABBREVIATED || unit.compound()) {
                out.add(Item.written(unit.written(), items.get(unit.start()).from(), items.get(unit.end() - 1).to(),
                        Item.Role.NUMERIC));
            } else {
                out.addAll(items.subList(unit.start(), unit.end()));
            }
        }
        return unit.end();
    }

    private static Chain chainAt(List<Item> items, int start) {
        List<Item> numbers = new ArrayList<>();
        List<Item> connectors = new ArrayList<>();
        numbers.add(items.get(start));
        int k = start + 1;
        while (true) {
            Connector connector = connectorAt(items, k);
            if (connector == null || k + connector.length() >= items.size()
                    || items.get(k + connector.length()).kind() != Item.Kind.NUMBER) {
                return new Chain(numbers, connectors, start, k);
            }
            connectors.add(Item.written(connector.spoken(), items.get(k).from(),
                    items.get(k + connector.length() - 1).to(), Item.Role.PLAIN));
            numbers.add(items.get(k + connector.length()));
            k += connector.length() + 1;
        }
    }

    /**
     * Writes the numbers and connectors of a chain: glued connectors ({@code /}, a range's {@code -}) join
     * their neighbours into one piece of text, the others stay words ({@code x}, {@code to}, {@code and}).
     */
    private static void writeChain(Chain chain, List<String> texts, boolean hyphenRange, boolean cranial,
                                   Item.Role role, int lastTo, List<Item> out) {
        StringBuilder glued = new StringBuilder(texts.get(0));
        int gluedFrom = chain.numbers().get(0).from();
        int gluedTo = chain.numbers().get(0).to();
        for (int c = 0; c < chain.connectors().size(); c++) {
            String spoken = chain.connectors().get(c).text();
            String symbol = spoken.equals("over") && !cranial ? "/" : spoken.equals("to") && hyphenRange ? "-" : null;
            Item next = chain.numbers().get(c + 1);
            if (symbol != null) {
                glued.append(symbol).append(texts.get(c + 1));
            } else {
                out.add(Item.written(glued.toString(), gluedFrom, gluedTo, role));
                String word = spoken.equals("by") && !cranial ? "x" : spoken;
                out.add(chain.connectors().get(c).asWritten(word, Item.Role.PLAIN));
                glued = new StringBuilder(texts.get(c + 1));
                gluedFrom = next.from();
            }
            gluedTo = next.to();
        }
        out.add(Item.written(glued.toString(), gluedFrom, Math.max(gluedTo, lastTo), role));
    }

    /** A number other than 1 before a singular written-out unit is a compound adjective: "3-day". */
    private boolean adjective(Unit unit, Item number) {
        return unit.kind() == UnitKind.WRITTEN && !unit.compound() && lexicons.adjectiveUnits.contains(unit.spoken())
                && !number.number().isOne();
    }

    private static Connector connectorAt(List<Item> items, int k) {
        if (k >= items.size()) {
            return null;
        }
        Item item = items.get(k);
        if (item.isWord("out") && k + 1 < items.size() && items.get(k + 1).isWord("of")) {
            return new Connector("out of", 2);
        }
        for (String word : List.of("to", "or", "and", "through", "over", "by")) {
            if (item.isWord(word)) {
                return new Connector(word, 1);
            }
        }
        return null;
    }

    /** The unit starting at {@code items[k]}, longest phrase first, with its compound or age ending. */
    private Unit unitAt(List<Item> items, int k) {
        if (k >= items.size()) {
            return null;
        }
        Item first = items.get(k);
        UnitKind kind = null;
        String spoken = null;
        String written = null;
        int end = k;
        if (first.kind() == Item.Kind.WRITTEN && first.role() == Item.Role.UNIT_ABBREVIATED) {
            kind = UnitKind.ABBREVIATED;
            spoken = first.text();
            written = first.text();
            end = k + 1;
        } else if (first.kind() == Item.Kind.WRITTEN && first.role() == Item.Role.UNIT_WRITTEN) {
            kind = UnitKind.WRITTEN;
            spoken = first.text();
            written = first.text();
            end = k + 1;
        } else {
            for (int length = Math.min(3, items.size() - k); length > 0 && kind == null; length--) {
                StringBuilder phrase = new StringBuilder();
                boolean plain = true;
                for (int j = k; j < k + length; j++) {
                    plain &= items.get(j).kind() == Item.Kind.WORD
                            && items.get(j).capitalisation() == Spoken.Capitalisation.NONE;
                    phrase.append(j > k ? " " : "").append(items.get(j).spoken());
                }
                CleanupLexicons.Entry entry = plain ? lexicons.units.get(phrase.toString()) : null;
                if (entry != null) {
                    kind = UnitKind.valueOf(entry.kind());
                    spoken = phrase.toString();
                    written = entry.written();
                    end = k + length;
                }
            }
        }
        if (kind == null) {
            return null;
        }
        if (kind == UnitKind.WRITTEN && lexicons.ageUnits.contains(spoken) && end < items.size()
                && items.get(end).isWord("old")) {
            return new Unit(kind, spoken, written, k, end + 1, true, false);
        }
        boolean compound = false;
        if (kind == UnitKind.ABBREVIATED || lexicons.compoundUnitHeads.contains(spoken)) {
            for (int pairs = 0; pairs < 2 && end + 1 < items.size() && items.get(end).isWord("per")
                    && items.get(end + 1).isPlainWord()
                    && lexicons.denominators.containsKey(items.get(end + 1).spoken()); pairs++) {
                written += "/" + lexicons.denominators.get(items.get(end + 1).spoken());
                end += 2;
                compound = true;
            }
        }
        return new Unit(kind, spoken, written, k, end, false, compound);
    }
}
