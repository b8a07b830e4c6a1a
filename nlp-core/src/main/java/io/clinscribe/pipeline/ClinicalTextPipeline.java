package io.clinscribe.pipeline;

import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.ProcessingProblem;
import io.clinscribe.uima.CasEntryReader;
import io.clinscribe.uima.ClinscribeAggregate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.util.CasCreationUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinical text pipeline: a document's text in, a {@link ClinicalDocument} with coded entries out.
 *
 * <p>Build it once and share it: models and terminology are loaded once, and {@link #process} may be
 * called from many threads. UIMA engines are not thread-safe, so each call borrows an engine from a
 * pool (at most one per thread, created on demand, sharing the loaded resources).
 */
public final class ClinicalTextPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicalTextPipeline.class);

    private final AnalysisEngineDescription description;
    private final ResourceManager sharedResources;
    private final CasEntryReader reader;
    private final int maxEngines;
    private final BlockingQueue<Engine> idle = new LinkedBlockingQueue<>();
    private final List<Engine> all = new ArrayList<>();

    private record Engine(AnalysisEngine analysisEngine, JCas jcas) {
    }

    private ClinicalTextPipeline(int maxEngines, boolean partOfSpeech) {
        this.maxEngines = maxEngines;
        try {
            this.description = ClinscribeAggregate.description(partOfSpeech);
            this.sharedResources = UIMAFramework.newDefaultResourceManager();
            this.reader = new CasEntryReader();
            idle.add(newEngine());
        } catch (ResourceInitializationException e) {
            throw new PipelineInitializationException("cannot build the clinical text pipeline: " + rootMessage(e), e);
        }
    }

    /** A pipeline with the default settings: up to one engine per available processor. */
    public static ClinicalTextPipeline create() {
        return builder().build();
    }

    /** A pipeline that runs at most {@code maxEngines} documents at once. */
    public static ClinicalTextPipeline withEngines(int maxEngines) {
        return builder().engines(maxEngines).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a pipeline; {@link #build()} loads the models. */
    public static final class Builder {
        private int engines = Runtime.getRuntime().availableProcessors();
        private boolean partOfSpeech;

        private Builder() {
        }

        /** How many documents may be processed at once (engines are created as threads need them). */
        public Builder engines(int maxEngines) {
            if (maxEngines < 1) {
                throw new IllegalArgumentException("maxEngines must be at least 1");
            }
            this.engines = maxEngines;
            return this;
        }

        /** Whether to run cTAKES's part-of-speech tagger before the dictionary lookup (off by default). */
        public Builder partOfSpeechTagging(boolean enabled) {
            this.partOfSpeech = enabled;
            return this;
        }

        public ClinicalTextPipeline build() {
            return new ClinicalTextPipeline(engines, partOfSpeech);
        }
    }

    private Engine newEngine() throws ResourceInitializationException {
        AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(description, sharedResources, null);
        JCas jcas;
        try {
            jcas = CasCreationUtils.createCas(List.of(engine.getMetaData()), null, sharedResources).getJCas();
        } catch (org.apache.uima.cas.CASException e) {
            throw new ResourceInitializationException(e);
        }
        Engine created = new Engine(engine, jcas);
        synchronized (all) {
            all.add(created);
        }
        return created;
    }

    /** Extracts the entries of one note. Never throws for bad content: problems are in the document. */
    public ClinicalDocument process(String id, String text) {
        if (text.isBlank()) {
            return ClinicalDocument.failed(id, ProcessingProblem.error("empty-input", "input is empty or only white space"));
        }
        Engine engine = borrow();
        try {
            engine.jcas().reset();
            engine.jcas().setDocumentText(text);
            engine.analysisEngine().process(engine.jcas());
            return reader.read(id, engine.jcas());
        } catch (AnalysisEngineProcessException | RuntimeException e) {
            // the message names the failing stage; the note's text stays out of logs
            LOG.warn("document {} failed in the pipeline: {}", id, e.getClass().getSimpleName());
            return new ClinicalDocument(id, text, List.of(), List.of(), List.of(ProcessingProblem.error("pipeline-error",
                    "the pipeline failed on this document: " + e.getClass().getSimpleName() + ": " + rootMessage(e))));
        } finally {
            idle.add(engine);
        }
    }

    /** Decodes raw bytes (rejecting empty, binary, non-UTF-8 or oversized input) and processes them. */
    public ClinicalDocument process(String id, byte[] content, TextInputDecoder decoder) {
        TextInputDecoder.Decoded decoded = decoder.decode(content);
        if (decoded instanceof TextInputDecoder.Rejected rejected) {
            return ClinicalDocument.failed(id, rejected.problem());
        }
        return process(id, ((TextInputDecoder.Text) decoded).text());
    }

    private Engine borrow() {
        Engine engine = idle.poll();
        if (engine != null) {
            return engine;
        }
        synchronized (all) {
            if (all.size() < maxEngines) {
                try {
                    return newEngine();
                } catch (ResourceInitializationException e) {
                    LOG.warn("could not start another engine, waiting for a free one: {}", rootMessage(e));
                }
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a pipeline engine", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(e -> e.analysisEngine().destroy());
            all.clear();
        }
        idle.clear();
    }
}
