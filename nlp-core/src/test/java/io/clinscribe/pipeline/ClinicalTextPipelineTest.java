package io.clinscribe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clinscribe.record.ClinicalDocument;
import io.clinscribe.record.Code;
import io.clinscribe.record.Entry;
import io.clinscribe.record.Problem;
import io.clinscribe.record.Procedure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline (cTAKES, the sno_rx dictionary, clinscribe's stages) on notes the project ships. */
class ClinicalTextPipelineTest {

    private static ClinicalTextPipeline pipeline;
    private static String sample;

    @BeforeAll
    static void build() throws Exception {
        pipeline = ClinicalTextPipeline.withEngines(2);
        sample = Files.readString(Path.of("../corpora/text/sample-note.txt"));
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    static Optional<Entry> entryAt(ClinicalDocument doc, String text) {
        int at = doc.text().indexOf(text);
        return doc.entries().stream().filter(e -> e.span().begin() <= at && at < e.span().end()).findFirst();
    }

    @Test
    void problemsAndProceduresCarryExactSpansAndSnomedCodes() {
        ClinicalDocument doc = pipeline.process("sample-note", sample);
        assertFalse(doc.failed(), () -> doc.problems().toString());
        for (Entry e : doc.entries()) {
            assertEquals(e.mention().text(), doc.text().substring(e.span().begin(), e.span().end()));
        }
        Entry copd = entryAt(doc, "COPD").orElseThrow();
        assertTrue(copd instanceof Problem);
        Entry htn = entryAt(doc, "hypertension").orElseThrow();
        assertTrue(htn.codes().contains(Code.snomed("38341003")), () -> htn.codes().toString());
        Entry appendectomy = entryAt(doc, "appendectomy").orElseThrow();
        assertTrue(appendectomy instanceof Procedure);
    }

    @Test
    void genericWordsAndAnatomyDoNotBecomeProblems() {
        ClinicalDocument doc = pipeline.process("n", "Follow-up visit today. Lungs: clear. Patient is resting.");
        assertTrue(doc.entries(Problem.class).isEmpty(), () -> doc.entries().toString());
    }

    @Test
    void manyThreadsShareOnePipelineAndGetTheSameResults() throws Exception {
        ClinicalDocument expected = pipeline.process("sample-note", sample);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ClinicalDocument>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                futures.add(pool.submit(() -> pipeline.process("sample-note", sample)));
            }
            for (Future<ClinicalDocument> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unreadableBytesGiveAFailedDocumentNotAnException() {
        ClinicalDocument doc = pipeline.process("bin", new byte[] {'P', 'K', 0, 0, 3}, new TextInputDecoder(1000));
        assertTrue(doc.failed());
        assertEquals("binary-input", doc.problems().get(0).code());
    }
}
