package io.clinscribe.speech.cleanup;

/**
 * One element of the spoken stream once commands are recognised: a dictated word, a command, or (after
 * structure finding) a heading, subheading or list marker. Word indices are into the cleaner's input.
 */
sealed interface Spoken permits Spoken.Word, Spoken.Instruction, Spoken.Structure {

    int from();

    int to();

    /** How a {@code cap} or {@code all caps} command changed a word. */
    enum Capitalisation { NONE, CAP, ALL_CAPS }

    /**
     * A dictated word. {@code from} is the first word of its capitalisation or numeral command when one
     * was spoken before it, {@code index} the word itself.
     */
    record Word(String text, int from, int index, Capitalisation capitalisation, boolean numeral) implements Spoken {
        @Override
        public int to() {
            return index + 1;
        }

        /** A word with no command attached: the only kind that can form a heading. */
        boolean plain() {
            return capitalisation == Capitalisation.NONE && !numeral;
        }
    }

    record Instruction(Command command, int from, int to) implements Spoken {
    }

    enum StructureKind { HEADING, SUBHEADING, LIST_MARKER }

    /** A heading or subheading with its colon, or a list marker ("number one"), already written. */
    record Structure(StructureKind kind, String written, int from, int to) implements Spoken {
    }
}
