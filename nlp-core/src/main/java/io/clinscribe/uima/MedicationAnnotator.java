package io.clinscribe.uima;

import io.clinscribe.json.EntryAttributesJson;
import io.clinscribe.nlp.concept.ConceptFilter;
import io.clinscribe.nlp.concept.DrugMention;
import io.clinscribe.nlp.concept.DrugMentionSelector;
import io.clinscribe.nlp.medication.MedicationSig;
import io.clinscribe.nlp.medication.MedicationSigParser;
import io.clinscribe.nlp.medication.SigLexicon;
import io.clinscribe.nlp.medication.UnrecognisedMedicationLines;
import io.clinscribe.nlp.span.SpanIndex;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Span;
import io.clinscribe.terminology.SupplementaryLexicon;
import io.clinscribe.record.Code;
import java.util.List;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Medications: each RxNorm-coded drug name the dictionary found (and names the dictionary lacks, from
 * clinscribe's supplementary lexicon), bound to the sig that follows it in the
 * same sentence and before the next drug name (strength, dose, form, route, frequency, PRN, duration).
 */
public final class MedicationAnnotator extends JCasAnnotator_ImplBase {

    private DrugMentionSelector selector;
    private SupplementaryLexicon supplement;
    private MedicationSigParser parser;
    private EntryMentionCas entries;
    private UnrecognisedMedicationLines unrecognised;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        selector = new DrugMentionSelector(ConceptFilter.standard());
        supplement = SupplementaryLexicon.load(SupplementaryLexicon.DRUGS, Code.RXNORM);
        parser = new MedicationSigParser(SigLexicon.load());
        entries = new EntryMentionCas(new EntryAttributesJson());
        unrecognised = new UnrecognisedMedicationLines(parser);
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        List<DrugMention> drugs = selector.select(text, ConceptCandidates.from(jcas), supplement.find(text),
                entries.spans(jcas));
        SpanIndex sentences = sentenceIndex(jcas);
        int previousEnd = 0;
        for (int i = 0; i < drugs.size(); i++) {
            DrugMention drug = drugs.get(i);
            if (drug.span().begin() < previousEnd) {
                continue; // inside the sig of the drug before ("aspirin ... with food")
            }
            Span sentence = sentenceOf(sentences, drug.span());
            int limit = sentence.end();
            if (i + 1 < drugs.size()) {
                limit = Math.min(limit, drugs.get(i + 1).span().begin());
            }
            int floor = Math.max(sentence.begin(), previousEnd);
            MedicationSig sig = parser.parse(text, drug.span(), floor, limit);
            Medication medication = parser.toMedication(text, sig);
            entries.add(jcas, medication.withMention(medication.mention().withCodes(drug.codes())));
            previousEnd = sig.extent().end();
        }
        for (Medication m : unrecognised.find(text, SectionSegments.sections(jcas), entries.spans(jcas))) {
            entries.add(jcas, m);
        }
    }

    static SpanIndex sentenceIndex(JCas jcas) {
        return SpanIndex.of(JCasUtil.select(jcas, Sentence.class).stream()
                .map(s -> new Span(s.getBegin(), s.getEnd())).toList());
    }

    /** The sentence a mention begins in, stretched to its end; the mention itself if it is in none. */
    static Span sentenceOf(SpanIndex sentences, Span mention) {
        return sentences.containing(mention.begin())
                .map(s -> new Span(s.begin(), Math.max(s.end(), mention.end())))
                .orElse(mention);
    }
}
