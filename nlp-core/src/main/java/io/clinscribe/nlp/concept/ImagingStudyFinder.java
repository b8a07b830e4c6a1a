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
 * Imaging studies written as a modality and a body site, in either order: "CT head", "MRI brain",
 * "X-ray of the right knee", "XR R wrist", "chest x-ray", "carotid duplex". The dictionary knows the
 * modality or the site alone; the study is the phrase, and its site is the body site. Stateless.
 */
final class ImagingStudyFinder {

    /** A study found: its whole span and the site's. */
    record Study(Span span, Span site) {
    }

    private static final String MODALITY = "(?:x-?rays?|xr|radiographs?|cta|ct(?:\\s+angio(?:gram)?)?|mri|mra"
            + "|ultrasound|us|duplex|doppler)";
    private static final Pattern MODALITY_WORD = Pattern.compile("(?i)\\b" + MODALITY + "\\b");
    private static final Pattern LEAD_IN_AFTER = Pattern.compile(
            "(?i)^\\s+(?:of\\s+(?:the\\s+)?)?(?:(?:left|right|bilateral|r|l)\\s+)?");
    private static final Pattern LATERALITY_BEFORE = Pattern.compile("(?i)\\b(?:left|right|bilateral|r|l)\\s+$");
    private static final Pattern JOINED_SITE = Pattern.compile("(?i)^(?:/|\\s+and\\s+)");

    List<Study> find(CharSequence text, List<Span> anatomy) {
        SpanIndex sites = SpanIndex.of(anatomy);
        List<Study> studies = new ArrayList<>();
        Matcher m = MODALITY_WORD.matcher(text);
        while (m.find()) {
            Span modality = new Span(m.start(), m.end());
            // "US" only in capitals: in lower case it is the pronoun
            if (m.group().equalsIgnoreCase("us") && !m.group().equals("US")) {
                continue;
            }
            siteAfter(text, modality, sites).or(() -> siteBefore(text, modality, sites))
                    .ifPresent(site -> studies.add(new Study(modality.union(site), site)));
        }
        return studies;
    }

    private static Optional<Span> siteAfter(CharSequence text, Span modality, SpanIndex sites) {
        int to = Math.min(text.length(), modality.end() + 40);
        Matcher lead = LEAD_IN_AFTER.matcher(text.subSequence(modality.end(), to));
        if (!lead.find() || lead.end() == 0) {
            return Optional.empty();
        }
        int siteBegin = modality.end() + lead.end();
        Optional<Span> first = longestAt(sites, siteBegin);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Span site = first.get();
        // "head and neck", "abdomen/pelvis"
        Matcher joined = JOINED_SITE.matcher(text.subSequence(site.end(), Math.min(text.length(), site.end() + 6)));
        if (joined.find()) {
            Optional<Span> second = longestAt(sites, site.end() + joined.end());
            if (second.isPresent()) {
                site = site.union(second.get());
            }
        }
        int lateral = modality.end() + lead.start() + leadingLaterality(lead.group());
        return Optional.of(new Span(Math.min(lateral, site.begin()), site.end()));
    }

    private static Optional<Span> siteBefore(CharSequence text, Span modality, SpanIndex sites) {
        Optional<Span> site = sites.beginningIn(Math.max(0, modality.begin() - 40), modality.begin()).stream()
                .filter(s -> s.end() < modality.begin() && onlySpaceBetween(text, s.end(), modality.begin()))
                .max(Comparator.comparingInt(Span::end));
        return site.map(s -> {
            int from = Math.max(0, s.begin() - 12);
            Matcher lat = LATERALITY_BEFORE.matcher(text.subSequence(from, s.begin()));
            return lat.find() ? new Span(from + lat.start(), s.end()) : s;
        });
    }

    private static Optional<Span> longestAt(SpanIndex sites, int begin) {
        return sites.beginningIn(begin, begin + 1).stream().max(Comparator.comparingInt(Span::length));
    }

    private static int leadingLaterality(String lead) {
        Matcher m = Pattern.compile("(?i)\\b(?:left|right|bilateral|r|l)\\s+$").matcher(lead);
        return m.find() ? m.start() : lead.length();
    }

    private static boolean onlySpaceBetween(CharSequence text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
