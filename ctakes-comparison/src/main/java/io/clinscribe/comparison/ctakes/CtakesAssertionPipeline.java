package io.clinscribe.comparison.ctakes;

import io.clinscribe.record.Span;
import io.clinscribe.uima.ClinscribeAggregate;
import org.apache.ctakes.assertion.medfacts.cleartk.ConditionalCleartkAnalysisEngine;
import org.apache.ctakes.assertion.medfacts.cleartk.GenericCleartkAnalysisEngine;
import org.apache.ctakes.assertion.medfacts.cleartk.HistoryCleartkAnalysisEngine;
import org.apache.ctakes.assertion.medfacts.cleartk.PolarityCleartkAnalysisEngine;
import org.apache.ctakes.assertion.medfacts.cleartk.SubjectCleartkAnalysisEngine;
import org.apache.ctakes.assertion.medfacts.cleartk.UncertaintyCleartkAnalysisEngine;
import org.apache.ctakes.chunker.ae.Chunker;
import org.apache.ctakes.chunker.ae.adjuster.ChunkAdjuster;
import org.apache.ctakes.context.tokenizer.ae.ContextDependentTokenizerAnnotator;
import org.apache.ctakes.core.ae.SentenceDetector;
import org.apache.ctakes.core.ae.SimpleSegmentAnnotator;
import org.apache.ctakes.core.ae.TokenizerAnnotatorPTB;
import org.apache.ctakes.dependency.parser.ae.ClearNLPDependencyParserAE;
import org.apache.ctakes.postagger.POSTagger;
import org.apache.ctakes.typesystem.type.constants.CONST;
import org.apache.ctakes.typesystem.type.textsem.DiseaseDisorderMention;
import org.apache.ctakes.typesystem.type.textsem.EntityMention;
import org.apache.ctakes.typesystem.type.textsem.EventMention;
import org.apache.ctakes.typesystem.type.textsem.IdentifiedAnnotation;
import org.apache.ctakes.typesystem.type.textsem.SignSymptomMention;
import org.apache.ctakes.typesystem.type.textspan.Segment;
import org.apache.ctakes.typesystem.type.textspan.Sentence;
import org.apache.uima.UIMAException;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import java.util.Comparator;
import java.util.Optional;

/**
 * cTAKES 5.1.0's own assertion stack, as its default fast pipeline (DefaultFastPipeline.piper) runs it:
 * PTB tokenizer, context-dependent tokenizer, OpenNLP part-of-speech tagger, chunker with its two NP
 * adjusters, the fast dictionary lookup only in {@link Mentions#DICTIONARY} mode (otherwise the caller's
 * condition span is the mention), ClearNLP dependency parser, then the six cleartk attribute annotators with the models their {@code createAnnotatorDescription()}
 * factories name (polarity, uncertainty, history, conditional, generic, subject). The semantic role labeller
 * of AttributeCleartkSubPipe.piper is left out: its own comment says assertion no longer uses it.
 *
 * <p>One engine and one CAS, reused row after row: not thread-safe, it is a measuring instrument.
 */
public final class CtakesAssertionPipeline implements AutoCloseable {

    /** How the sentence around the condition is found. */
    public enum Sentences {
        /** The whole input is one sentence, as the kit hands it over (and as clinscribe's evaluation reads it). */
        WHOLE_INPUT,
        /** cTAKES's segment annotator and OpenNLP sentence detector split the input, as its fast pipeline does. */
        CTAKES_DETECTOR
    }

    /** Where the mention to assess comes from. */
    public enum Mentions {
        /** One disorder mention exactly over the given condition span: cTAKES's assertion models alone. */
        GIVEN,
        /**
         * cTAKES's fast dictionary lookup finds the mentions, as in its default fast pipeline; the one that
         * best matches the condition is assessed (see {@link #assess}). The lookup reads sno_rx_16ab through clinscribe's copy
         * (the stock descriptor checks a UMLS licence online) with cTAKES's default lookup settings.
         */
        DICTIONARY
    }

    private final Sentences sentences;
    private final Mentions mentions;
    private final AnalysisEngine engine;
    private final JCas jcas;

    public CtakesAssertionPipeline(Sentences sentences, Mentions mentions) throws UIMAException {
        this.sentences = sentences;
        this.mentions = mentions;
        this.engine = AnalysisEngineFactory.createEngine(description(sentences, mentions));
        this.jcas = JCasFactory.createJCas();
    }

