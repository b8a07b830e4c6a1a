package io.clinscribe.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexicon files the pipeline's stages ship as classpath resources (UTF-8, one entry per line, blank
 * lines and {@code #} comments ignored, columns separated by tabs). A missing file is a broken build, not
 * bad input, so it fails loudly.
 */
public final class LexiconResource {

    private LexiconResource() {
    }

    /** Every line of a resource, as written. {@code resource} is resolved against {@code owner}'s package. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource " + resource + " of " + owner.getName()
                        + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry lines: neither blank nor comments. */
    public static List<String> entries(Class<?> owner, String resource) {
        return lines(owner, resource).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    /** The entry lines split into tab-separated columns (trailing empty columns kept). */
    public static List<String[]> rows(Class<?> owner, String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : entries(owner, resource)) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }
}
