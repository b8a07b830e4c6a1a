package io.clinscribe.nlp.concept;

import io.clinscribe.nlp.span.SpanIndex;
import io.clinscribe.record.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the body site of a localised symptom, finding or procedure: an anatomical site inside the mention
 * ("chest" of "chest pain"), written just before it ("left arm weakness"), or after a preposition ("tingling
 * in both hands"), with its laterality ("left ear"). Disease names have none: the anatomy in "atrial
 * fibrillation" or "breast cancer" is part of the name.
 */
final class BodySiteLocator {

    private final CharSequence text;
    private final SpanIndex sites;

    // regional words clinicians use for sites that the dictionary does not list as anatomy
    private static final Pattern REGION = Pattern.compile(
            "(?i)\\b(?:RLQ|RUQ|LLQ|LUQ|CVA|epigastric|periumbilical|suprapubic|substernal|retrosternal|flank|BLE|LE)\\b");
    private static final Pattern LATERALITY_BEFORE =
            Pattern.compile("(?i)\\b(?:left|right|bilateral|both|l|r)\\s+$");
    private static final Pattern PREPOSITION_AFTER = Pattern.compile(
            "(?i)^\\s+(?:in|of|on|at|over|involving|to)\\s+(?:(?:the|both|his|her|left|right|bilateral)\\s+)*");

    /** The sites of a document: its anatomy concepts and regional words, found once. */
    BodySiteLocator(CharSequence text, List<ConceptCandidate> all) {
        this.text = text;
        this.sites = SpanIndex.of(sites(text, all));
    }

    /** The site's span, which may lie outside the mention (the caller widens the mention to cover it). */
    Optional<Span> locate(ConceptCandidate chosen) {
        boolean symptom = chosen.tuis().contains("T184") || chosen.tuis().contains("T033");
        if (!symptom && chosen.group() != SemanticGroup.PROCEDURE) {
            return Optional.empty();
        }
        Span mention = chosen.span();
        Optional<Span> inside = sites.beginningIn(mention.begin(), mention.end()).stream()
                .filter(s -> mention.contains(s) && !s.equals(mention))
                .max(Comparator.comparingInt(Span::length));
        if (inside.isPresent()) {
            return inside.map(s -> withLaterality(text, s));
        }
        int lineEnd = Math.min(text.length(), mention.end() + 40);
        Matcher after = PREPOSITION_AFTER.matcher(text.subSequence(mention.end(), lineEnd));
        if (after.find()) {
            int siteBegin = mention.end() + after.end();
            Optional<Span> following = sites.beginningIn(siteBegin, siteBegin + 1).stream()
                    .max(Comparator.comparingInt(Span::length));
            if (following.isPresent()) {
                // "in both hands": the laterality words between the preposition and the site belong to it
                int lateral = mention.end() + after.start() + firstLateralityWord(after.group());
                return Optional.of(new Span(Math.min(lateral, siteBegin), following.get().end()));
            }
        }
        return sites.beginningIn(Math.max(0, mention.begin() - 60), mention.begin()).stream()
                .filter(s -> s.end() <= mention.begin() && isSpaceOrHyphen(text, s.end(), mention.begin()))
                .max(Comparator.comparingInt(Span::end))
                .map(s -> withLaterality(text, s));
    }

    private static List<Span> sites(CharSequence text, List<ConceptCandidate> all) {
        List<Span> sites = new ArrayList<>();
        for (ConceptCandidate c : all) {
            if (c.group() == SemanticGroup.ANATOMY) {
                sites.add(c.span());
            }
        }
        Matcher m = REGION.matcher(text);
        while (m.find()) {
            if (m.group().length() > 3 || m.group().equals(m.group().toUpperCase(java.util.Locale.ROOT))) {
                sites.add(new Span(m.start(), m.end()));
            }
        }
        return sites;
    }

    private static int firstLateralityWord(String prepositionPhrase) {
        Matcher m = Pattern.compile("(?i)\\b(?:both|left|right|bilateral)\\b").matcher(prepositionPhrase);
        return m.find() ? m.start() : prepositionPhrase.length();
    }

    private static boolean isSpaceOrHyphen(CharSequence text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The site with a laterality word written just before it ("left ear"). */
    private static Span withLaterality(CharSequence text, Span site) {
        int from = Math.max(0, site.begin() - 12);
        Matcher m = LATERALITY_BEFORE.matcher(text.subSequence(from, site.begin()));
        return m.find() ? new Span(from + m.start(), site.end()) : site;
    }
}
