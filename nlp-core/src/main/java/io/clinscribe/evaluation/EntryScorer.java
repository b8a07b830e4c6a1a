package io.clinscribe.evaluation;

import io.clinscribe.record.Assertion;
import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.Subject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores predicted documents against gold documents as FORMAT.md "Scoring" says: entries matched per kind
 * by span overlap ({@link EntryMatcher}), then assertion flags, attributes and codes compared on the matched
 * pairs. Documents are paired by id; a gold document with no prediction counts as predicting nothing, a
 * prediction with no gold document is ignored. Stateless and thread-safe.
 */
public final class EntryScorer {

    private static final List<String> FLAGS = List.of("negated", "uncertain", "hypothetical", "historical", "subject");

    private final EntryMatcher matcher;

    public EntryScorer(EntryMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    public EntryScorer() {
        this(new EntryMatcher());
    }

    /** Aligns and scores in one go. */
    public EvaluationReport evaluate(List<ClinicalDocument> gold, List<ClinicalDocument> predicted) {
        return score(align(gold, predicted));
    }

    /** Aligns every gold document with the predicted document of the same id, in gold order. */
    public List<DocumentAlignment> align(List<ClinicalDocument> gold, List<ClinicalDocument> predicted) {
        Map<String, ClinicalDocument> byId = new LinkedHashMap<>();
        for (ClinicalDocument p : predicted) {
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("two predicted documents have id " + p.id());
            }
        }
        Set<String> goldIds = new HashSet<>();
        List<DocumentAlignment> alignments = new ArrayList<>(gold.size());
        for (ClinicalDocument g : gold) {
            if (!goldIds.add(g.id())) {
                throw new IllegalArgumentException("two gold documents have id " + g.id());
            }
            alignments.add(matcher.align(g, byId.get(g.id())));
        }
        return alignments;
    }

    public EvaluationReport score(List<DocumentAlignment> alignments) {
        Map<EntryKind, int[]> counts = new EnumMap<>(EntryKind.class); // gold, predicted, TP, exact spans
        Map<String, Accuracy> flagAccuracy = new LinkedHashMap<>();
        Map<String, PrecisionRecall> flagSet = new LinkedHashMap<>();
        for (String flag : FLAGS) {
            flagAccuracy.put(flag, Accuracy.NONE);
            flagSet.put(flag, PrecisionRecall.NONE);
        }
        Map<EntryKind, Map<String, Accuracy>> attributes = new EnumMap<>(EntryKind.class);
        Map<EntryKind, CodeScore> codes = new EnumMap<>(EntryKind.class);
        int matchedPairs = 0;
        int withoutPrediction = 0;
        for (DocumentAlignment a : alignments) {
            withoutPrediction += a.predictionMissing() ? 1 : 0;
            for (MatchedEntry m : a.matched()) {
                int[] c = counts.computeIfAbsent(m.gold().kind(), k -> new int[4]);
                c[0]++;
                c[1]++;
                c[2]++;
                c[3] += m.gold().span().equals(m.predicted().span()) ? 1 : 0;
                matchedPairs++;
                compareAssertions(m.gold().assertion(), m.predicted().assertion(), flagAccuracy, flagSet);
                compareAttributes(m, attributes.computeIfAbsent(m.gold().kind(), k -> new LinkedHashMap<>()));
                codes.merge(m.gold().kind(), compareCodes(m.gold().codes(), m.predicted().codes()), CodeScore::plus);
            }
            a.missed().forEach(e -> counts.computeIfAbsent(e.kind(), k -> new int[4])[0]++);
            a.spurious().forEach(e -> counts.computeIfAbsent(e.kind(), k -> new int[4])[1]++);
        }

        List<KindScore> kinds = new ArrayList<>();
        PrecisionRecall micro = PrecisionRecall.NONE;
        for (Map.Entry<EntryKind, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            PrecisionRecall pr = new PrecisionRecall(c[2], c[1] - c[2], c[0] - c[2]);
            kinds.add(new KindScore(e.getKey(), c[0], c[1], pr, c[3]));
            micro = micro.plus(pr);
        }
        List<AssertionScore> assertions = FLAGS.stream()
                .map(f -> new AssertionScore(f, flagAccuracy.get(f), flagSet.get(f))).toList();
        Map<String, Accuracy> attributeAccuracy = new LinkedHashMap<>();
        attributes.forEach((kind, byName) -> AttributeValues.names(kind).stream()
                .filter(byName::containsKey)
                .forEach(name -> attributeAccuracy.put(kind.code() + "." + name, byName.get(name))));
        Accuracy medication = attributes.getOrDefault(EntryKind.MEDICATION, Map.of()).values().stream()
                .reduce(Accuracy.NONE, Accuracy::plus);
        CodeScore allCodes = codes.values().stream().reduce(CodeScore.NONE, CodeScore::plus);
        return new EvaluationReport(alignments.size(), withoutPrediction, kinds, micro, matchedPairs, assertions,
                attributeAccuracy, medication, codes, allCodes);
    }

