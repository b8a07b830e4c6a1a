package io.clinscribe.uima;

import io.clinscribe.terminology.SnoRxTerminology;
import org.apache.ctakes.core.ae.SentenceDetector;
import org.apache.ctakes.dictionary.lookup2.ae.DefaultJCasTermAnnotator;
import org.apache.ctakes.postagger.POSTagger;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.InvalidXMLException;

/**
 * The UIMA aggregate of the clinical text pipeline: cTAKES segmentation, sentence detection,
 * tokenisation, part-of-speech tagging and fast dictionary lookup, then clinscribe's own annotators.
 */
public final class ClinscribeAggregate {

    public static final String LOOKUP_DESCRIPTOR = "io/clinscribe/terminology/sno_rx_16ab-lookup.xml";

    private ClinscribeAggregate() {
    }

    /**
     * The aggregate. {@code partOfSpeech} adds cTAKES's OpenNLP part-of-speech tagger, whose tags keep verbs
     * and function words from starting a dictionary term. It costs about 40% of the pipeline's time and,
     * with the concept filter's verb list, changes micro F1 by less than 0.005 on the developer notes, so
     * it is off by default (see the README's figures).
     */
    public static AnalysisEngineDescription description(boolean partOfSpeech) throws ResourceInitializationException {
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(AnalysisEngineFactory.createEngineDescription(SectionAnnotator.class));
        builder.add(SentenceDetector.createAnnotatorDescription());
        builder.add(AnalysisEngineFactory.createEngineDescription(SentenceTokenizerAnnotator.class));
        if (partOfSpeech) {
            builder.add(POSTagger.createAnnotatorDescription());
        }
        builder.add(AnalysisEngineFactory.createEngineDescription(PluralVariantAnnotator.class));
        // two letters, so MI and PE are found; the concept filter keeps only unambiguous ones
        builder.add(dictionaryLookup(2));
        // entry stages, most specific first: each leaves alone what an earlier one claimed
        builder.add(AnalysisEngineFactory.createEngineDescription(VitalSignAnnotator.class));
        builder.add(AnalysisEngineFactory.createEngineDescription(LabResultAnnotator.class));
        builder.add(AnalysisEngineFactory.createEngineDescription(AllergyAnnotator.class));
        builder.add(AnalysisEngineFactory.createEngineDescription(MedicationAnnotator.class));
        builder.add(AnalysisEngineFactory.createEngineDescription(ConceptEntryAnnotator.class));
        builder.add(AnalysisEngineFactory.createEngineDescription(AssertionAnnotator.class));
        return builder.createAggregateDescription();
    }

    /**
     * cTAKES's fast dictionary lookup over clinscribe's copy of sno_rx_16ab, loaded once per resource
     * manager; {@code minimumSpan} is the shortest term in characters (cTAKES's default is 3).
     */
    public static AnalysisEngineDescription dictionaryLookup(int minimumSpan) throws ResourceInitializationException {
        AnalysisEngineDescription lookup = AnalysisEngineFactory.createEngineDescription(
                DefaultJCasTermAnnotator.class, "LookupXml", LOOKUP_DESCRIPTOR, "minimumSpan", minimumSpan);
        ExternalResourceFactory.createDependency(lookup, SnoRxTerminology.RESOURCE_KEY, SnoRxTerminology.class);
        try {
            ExternalResourceFactory.bindResource(lookup, SnoRxTerminology.RESOURCE_KEY,
                    ExternalResourceFactory.createExternalResourceDescription(SnoRxTerminology.class));
        } catch (InvalidXMLException e) {
            throw new ResourceInitializationException(e);
        }
        return lookup;
    }

}
