package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dictation clean-up: turns a recogniser's spoken word stream into the text a US medical
 * transcriptionist would type (the conventions of {@code eval/dictation/README.md}), remembering which
 * spoken words each piece of text came from and flagging uncertain spots for review.
 *
 * <p>Built once from its lexicons and shared: immutable and thread-safe. The work is a chain of small
 * stages: command recognition, editing ("scratch that"), headings and list markers, phrase formatting
 * (times, fixed expressions, dates, ordinals, q-forms, numbers, letters, proper nouns, units), and
 * assembly.
 */
public final class DictationCleanup {

    private static final Pattern VARIANT_MARKER = Pattern.compile("\\(\\d+\\)$");

    private final CommandRecognizer commands;
    private final PhraseEditor editor;
    private final StructureFinder structure;
    private final MisheardCommandSpotter misheard;
    private final PhraseFormatter formatter;
    private final TranscriptAssembler assembler;

    private DictationCleanup(CleanupLexicons lexicons) {
        NumberReader reader = new NumberReader();
        this.commands = new CommandRecognizer(lexicons);
        this.editor = new PhraseEditor();
        this.structure = new StructureFinder(lexicons, reader);
        this.misheard = new MisheardCommandSpotter(lexicons);
        this.formatter = PhraseFormatter.standard(lexicons, reader);
        this.assembler = new TranscriptAssembler();
    }

    /** The conventions of the clean-up pairs, with the lexicons shipped in this package. */
    public static DictationCleanup standard() {
        return new DictationCleanup(CleanupLexicons.load());
    }

    /** Cleans a line of spoken words separated by whitespace. */
    public CleanTranscript clean(String spokenLine) {
        String trimmed = spokenLine == null ? "" : spokenLine.strip();
        return clean(trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+")));
    }

    /**
     * Cleans the recogniser's words, in order. Word indices of the result's pieces and flags are indices
     * into this list.
     */
    public CleanTranscript clean(List<String> spokenWords) {
        List<String> words = new ArrayList<>(spokenWords.size());
        for (String word : spokenWords) {
            // a recogniser's pronunciation-variant marker ("read(2)") is not part of the word
            words.add(VARIANT_MARKER.matcher(word.strip()).replaceFirst("").toLowerCase(Locale.ROOT));
        }
        if (words.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("spoken words must not be blank");
        }
        CommandRecognizer.Result recognised = commands.recognise(words);
        PhraseEditor.Result edited = editor.edit(recognised.stream());
        List<Spoken> structured = structure.find(edited.stream());
        List<WordFlag> flags = new ArrayList<>(recognised.flags());
        flags.addAll(edited.flags());
        flags.addAll(misheard.spot(structured));
        return assembler.assemble(formatter.format(structured), flags);
    }
}
