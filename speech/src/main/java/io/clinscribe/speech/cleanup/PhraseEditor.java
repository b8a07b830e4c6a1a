package io.clinscribe.speech.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2 (README section 5): applies "scratch that" / "delete that". Each removes what was dictated
 * since the last boundary, or, when nothing was, that boundary and the phrase before it. The start of
 * the dictation is a boundary that cannot be removed; a command with nothing left to delete is flagged.
 */
final class PhraseEditor {

    record Result(List<Spoken> stream, List<WordFlag> flags) {
    }

    Result edit(List<Spoken> stream) {
        List<Spoken> kept = new ArrayList<>();
        List<WordFlag> flags = new ArrayList<>();
        for (Spoken element : stream) {
            if (!(element instanceof Spoken.Instruction instruction) || instruction.command() != Command.SCRATCH_THAT) {
                kept.add(element);
                continue;
            }
            if (kept.isEmpty()) {
                flags.add(new WordFlag(instruction.from(), instruction.to(), "nothing to delete: scratch that"));
                continue;
            }
            int end = kept.size();
            if (isBoundary(kept.get(end - 1))) {
                end--; // rule 2: the boundary goes, with the phrase before it
            }
            int start = end;
            while (start > 0 && !isBoundary(kept.get(start - 1))) {
                start--;
            }
            kept.subList(start, kept.size()).clear();
        }
        return new Result(List.copyOf(kept), List.copyOf(flags));
    }

    private static boolean isBoundary(Spoken element) {
        return element instanceof Spoken.Instruction instruction && instruction.command().isBoundary();
    }
}
