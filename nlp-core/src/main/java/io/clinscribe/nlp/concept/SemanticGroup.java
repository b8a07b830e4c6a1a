package io.clinscribe.nlp.concept;

import java.util.Collection;

/** UMLS semantic groups, as far as they decide what kind of entry a concept can become. */
public enum SemanticGroup {
    DISORDER, FINDING, PROCEDURE, DRUG, ANATOMY, OTHER;

    /** The group of one semantic type (T047 ...). */
    public static SemanticGroup of(String tui) {
        return switch (tui) {
            case "T019", "T020", "T037", "T046", "T047", "T048", "T049", "T050", "T190", "T191", "T184" -> DISORDER;
            case "T033" -> FINDING;
            case "T059", "T060", "T061", "T058", "T063" -> PROCEDURE;
            case "T109", "T110", "T114", "T115", "T116", "T118", "T119", "T121", "T122", "T123", "T124", "T125",
                    "T126", "T127", "T129", "T130", "T131", "T192", "T195", "T196", "T197", "T200", "T203" -> DRUG;
            case "T017", "T021", "T022", "T023", "T024", "T025", "T026", "T029", "T030", "T031" -> ANATOMY;
            default -> OTHER;
        };
    }

    /** The most specific group among a concept's types: a disorder beats a finding, a drug beats other. */
    public static SemanticGroup ofAll(Collection<String> tuis) {
        SemanticGroup best = OTHER;
        for (String tui : tuis) {
            SemanticGroup g = of(tui);
            if (g.ordinal() < best.ordinal()) {
                best = g;
            }
        }
        return best;
    }
}
