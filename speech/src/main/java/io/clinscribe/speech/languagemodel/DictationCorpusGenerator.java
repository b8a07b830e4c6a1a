package io.clinscribe.speech.languagemodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates spoken-form clinical dictation lines (what a recogniser should emit) from the sentence
 * shapes and vocabulary of a {@link DictationLexicon}: sentences strung together, under headings and
 * subheadings, as numbered lists, with breaks and edits. The same seed gives the same lines.
 */
public final class DictationCorpusGenerator {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");
    private static final int[] DOSES_TENTHS = {5, 10, 20, 25, 50, 100, 125, 200, 250, 300, 400, 500, 750, 810, 1000,
        1250, 2000, 2500, 3250, 4000, 5000, 6000, 6500, 7500, 8000, 8500, 8750, 10000};

    private final DictationLexicon lexicon;
    private final List<String> headingSlots = List.of("heading", "subheading");

    public DictationCorpusGenerator(DictationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@code count} dictation lines, each a list of spoken words. */
    public List<List<String>> lines(int count, long seed) {
        Random random = new Random(seed);
        List<List<String>> lines = new ArrayList<>(count + lexiconLines().size());
        // every lexicon entry at least once in a carrier phrase, so no entry lacks n-grams
        lines.addAll(lexiconLines());
        for (int i = 0; i < count; i++) {
            lines.add(Arrays.asList(line(random).split(" ")));
        }
        return lines;
    }

    private List<List<String>> lexiconLines() {
        List<List<String>> result = new ArrayList<>();
        lexicon.slots().forEach((slot, entries) -> {
            for (String entry : entries) {
                String text = headingSlots.contains(slot) ? entry + " colon" : entry + " period";
                result.add(Arrays.asList(text.split(" ")));
            }
        });
        return result;
    }

    String line(Random random) {
        StringBuilder line = new StringBuilder();
        int shape = random.nextInt(10);
        if (shape < 3) {
            line.append(pick(lexicon.slot("heading"), random)).append(" colon ");
        } else if (shape == 3) {
            line.append(pick(lexicon.slot("subheading"), random)).append(" colon ");
        }
        if (shape == 4) {
            line.append(pick(List.of("plan", "medications", "discharge medications", "assessment and plan",
                    "impression", "diagnoses", "home medications"), random)).append(" colon ");
            int items = 2 + random.nextInt(3);
            for (int i = 1; i <= items; i++) {
                line.append("number ").append(SpokenNumbers.cardinal(i)).append(' ').append(sentence(random)).append(' ');
            }
        } else {
            int sentences = 1 + random.nextInt(3);
            for (int i = 0; i < sentences; i++) {
                line.append(sentence(random)).append(' ');
                if (random.nextInt(15) == 0) {
                    appendEdit(line, random);
                }
            }
        }
        int ending = random.nextInt(12);
        if (ending == 0) {
            line.append("new paragraph ");
        } else if (ending == 1) {
            line.append("new line ");
        }
        return line.toString().strip().replaceAll(" +", " ");
    }

    /** A phrase the dictator takes back ("... scratch that") and what is dictated instead. */
    private void appendEdit(StringBuilder line, Random random) {
        String[] words = sentence(random).split(" ");
        int kept = 1 + random.nextInt(Math.max(1, words.length - 1));
        line.append(String.join(" ", Arrays.asList(words).subList(0, kept)));
        line.append(random.nextInt(3) == 0 ? " delete that " : " scratch that ");
        line.append(sentence(random)).append(' ');
    }

    private String sentence(Random random) {
        String template = pick(lexicon.templates(), random);
        String[] alternatives = template.split(" \\| ");
        String chosen = alternatives[random.nextInt(alternatives.length)];
        if (alternatives.length > 1 && !chosen.endsWith(" period") && template.endsWith(" period")) {
            chosen = chosen + " period";
        }
        Matcher m = SLOT.matcher(chosen);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(fill(m.group(1), random)));
        }
        m.appendTail(out);
        String text = out.toString();
        // a dictator sometimes ends with no punctuation or with a comma instead
        if (text.endsWith(" period") && random.nextInt(15) == 0) {
            text = text.substring(0, text.length() - " period".length());
        }
        return text;
    }

    private String fill(String slot, Random random) {
        switch (slot) {
            case "num":
                return random.nextInt(5) < 3 ? SpokenNumbers.cardinal(1 + random.nextInt(99))
                        : SpokenNumbers.casual(100 + random.nextInt(150), random);
            case "small":
                return SpokenNumbers.cardinal(1 + random.nextInt(random.nextInt(4) == 0 ? 12 : 9));
            case "age":
                return SpokenNumbers.cardinal(1 + random.nextInt(95));
            case "dose": {
                int tenths = DOSES_TENTHS[random.nextInt(DOSES_TENTHS.length)];
                return tenths % 10 == 0 ? SpokenNumbers.casual(tenths / 10, random)
                        : SpokenNumbers.decimal(tenths / 10, tenths % 10, 1, random);
            }
            case "dec":
                return SpokenNumbers.decimal(random.nextInt(random.nextBoolean() ? 10 : 150), random.nextInt(10), 1, random);
            case "lab_value":
                return random.nextBoolean() ? fill("dec", random) : fill("num", random);
            case "bp":
                return SpokenNumbers.casual(90 + random.nextInt(100), random) + " over "
                        + SpokenNumbers.cardinal(50 + random.nextInt(60));
            case "tempf":
                return SpokenNumbers.decimal(96 + random.nextInt(9), random.nextInt(10), 1, random);
            case "tempc":
                return SpokenNumbers.decimal(36 + random.nextInt(5), random.nextInt(10), 1, random);
            case "pct":
                return SpokenNumbers.cardinal(82 + random.nextInt(19));
            case "year":
                return SpokenNumbers.year(1960 + random.nextInt(66), random);
            case "large": {
                int thousands = new int[] {1, 2, 4, 5, 10, 14, 50, 100, 150, 250}[random.nextInt(10)];
                int hundreds = random.nextInt(3) == 0 ? random.nextInt(10) * 100 : 0;
                return SpokenNumbers.cardinal(thousands * 1000 + hundreds);
            }
            case "clock":
                return SpokenNumbers.clock(random);
            case "date": {
                String month = pick(lexicon.slot("month"), random);
                int day = 1 + random.nextInt(31);
                if (random.nextInt(3) == 0) {
                    return month + " " + SpokenNumbers.cardinal(day);
                }
                String date = month + " " + SpokenNumbers.ordinal(day);
                return random.nextBoolean() ? date + " " + SpokenNumbers.year(2015 + random.nextInt(11), random) : date;
            }
            default:
                // the terminology's terms stand in for the hand-picked ones now and then, so its
                // vocabulary is recognisable in the positions dictation puts such words
                if (lexicon.hasSlot("term_" + slot) && random.nextInt(3) == 0) {
                    return pick(lexicon.slot("term_" + slot), random);
                }
                return pick(lexicon.slot(slot), random);
        }
    }

    private static String pick(List<String> entries, Random random) {
        return entries.get(random.nextInt(entries.size()));
    }
}
