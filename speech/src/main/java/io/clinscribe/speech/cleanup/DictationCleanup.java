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
    private static final Pattern FILLER = Pattern.compile("<.*>|\\[.*]");

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
     * into this list. Blank entries and recogniser fillers ({@code <sil>}, {@code [noise]}) are skipped;
     * a pronunciation-variant marker ({@code read(2)}) is dropped.
     */
    public CleanTranscript clean(List<String> spokenWords) {
        List<String> words = new ArrayList<>(spokenWords.size());
        int[] original = new int[spokenWords.size()];
        for (int i = 0; i < spokenWords.size(); i++) {
            String word = VARIANT_MARKER.matcher(spokenWords.get(i).strip()).replaceFirst("").toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !FILLER.matcher(word).matches()) {
                original[words.size()] = i;
                words.add(word);
            }
        }
        CommandRecognizer.Result recognised = commands.recognise(words);
        PhraseEditor.Result edited = editor.edit(recognised.stream());
        List<Spoken> structured = structure.find(edited.stream());
        List<WordFlag> flags = new ArrayList<>(recognised.flags());
        flags.addAll(edited.flags());
        flags.addAll(misheard.spot(structured));
        CleanTranscript transcript = assembler.assemble(formatter.format(structured), flags);
        return words.size() == spokenWords.size() ? transcript : toInputIndices(transcript, original);
    }

    /** Re-indexes pieces and flags from the kept words to the caller's list. */
    private static CleanTranscript toInputIndices(CleanTranscript transcript, int[] original) {
        List<SourcedText> pieces = transcript.pieces().stream()
                .map(p -> new SourcedText(p.begin(), p.end(), original[p.firstWord()], original[p.endWord() - 1] + 1))
                .toList();
        List<ReviewFlag> flags = transcript.reviewFlags().stream()
                .map(f -> new ReviewFlag(f.begin(), f.end(), original[f.firstWord()],
                        f.endWord() > f.firstWord() ? original[f.endWord() - 1] + 1 : original[f.firstWord()], f.reason()))
                .toList();
        return new CleanTranscript(transcript.text(), pieces, flags);
    }

    /** True for a spoken word that is part of a number ("ten", "hundred", "point", "oh"). */
    public static boolean isNumberWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return NumberWords.isCardinal(w) || w.equals("point") || w.equals("oh");
    }
}
