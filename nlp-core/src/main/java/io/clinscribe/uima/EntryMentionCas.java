package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.record.Assertion;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.EntryKind;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Provenance;
import io.clinscribe.record.Span;
import io.clinscribe.record.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.ctakes.typesystem.type.constants.CONST;
import org.apache.ctakes.typesystem.type.refsem.OntologyConcept;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.cas.FSArray;

/**
 * Reads and writes record entries as {@code io.clinscribe.type.EntryMention} annotations. Assertion and
 * codes use the cTAKES features every cTAKES consumer understands (polarity, uncertainty, conditional,
 * historyOf, subject, ontologyConceptArr); the kind-specific attributes travel as their JSON form.
 */
public final class EntryMentionCas {

    public static final String TYPE_NAME = "io.clinscribe.type.EntryMention";

    private final EntryAttributesJson attributesJson;

    public EntryMentionCas(EntryAttributesJson attributesJson) {
        this.attributesJson = attributesJson;
    }

    private static Type type(CAS cas) {
        Type type = cas.getTypeSystem().getType(TYPE_NAME);
        if (type == null) {
            throw new IllegalStateException(TYPE_NAME + " is not in the CAS type system");
        }
        return type;
    }

    /** Adds an entry to the CAS and returns its annotation. */
    public IdentifiedAnnotation add(JCas jcas, Entry entry) {
        CAS cas = jcas.getCas();
        Type type = type(cas);
        Span span = entry.span();
        AnnotationFS fs = cas.createAnnotation(type, span.begin(), span.end());
        IdentifiedAnnotation annotation = (IdentifiedAnnotation) fs;
        Mention m = entry.mention();
        fs.setStringValue(feature(type, "kind"), entry.kind().code());
        fs.setStringValue(feature(type, "attributes"), attributesJson.write(entry));
        fs.setStringValue(feature(type, "reviewReasons"), String.join("\n", m.reviewReasons()));
        fs.setStringValue(feature(type, "section"), m.section().orElse(null));
        annotation.setConfidence((float) m.confidence());
        annotation.setDiscoveryTechnique(CONST.NE_DISCOVERY_TECH_EXPLICIT_AE);
        setAssertion(annotation, m.assertion());
        annotation.setOntologyConceptArr(codes(jcas, m.codes()));
        cas.addFsToIndexes(fs);
        return annotation;
    }

    /** All entry annotations in text order. */
    public List<IdentifiedAnnotation> annotations(JCas jcas) {
        CAS cas = jcas.getCas();
        FSIterator<AnnotationFS> it = cas.getAnnotationIndex(type(cas)).iterator();
        List<IdentifiedAnnotation> all = new ArrayList<>();
        while (it.hasNext()) {
            all.add((IdentifiedAnnotation) it.next());
        }
        return all;
    }

    /** The spans of the entries found so far: what later stages must leave alone. */
    public List<Span> spans(JCas jcas) {
        return annotations(jcas).stream().map(a -> new Span(a.getBegin(), a.getEnd())).toList();
    }

    public EntryKind kind(IdentifiedAnnotation annotation) {
        return EntryKind.fromCode(annotation.getStringValue(feature(annotation.getType(), "kind")));
    }

    public void setSection(IdentifiedAnnotation annotation, String section) {
        annotation.setStringValue(feature(annotation.getType(), "section"), section);
    }

    /** The entry an annotation stands for, with the assertion and flags set on it by later stages. */
    public Entry read(JCas jcas, IdentifiedAnnotation a) {
        Type type = a.getType();
        String reasons = a.getStringValue(feature(type, "reviewReasons"));
        Mention mention = new Mention(a.getCoveredText(), Provenance.of(new Span(a.getBegin(), a.getEnd())),
                assertion(a), codes(a), Optional.ofNullable(a.getStringValue(feature(type, "section"))),
                Math.max(0, Math.min(1, a.getConfidence())),
                reasons == null || reasons.isEmpty() ? List.of() : List.of(reasons.split("\n")));
        return attributesJson.read(kind(a), mention, a.getStringValue(feature(type, "attributes")));
    }

    public static void setAssertion(IdentifiedAnnotation a, Assertion assertion) {
        a.setPolarity(assertion.negated() ? CONST.NE_POLARITY_NEGATION_PRESENT : CONST.NE_POLARITY_NEGATION_ABSENT);
        a.setUncertainty(assertion.uncertain() ? CONST.NE_UNCERTAINTY_PRESENT : CONST.NE_UNCERTAINTY_ABSENT);
        a.setConditional(assertion.hypothetical());
        a.setHistoryOf(assertion.historical() ? CONST.NE_HISTORY_OF_PRESENT : CONST.NE_HISTORY_OF_ABSENT);
        a.setSubject(switch (assertion.subject()) {
            case PATIENT -> CONST.ATTR_SUBJECT_PATIENT;
            case FAMILY_MEMBER -> CONST.ATTR_SUBJECT_FAMILY_MEMBER;
            case OTHER -> CONST.ATTR_SUBJECT_OTHER;
        });
    }

    public static Assertion assertion(IdentifiedAnnotation a) {
        String subject = a.getSubject();
        Subject s = CONST.ATTR_SUBJECT_FAMILY_MEMBER.equals(subject) || CONST.ATTR_SUBJECT_DONOR_FAMILY_MEMBER.equals(subject)
                ? Subject.FAMILY_MEMBER
                : subject == null || CONST.ATTR_SUBJECT_PATIENT.equals(subject) ? Subject.PATIENT : Subject.OTHER;
        return new Assertion(a.getPolarity() == CONST.NE_POLARITY_NEGATION_PRESENT,
                a.getUncertainty() == CONST.NE_UNCERTAINTY_PRESENT, a.getConditional(),
                a.getHistoryOf() == CONST.NE_HISTORY_OF_PRESENT, s);
    }

    private static FSArray codes(JCas jcas, List<Code> codes) {
        FSArray array = new FSArray(jcas, codes.size());
        for (int i = 0; i < codes.size(); i++) {
            OntologyConcept concept = new OntologyConcept(jcas);
            concept.setCodingScheme(codes.get(i).system());
            concept.setCode(codes.get(i).code());
            array.set(i, concept);
        }
        return array;
    }

    private static List<Code> codes(IdentifiedAnnotation a) {
        FSArray array = a.getOntologyConceptArr();
        if (array == null) {
            return List.of();
        }
        List<Code> codes = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            OntologyConcept c = (OntologyConcept) array.get(i);
            codes.add(new Code(c.getCodingScheme(), c.getCode(), ""));
        }
        return codes;
    }

    private static Feature feature(Type type, String name) {
        return type.getFeatureByBaseName(name);
    }
}
