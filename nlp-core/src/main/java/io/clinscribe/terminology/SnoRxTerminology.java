package io.clinscribe.terminology;

import io.clinscribe.models.ModelCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.ctakes.core.util.collection.CollectionMap;
import org.apache.ctakes.core.util.collection.HashSetMap;
import org.apache.ctakes.dictionary.lookup2.concept.Concept;
import org.apache.ctakes.dictionary.lookup2.concept.DefaultConcept;
import org.apache.ctakes.dictionary.lookup2.term.RareWordTerm;
import org.apache.ctakes.dictionary.lookup2.util.CuiCodeUtil;
import org.apache.ctakes.dictionary.lookup2.util.TuiCodeUtil;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceSpecifier;
import org.apache.uima.resource.Resource_ImplBase;

/**
 * The SNOMED CT and RxNorm dictionary of cTAKES (sno_rx_16ab), loaded once and shared, as a UIMA
 * external resource, by every instance of the dictionary lookup. Its terms are indexed by rare word
 * the way cTAKES's fast lookup expects; its concepts carry semantic types and codes.
 */
public final class SnoRxTerminology extends Resource_ImplBase {

    /** The key under which annotators find this resource in their UIMA context. */
    public static final String RESOURCE_KEY = "SnoRxTerminology";

    public static final String SNOMED_CT = "SNOMEDCT_US";
    public static final String RXNORM = "RXNORM";

    private CollectionMap<String, RareWordTerm, ? extends Collection<RareWordTerm>> termsByRareWord;
    private Map<Long, String> conceptRows;

    @Override
    public boolean initialize(ResourceSpecifier specifier, Map<String, Object> additionalParams)
            throws ResourceInitializationException {
        if (!super.initialize(specifier, additionalParams)) {
            return false;
        }
        try {
            load(getClass().getClassLoader());
        } catch (IOException e) {
            throw new ResourceInitializationException(e);
        }
        return true;
    }

    private void load(ClassLoader loader) throws IOException {
        // terms and concepts are independent: read them on two threads, halving the cold start
        CompletableFuture<HashSetMap<String, RareWordTerm>> termsLoaded = CompletableFuture.supplyAsync(() -> {
            HashSetMap<String, RareWordTerm> terms = new HashSetMap<>(400_000);
            try {
                forEachRow(loader, ModelCatalog.SNO_RX_TERMS, 5, row -> terms.placeValue(row[4],
                        new RareWordTerm(row[3], Long.parseLong(row[0]), row[4], Integer.parseInt(row[1]),
                                Integer.parseInt(row[2]))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return terms;
        });
        // concepts are built when the lookup asks for one: most of the 250,000 are never met in a note
        Map<Long, String> rows = new HashMap<>(350_000);
        forEachRow(loader, ModelCatalog.SNO_RX_CONCEPTS, 2, row -> rows.put(Long.parseLong(row[0]), row[1]));
        try {
            this.termsByRareWord = termsLoaded.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
        this.conceptRows = Collections.unmodifiableMap(rows);
    }

    private static void addCodes(HashSetMap<String, String> codes, String scheme, String column) {
        if (!column.isEmpty()) {
            for (String code : column.split(",")) {
                codes.placeValue(scheme, code);
            }
        }
    }

    private interface RowHandler {
        void accept(String[] row);
    }

    private static void forEachRow(ClassLoader loader, String resource, int columns, RowHandler handler)
            throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("dictionary file " + resource + " is not on the classpath; "
                    + "run `clinscribe models` to see what is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] row = splitBars(line, columns);
                if (row == null) {
                    throw new IOException(resource + " line " + number + ": expected " + columns + " columns");
                }
                handler.accept(row);
            }
        }
    }

    private static String[] splitBars(String line, int columns) {
        String[] row = new String[columns];
        int from = 0;
        for (int i = 0; i < columns - 1; i++) {
            int bar = line.indexOf('|', from);
            if (bar < 0) {
                return null;
            }
            row[i] = line.substring(from, bar);
            from = bar + 1;
        }
        row[columns - 1] = line.substring(from);
        return row;
    }

    public CollectionMap<String, RareWordTerm, ? extends Collection<RareWordTerm>> termsByRareWord() {
        return termsByRareWord;
    }

    /** The concept of a CUI code with its semantic types and codes, or null if the dictionary has none. */
    public Concept concept(Long cuiCode) {
        String row = conceptRows.get(cuiCode);
        if (row == null) {
            return null;
        }
        String[] f = splitBars(row, 4); // tuis|preferredTerm|snomedCodes|rxnormCodes
        HashSetMap<String, String> codes = new HashSetMap<>(3);
        for (String tui : f[0].split(",")) {
            codes.placeValue(Concept.TUI, TuiCodeUtil.getAsTui(Integer.valueOf(tui)));
        }
        addCodes(codes, SNOMED_CT, f[2]);
        addCodes(codes, RXNORM, f[3]);
        return new DefaultConcept(CuiCodeUtil.getInstance().getAsCui(cuiCode), f[1], codes);
    }
}