    static AnalysisEngineDescription description(Sentences sentences, Mentions mentions)
            throws ResourceInitializationException {
        AggregateBuilder builder = new AggregateBuilder();
        if (sentences == Sentences.CTAKES_DETECTOR) {
            builder.add(SimpleSegmentAnnotator.createAnnotatorDescription());
            builder.add(SentenceDetector.createAnnotatorDescription());
        }
        builder.add(TokenizerAnnotatorPTB.createAnnotatorDescription());
        builder.add(ContextDependentTokenizerAnnotator.createAnnotatorDescription());
        builder.add(POSTagger.createAnnotatorDescription());
        builder.add(Chunker.createAnnotatorDescription());
        builder.add(ChunkAdjuster.createAnnotatorDescription(new String[] {"NP", "NP"}, 1));
        builder.add(ChunkAdjuster.createAnnotatorDescription(new String[] {"NP", "PP", "NP"}, 2));
        if (mentions == Mentions.DICTIONARY) {
            builder.add(ClinscribeAggregate.dictionaryLookup(3));
        }
        builder.add(ClearNLPDependencyParserAE.createAnnotatorDescription());
        builder.add(PolarityCleartkAnalysisEngine.createAnnotatorDescription());
        builder.add(UncertaintyCleartkAnalysisEngine.createAnnotatorDescription());
        builder.add(HistoryCleartkAnalysisEngine.createAnnotatorDescription());
        builder.add(ConditionalCleartkAnalysisEngine.createAnnotatorDescription());
        builder.add(GenericCleartkAnalysisEngine.createAnnotatorDescription());
        builder.add(SubjectCleartkAnalysisEngine.createAnnotatorDescription());
        return builder.createAggregateDescription();
    }

    /**
     * Runs the stack over {@code text} and returns the attributes cTAKES gave the mention of {@code condition}:
     * with {@link Mentions#GIVEN}, one disorder mention over the condition, starting with cTAKES's
     * dictionary-lookup defaults (affirmed, patient) so an annotator that skips it leaves it unflagged; with
     * {@link Mentions#DICTIONARY}, of the looked-up mentions overlapping the condition, a disorder or sign or
     * symptom before any other, then the one overlapping it most, then one ending where it ends, then the
     * shortest; empty when the dictionary found none.
     */
    public Optional<CtakesAttributes> assess(String text, Span condition) throws AnalysisEngineProcessException {
        jcas.reset();
        jcas.setDocumentText(text);
        if (sentences == Sentences.WHOLE_INPUT) {
            Segment segment = new Segment(jcas, 0, text.length());
            segment.setId("SIMPLE_SEGMENT");
            segment.addToIndexes();
            new Sentence(jcas, 0, text.length()).addToIndexes();
        }
        if (mentions == Mentions.DICTIONARY) {
            engine.process(jcas);
            return JCasUtil.select(jcas, IdentifiedAnnotation.class).stream()
                    .filter(m -> m instanceof EventMention || m instanceof EntityMention)
                    .filter(m -> overlap(m, condition) > 0)
                    .max(Comparator.<IdentifiedAnnotation>comparingInt(m -> isCondition(m) ? 1 : 0)
                            .thenComparingInt(m -> overlap(m, condition))
                            // the head of an English noun phrase comes last: "posterior neck pain" is about pain
                            .thenComparingInt(m -> m.getEnd() == condition.end() ? 1 : 0)
                            .thenComparingInt(m -> -(m.getEnd() - m.getBegin())))
                    .map(CtakesAssertionPipeline::attributes);
        }
        DiseaseDisorderMention mention = new DiseaseDisorderMention(jcas, condition.begin(), condition.end());
        mention.setTypeID(CONST.NE_TYPE_ID_DISORDER);
        mention.setDiscoveryTechnique(CONST.NE_DISCOVERY_TECH_DICT_LOOKUP);
        mention.setPolarity(CONST.NE_POLARITY_NEGATION_ABSENT);
        mention.setUncertainty(CONST.NE_UNCERTAINTY_ABSENT);
        mention.setHistoryOf(CONST.NE_HISTORY_OF_ABSENT);
        mention.setConditional(CONST.NE_CONDITIONAL_FALSE);
        mention.setGeneric(CONST.NE_GENERIC_FALSE);
        mention.setSubject(CONST.ATTR_SUBJECT_PATIENT);
        mention.addToIndexes();
        engine.process(jcas);
        return Optional.of(attributes(mention));
    }

    /**
     * Disorders and signs or symptoms are what the kit's conditions are; in "denies neck pain" the anatomical
     * site "neck" also overlaps the condition, and cTAKES's models treat sites differently.
     */
    private static boolean isCondition(IdentifiedAnnotation mention) {
        return mention instanceof DiseaseDisorderMention || mention instanceof SignSymptomMention;
    }

    private static int overlap(IdentifiedAnnotation mention, Span condition) {
        return Math.min(mention.getEnd(), condition.end()) - Math.max(mention.getBegin(), condition.begin());
    }

    private static CtakesAttributes attributes(IdentifiedAnnotation mention) {
        return new CtakesAttributes(mention.getPolarity(), mention.getUncertainty(), mention.getHistoryOf(),
                mention.getConditional(), mention.getGeneric(), mention.getSubject());
    }

    @Override
    public void close() throws AnalysisEngineProcessException {
        try {
            engine.collectionProcessComplete();
        } finally {
            engine.destroy();
        }
    }
}
