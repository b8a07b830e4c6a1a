package io.clinscribe.speech.cleanup;

/**
 * One unit of a phrase while it is being formatted: a word, a letter, a number, an ordinal, or text
 * already written by an earlier stage. {@code spoken} is what was dictated (lower case), {@code text}
 * what will be written; {@code [from, to)} are the spoken words it came from.
 */
record Item(Kind kind, String spoken, String text, int from, int to, Spoken.Capitalisation capitalisation,
            boolean numeral, SpokenNumber number, int ordinal, Role role) {

    enum Kind { WORD, LETTER, NUMBER, ORDINAL, WRITTEN }

    /**
     * What written text is, where later stages care: an abbreviated or written-out unit (from letters such
     * as {@code c c}), or numeric text that capitalisation leaves alone.
     */
    enum Role { PLAIN, UNIT_ABBREVIATED, UNIT_WRITTEN, NUMERIC, CODE }

    static Item of(Spoken.Word word) {
        boolean letter = word.text().length() == 1 && Character.isLetter(word.text().charAt(0))
                && word.capitalisation() == Spoken.Capitalisation.NONE;
        return new Item(letter ? Kind.LETTER : Kind.WORD, word.text(), word.text(), word.from(), word.to(),
                word.capitalisation(), word.numeral(), null, 0, Role.PLAIN);
    }

    static Item written(String text, int from, int to, Role role) {
        return new Item(Kind.WRITTEN, text, text, from, to, Spoken.Capitalisation.NONE, false, null, 0, role);
    }

    static Item number(SpokenNumber number, String spoken, int from, int to, boolean numeral) {
        return new Item(Kind.NUMBER, spoken, number.written(), from, to, Spoken.Capitalisation.NONE, numeral, number, 0,
                Role.NUMERIC);
    }

    static Item ordinal(String spoken, int value, int from, int to) {
        return new Item(Kind.ORDINAL, spoken, spoken, from, to, Spoken.Capitalisation.NONE, false, null, value,
                Role.PLAIN);
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && capitalisation == Spoken.Capitalisation.NONE && spoken.equals(word);
    }

    boolean isPlainWord() {
        return kind == Kind.WORD && capitalisation == Spoken.Capitalisation.NONE;
    }

    boolean isLetter(String letter) {
        return kind == Kind.LETTER && spoken.equals(letter);
    }

    Item withText(String newText) {
        return new Item(kind, spoken, newText, from, to, capitalisation, numeral, number, ordinal, role);
    }

    Item asWritten(String newText, Role newRole) {
        return new Item(Kind.WRITTEN, spoken, newText, from, to, capitalisation, numeral, number, ordinal, newRole);
    }
}
