package io.clinscribe.models;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The models and terminologies clinscribe knows, and where each one is on this machine. Nothing here
 * downloads anything: a missing model is reported with the command that installs it.
 */
public final class ModelCatalog {

    public static final String CLASSPATH_PREFIX = "classpath:";

    public static final String SNO_RX_TERMS = "io/clinscribe/models/terminology/sno_rx_16ab/terms.bsv";
    public static final String SNO_RX_CONCEPTS = "io/clinscribe/models/terminology/sno_rx_16ab/concepts.bsv";
    public static final String CTAKES_SENTENCE_MODEL = "org/apache/ctakes/core/models/sentdetect/sd-med-model.zip";
    public static final String CTAKES_POS_MODEL = "org/apache/ctakes/postagger/models/mayo-pos.zip";

    private static final String REBUILD = "mvn -q install -DskipTests (from the clinscribe source tree)";

    private final List<ModelDescriptor> models;
    private final ClassLoader classLoader;

    public ModelCatalog(List<ModelDescriptor> models, ClassLoader classLoader) {
        this.models = List.copyOf(models);
        this.classLoader = classLoader;
    }

    /** The models of the text pipeline, which every distribution carries. */
    public static ModelCatalog standard() {
        return new ModelCatalog(List.of(
                new ModelDescriptor("ctakes-sentence-detector",
                        "cTAKES clinical sentence detector (OpenNLP maximum entropy model)",
                        ModelOrigin.MAVEN_CENTRAL, "org.apache.ctakes:ctakes-core-models:5.0.0", "Apache-2.0",
                        CLASSPATH_PREFIX + CTAKES_SENTENCE_MODEL, true, REBUILD),
                new ModelDescriptor("ctakes-pos-tagger",
                        "cTAKES part-of-speech tagger trained on clinical text (OpenNLP)",
                        ModelOrigin.MAVEN_CENTRAL, "org.apache.ctakes:ctakes-pos-tagger-models:5.0.0", "Apache-2.0",
                        CLASSPATH_PREFIX + CTAKES_POS_MODEL, true, REBUILD),
                new ModelDescriptor("sno_rx_16ab-terms",
                        "cTAKES fast-lookup dictionary terms: SNOMED CT and RxNorm subset of UMLS 2016AB",
                        ModelOrigin.BUILT_BY_PROJECT,
                        "built from net.sourceforge.ctakesresources:ctakes-resources-sno_rx:4.0.0",
                        "UMLS Metathesaurus License (content for UMLS licensees; SNOMED CT affiliate terms apply)",
                        CLASSPATH_PREFIX + SNO_RX_TERMS, true, REBUILD),
                new ModelDescriptor("sno_rx_16ab-concepts",
                        "cTAKES fast-lookup dictionary concepts: semantic types, SNOMED CT and RxNorm codes",
                        ModelOrigin.BUILT_BY_PROJECT,
                        "built from net.sourceforge.ctakesresources:ctakes-resources-sno_rx:4.0.0",
                        "UMLS Metathesaurus License (content for UMLS licensees; SNOMED CT affiliate terms apply)",
                        CLASSPATH_PREFIX + SNO_RX_CONCEPTS, true, REBUILD)),
                ModelCatalog.class.getClassLoader());
    }

    /** This catalogue with more models (a capability module adds its own). */
    public ModelCatalog with(List<ModelDescriptor> more) {
        List<ModelDescriptor> all = new java.util.ArrayList<>(models);
        all.addAll(more);
        return new ModelCatalog(all, classLoader);
    }

    public List<ModelDescriptor> models() {
        return models;
    }

    public Optional<ModelDescriptor> find(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public ModelStatus status(ModelDescriptor model) {
        if (model.onClasspath()) {
            URL url = classLoader.getResource(model.classpathResource());
            return new ModelStatus(model, Optional.ofNullable(url).map(URL::toString));
        }
        Path path = Path.of(model.location());
        return new ModelStatus(model, Files.exists(path) ? Optional.of(path.toAbsolutePath().toString()) : Optional.empty());
    }

    public List<ModelStatus> statuses() {
        return models.stream().map(this::status).toList();
    }
}