    private static void compareAssertions(Assertion gold, Assertion predicted, Map<String, Accuracy> accuracy,
                                          Map<String, PrecisionRecall> whenSet) {
        flag("negated", gold, predicted, Assertion::negated, accuracy, whenSet);
        flag("uncertain", gold, predicted, Assertion::uncertain, accuracy, whenSet);
        flag("hypothetical", gold, predicted, Assertion::hypothetical, accuracy, whenSet);
        flag("historical", gold, predicted, Assertion::historical, accuracy, whenSet);
        boolean goldOther = gold.subject() != Subject.PATIENT;
        boolean predictedOther = predicted.subject() != Subject.PATIENT;
        boolean same = gold.subject() == predicted.subject();
        accuracy.merge("subject", new Accuracy(same ? 1 : 0, 1), Accuracy::plus);
        // a family member predicted as "other" is both a false positive and a false negative
        whenSet.merge("subject", new PrecisionRecall(goldOther && same ? 1 : 0, predictedOther && !same ? 1 : 0,
                goldOther && !same ? 1 : 0), PrecisionRecall::plus);
    }

    private static void flag(String name, Assertion gold, Assertion predicted, Predicate<Assertion> flag,
                             Map<String, Accuracy> accuracy, Map<String, PrecisionRecall> whenSet) {
        boolean g = flag.test(gold);
        boolean p = flag.test(predicted);
        accuracy.merge(name, new Accuracy(g == p ? 1 : 0, 1), Accuracy::plus);
        whenSet.merge(name, new PrecisionRecall(g && p ? 1 : 0, !g && p ? 1 : 0, g && !p ? 1 : 0), PrecisionRecall::plus);
    }

    /** Only attributes present on at least one side are compared; present on one side only is wrong. */
    private static void compareAttributes(MatchedEntry m, Map<String, Accuracy> byName) {
        Map<String, String> gold = AttributeValues.of(m.gold());
        Map<String, String> predicted = AttributeValues.of(m.predicted());
        for (String name : AttributeValues.names(m.gold().kind())) {
            String g = gold.get(name);
            String p = predicted.get(name);
            if (g != null || p != null) {
                byName.merge(name, new Accuracy(Objects.equals(g, p) ? 1 : 0, 1), Accuracy::plus);
            }
        }
    }

    static CodeScore compareCodes(List<Code> gold, List<Code> predicted) {
        Function<Code, String> key = c -> c.system() + "|" + c.code();
        Set<String> goldKeys = new HashSet<>(gold.stream().map(key).toList());
        Set<String> predictedKeys = new HashSet<>(predicted.stream().map(key).toList());
        int found = (int) goldKeys.stream().filter(predictedKeys::contains).count();
        return new CodeScore(goldKeys.size(), found, predictedKeys.size(), found);
    }
}
