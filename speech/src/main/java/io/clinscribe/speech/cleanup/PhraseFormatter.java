package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4 (README section 3, step 4): formats the words between two commands through a fixed chain of
 * {@link PhraseStage}s, in the README's order, and turns commands and structure into assembly input.
 */
final class PhraseFormatter {

    private final List<PhraseStage> stages;

    PhraseFormatter(List<PhraseStage> stages) {
        this.stages = List.copyOf(stages);
    }

    static PhraseFormatter standard(CleanupLexicons lexicons, NumberReader reader) {
        return new PhraseFormatter(List.of(
                new FixedExpressionStage(lexicons),
                new NumberRunStage(reader),
                new TimeOfDayStage(),
                new DateStage(lexicons),
                new OrdinalStage(),
                new QFormStage(lexicons),
                new LetterCodeStage(),
                new LetterRunStage(lexicons),
                new ProperNounStage(lexicons),
                new NumberCompletionStage(lexicons),
                new CapitalisationCommandStage()));
    }

    List<Rendered> format(List<Spoken> stream) {
        List<Rendered> out = new ArrayList<>();
        int i = 0;
        while (i < stream.size()) {
            Spoken element = stream.get(i);
            if (element instanceof Spoken.Word) {
                int end = i;
                List<Item> items = new ArrayList<>();
                while (end < stream.size() && stream.get(end) instanceof Spoken.Word word) {
                    items.add(Item.of(word));
                    end++;
                }
                PhraseStage.Context context = new PhraseStage.Context(isJoin(stream, i - 1), isJoin(stream, end));
                for (PhraseStage stage : stages) {
                    items = stage.apply(items, context);
                }
                for (Item item : items) {
                    out.add(new Rendered(Rendered.Kind.WORD, item.text(), item.from(), item.to(),
                            item.role() != Item.Role.NUMERIC));
                }
                i = end;
                continue;
            }
            if (element instanceof Spoken.Instruction instruction) {
                out.add(new Rendered(kindOf(instruction.command()), instruction.command().written(), instruction.from(),
                        instruction.to(), false));
            } else if (element instanceof Spoken.Structure structure) {
                Rendered.Kind kind = switch (structure.kind()) {
                    case HEADING -> Rendered.Kind.HEADING;
                    case SUBHEADING -> Rendered.Kind.SUBHEADING;
                    case LIST_MARKER -> Rendered.Kind.LIST_MARKER;
                };
                out.add(new Rendered(kind, structure.written(), structure.from(), structure.to(), false));
            }
            i++;
        }
        return out;
    }

    private static boolean isJoin(List<Spoken> stream, int k) {
        return k >= 0 && k < stream.size() && stream.get(k) instanceof Spoken.Instruction instruction
                && instruction.command().isJoin();
    }

    private static Rendered.Kind kindOf(Command command) {
        if (command.isJoin()) {
            return Rendered.Kind.JOIN;
        }
        if (command.isBreak()) {
            return Rendered.Kind.BREAK;
        }
        return switch (command) {
            case OPEN_QUOTE -> Rendered.Kind.OPEN_QUOTE;
            case CLOSE_QUOTE -> Rendered.Kind.CLOSE_QUOTE;
            default -> Rendered.Kind.MARK;
        };
    }
}
