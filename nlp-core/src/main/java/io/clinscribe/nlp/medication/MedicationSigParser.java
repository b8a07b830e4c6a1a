package io.clinscribe.nlp.medication;

import io.clinscribe.nlp.medication.SigLexicon.CueRole;
import io.clinscribe.nlp.medication.SigLexicon.DoseForm;
import io.clinscribe.nlp.medication.SigLexicon.FormWord;
import io.clinscribe.nlp.medication.SigLexicon.FrequencyWord;
import io.clinscribe.record.Medication;
import io.clinscribe.record.Mention;
import io.clinscribe.record.Quantity;
import io.clinscribe.record.Route;
import io.clinscribe.record.Span;
import io.clinscribe.record.Timing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds the sig written after a drug name (strength, dose, form, route, frequency, as-needed, duration) to it.
 * The text after the drug is read as a run of sig elements, each the longest lexicon or pattern match at its
 * position; linking words and punctuation are kept only between elements, and the first word that is neither
 * ends the sig. Nothing is guessed: a number without a unit, a range, or two disagreeing values leave the
 * attribute empty and add a review reason. Stateless and thread-safe; the {@link SigLexicon} is shared.
 */
public final class MedicationSigParser {

    private enum Kind { STRENGTH, DOSE, NUMBER, COMBINATION, FREQUENCY, ROUTE, FORM, PRN, DURATION, ONCE, TAIL, LINK,
        COMPLEX }

    /** One sig element; only the fields of its kind are set. */
    private record Element(Kind kind, int begin, int end, Quantity quantity, Timing timing, Optional<Route> route,
                           boolean routeStated, String form, Span reason, String review) {
        static Element of(Kind kind, int begin, int end) {
            return new Element(kind, begin, end, null, null, Optional.empty(), false, null, null, null);
        }

        Element withQuantity(Quantity q) {
            return new Element(kind, begin, end, q, timing, route, routeStated, form, reason, review);
        }

        Element withTiming(Timing t) {
            return new Element(kind, begin, end, quantity, t, route, routeStated, form, reason, review);
        }

        Element withRoute(Optional<Route> r, boolean stated) {
            return new Element(kind, begin, end, quantity, timing, r, stated, form, reason, review);
        }

        Element withForm(String f) {
            return new Element(kind, begin, end, quantity, timing, route, routeStated, f, reason, review);
        }

        Element withReason(Span s) {
            return new Element(kind, begin, end, quantity, timing, route, routeStated, form, s, review);
        }

        Element withReview(String r) {
            return new Element(kind, begin, end, quantity, timing, route, routeStated, form, reason, r);
        }

        /** Elements that make a sig: anything but a bare form word, a timing phrase or a link. */
        boolean isSig() {
            return switch (kind) {
                case STRENGTH, DOSE, NUMBER, COMBINATION, FREQUENCY, ROUTE, PRN, DURATION, ONCE -> true;
                case FORM -> route.isPresent();
                default -> false;
            };
        }
    }

    /** Punctuation that may join two sig elements ("90 mcg, 4 puffs"; "tablet: take 1"). */
    private static final String LINK_PUNCTUATION = ",:/@-–";
    /** Punctuation that ends an as-needed reason. */
    private static final String REASON_END = ",;.:()[]#\n\r";
    private static final Pattern REASON_WORD = Pattern.compile("[A-Za-z][A-Za-z'/-]*|\\d+(?:\\.\\d+)?|[<>≤≥=]+");
    private static final int MAX_LINKS = 3;
    /** The start of a list item or numbered line. */
    private static final Pattern NEW_ITEM = Pattern.compile("(?:[-*•]|\\d{1,2}[.)])\\s");
    private static final int MAX_REASON_WORDS = 6;

    private final SigLexicon lexicon;

    public MedicationSigParser(SigLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * The sig of the drug named at {@code drug}, read forward up to {@code limit} (exclusive: the end of the
     * sentence or line, or the start of the next drug mention, whichever comes first).
     */
    public MedicationSig parse(CharSequence documentText, Span drug, int limit) {
        return parse(documentText, drug, drug.begin(), limit);
    }

    /**
     * As {@link #parse(CharSequence, Span, int)}, also taking a route or strength written just before the drug
     * ("IV ceftriaxone", "1 g azithromycin") when it lies at or after {@code floor} (the end of the previous
     * mention's extent, or the start of the sentence). Such a prefix is a description, not a sig: it sets its
     * attribute but not {@code asNeeded}.
     */
    public MedicationSig parse(CharSequence documentText, Span drug, int floor, int limit) {
        String text = documentText.toString();
        int end = Math.min(Math.max(limit, drug.end()), text.length());
        Span drugSpan = trimDrugName(text, drug);
        List<String> reviews = new ArrayList<>();
        List<Element> elements = scan(text, drugSpan.end(), end, drugSpan, reviews);

        int extentEnd = drug.end();
        for (Element e : elements) {
            extentEnd = Math.max(extentEnd, e.end());
        }
        boolean sig = elements.stream().anyMatch(Element::isSig);

        Optional<Quantity> strength = single(elements, Kind.STRENGTH, Element::quantity, "strengths", reviews);
        Optional<Quantity> dose = single(elements, Kind.DOSE, Element::quantity, "doses", reviews);
        Optional<Timing> frequency = single(elements, Kind.FREQUENCY, Element::timing, "frequencies", reviews);
        Optional<Quantity> duration = single(elements, Kind.DURATION, Element::quantity, "durations", reviews);
        Optional<String> form = form(elements, reviews);
        Optional<Route> route = route(elements, reviews);
        boolean prn = elements.stream().anyMatch(e -> e.kind() == Kind.PRN);
        Optional<String> reason = elements.stream().filter(e -> e.kind() == Kind.PRN && e.reason() != null)
                .findFirst().map(e -> e.reason().of(text));

        int extentBegin = drug.begin();
        Prefix prefix = prefix(text, drug.begin(), Math.max(0, Math.min(floor, drug.begin())));
        if (prefix != null) {
            extentBegin = prefix.begin();
            if (route.isEmpty() && prefix.route() != null) {
                route = prefix.route();
            }
            if (prefix.review() != null) {
                reviews.add(prefix.review());
            }
            if (strength.isEmpty() && prefix.strength() != null) {
                strength = Optional.of(prefix.strength());
            }
        }
        return new MedicationSig(new Span(extentBegin, extentEnd), drugSpan, drugSpan.of(text), strength, dose,
                form, route, frequency, sig ? Optional.of(prn) : Optional.empty(), reason, duration,
                new ArrayList<>(new LinkedHashSet<>(reviews)));
    }

    /** The record entry for a parsed sig; its review reasons are added to the mention's. */
    public Medication toMedication(MedicationSig sig, Mention mention) {
        Mention m = mention;
        for (String reason : sig.reviewReasons()) {
            m = m.withReviewReason(reason);
        }
        return new Medication(m, sig.drug(), sig.strength(), sig.dose(), sig.form(), sig.route(), sig.frequency(),
                sig.asNeeded(), sig.asNeededFor(), sig.duration());
    }

    /** The record entry for a parsed sig, with a default mention over its extent. */
    public Medication toMedication(CharSequence documentText, MedicationSig sig) {
        return toMedication(sig, Mention.at(documentText, sig.extent()));
    }

    // ---- the drug name ----

    /** Drops trailing release, device and route words from a dictionary match ("albuterol HFA" -> "albuterol"). */
    private Span trimDrugName(String text, Span drug) {
        int begin = drug.begin();
        int end = drug.end();
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (true) {
            int wordStart = end;
            while (wordStart > begin && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart <= begin) {
                break;
            }
            int candidate = wordStart;
            if (!matchesWhole(lexicon.formWord, text, candidate, end)
                    && !matchesWhole(lexicon.routeWord, text, candidate, end)) {
                break;
            }
            end = candidate;
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return new Span(begin, end);
    }

    private static boolean matchesWhole(Pattern p, String text, int begin, int end) {
        Matcher m = p.matcher(text).region(begin, end);
        return m.matches();
    }

    // ---- the sig after the drug ----

    private List<Element> scan(String text, int from, int limit, Span drug, List<String> reviews) {
        List<Element> accepted = new ArrayList<>();
        int p = from;
        int links = 0;
        boolean conjunction = false;
        while (true) {
            int before = p;
            p = skipSpace(text, p, limit);
            if (p >= limit) {
                break;
            }
            boolean newLine = text.substring(before, p).indexOf('\n') >= 0;
            if (newLine && (NEW_ITEM.matcher(text).region(p, limit).lookingAt()
                    || text.substring(before, p).chars().filter(c -> c == '\n').count() > 1)) {
                break; // a wrapped line may carry the sig on, a new list item or paragraph does not
            }
            Element e = longestAt(text, p, limit, drug);
            if (newLine && e != null && e.kind() == Kind.NUMBER) {
                break;
            }
            if (e == null) {
                break;
            }
            if (e.kind() == Kind.COMPLEX) {
                if (accepted.stream().anyMatch(Element::isSig)) {
                    reviews.add("sig continues in a way not coded (" + text.substring(e.begin(), e.end()) + ")");
                }
                break;
            }
            if (e.kind() == Kind.LINK) {
                if (++links > MAX_LINKS) {
                    break;
                }
                String word = text.substring(e.begin(), e.end()).toLowerCase(java.util.Locale.ROOT);
                conjunction |= word.equals("and") || word.equals("or");
                p = e.end();
                continue;
            }
            boolean hasSig = accepted.stream().anyMatch(Element::isSig);
            if (e.kind() == Kind.DURATION && !hasSig) {
                break; // "metformin for 48 hours" after a bare name is about holding or history, not a course
            }
            if (e.kind() == Kind.NUMBER && links > 0) {
                break; // "b.i.d.,2": after a link a unit-less number is the next list item's number
            }
            if ((e.kind() == Kind.NUMBER || isBareOnce(text, e)) && !followedBySig(text, e.end(), limit, drug)) {
                break; // "naproxen once prednisone begins": a bare "once" may be a conjunction
            }
            if (conjunction && (e.kind() == Kind.STRENGTH || e.kind() == Kind.DOSE || e.kind() == Kind.NUMBER)
                    && accepted.stream().noneMatch(a -> a.kind() == Kind.STRENGTH || a.kind() == Kind.DOSE
                    || a.kind() == Kind.COMBINATION || a.kind() == Kind.NUMBER)) {
                break; // "Demerol and 3.75 mg of Versed": an amount after "and" with none before is another drug's
            }
            if (links > 0 && e.kind() == Kind.STRENGTH && accepted.stream().anyMatch(a -> a.kind() == Kind.STRENGTH
                    && !a.quantity().unit().equals(e.quantity().unit()))) {
                break; // "Fentanyl 100 mcg and 5 mg of Versed": a strength in other units starts another drug's dose
            }
            if (links > 0 && (e.kind() == Kind.ROUTE || e.kind() == Kind.STRENGTH)
                    && beforeNextDrug(text, e.end(), limit)) {
                break; // "Versed and IV fentanyl": a route or strength just before the next drug is that drug's
            }
            if (e.review() != null) {
                reviews.add(e.review());
            }
            accepted.add(e);
            links = 0;
            conjunction = false;
            p = e.end();
        }
        return accepted;
    }

    private static boolean beforeNextDrug(String text, int from, int limit) {
        return skipSpace(text, from, limit) >= limit && limit < text.length()
                && Character.isLetterOrDigit(text.charAt(limit));
    }

    private static boolean isBareOnce(String text, Element e) {
        return e.kind() == Kind.ONCE && text.substring(e.begin(), e.end()).equalsIgnoreCase("once");
    }

    /** A unit-less number counts only when a sig element or the end of the sentence follows it. */
    private boolean followedBySig(String text, int from, int limit, Span drug) {
        int q = skipSpace(text, from, limit);
        if (q >= limit) {
            // the sentence ends here, unless the limit is the next drug's name carrying on the clause
            return limit >= text.length() || !Character.isLetterOrDigit(text.charAt(limit));
        }
        if (";.()".indexOf(text.charAt(q)) >= 0) {
            return true;
        }
        Element next = longestAt(text, q, limit, drug);
        return next != null && next.kind() != Kind.LINK && next.kind() != Kind.COMPLEX;
    }

    private static int skipSpace(String text, int p, int limit) {
        while (p < limit && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private Element longestAt(String text, int p, int limit, Span drug) {
        Element best = null;
        for (Element e : candidates(text, p, limit, drug)) {
            if (e != null && e.end() > p && (best == null || e.end() > best.end()
                    || (e.end() == best.end() && best.kind() == Kind.LINK && e.kind() != Kind.LINK))) {
                best = e;
            }
        }
        return best;
    }

    private List<Element> candidates(String text, int p, int limit, Span drug) {
        List<Element> out = new ArrayList<>();
        out.add(quantity(text, p, limit, drug));
        Matcher m = at(lexicon.bareNumber, text, p, limit);
        if (m != null) {
            out.add(Element.of(Kind.NUMBER, p, m.end()).withReview("number without a unit: "
                    + text.substring(p, m.end()) + " (strength or dose?)"));
        }
        out.add(frequency(text, p, limit));
        m = at(lexicon.routeWord, text, p, limit);
        if (m != null) {
            out.add(Element.of(Kind.ROUTE, p, m.end()).withRoute(lexicon.routes.get(SigLexicon.key(m.group())), true));
        }
        m = at(lexicon.formWord, text, p, limit);
        if (m != null) {
            String k = SigLexicon.key(m.group());
            FormWord f = lexicon.forms.get(k);
            if (f != null) {
                out.add(Element.of(Kind.FORM, p, m.end()).withForm(f.form()).withRoute(f.route(), false));
            } else {
                DoseForm d = lexicon.doseForms.get(k);
                Element e = Element.of(Kind.FORM, p, m.end()).withRoute(d.route(), false);
                out.add(d.form().map(e::withForm).orElse(e)); // "puffs" alone implies a route but names no form
            }
        }
        m = at(lexicon.duration, text, p, limit);
        if (m != null) {
            out.add(Element.of(Kind.DURATION, p, m.end()).withQuantity(
                    new Quantity(number(m.group("n")), lexicon.timeUnits.get(SigLexicon.key(m.group("unit"))))));
        }
        m = at(lexicon.countTimes, text, p, limit);
        if (m != null) {
            out.add(Element.of(Kind.ONCE, p, m.end()));
        }
        m = at(lexicon.cueWord, text, p, limit);
        if (m != null) {
            CueRole role = lexicon.cues.get(SigLexicon.key(m.group()));
            out.add(switch (role) {
                case PRN -> prn(text, p, m.end(), limit, drug);
                case ONCE -> Element.of(Kind.ONCE, p, m.end());
                case TAIL -> Element.of(Kind.TAIL, p, m.end());
                case LINK -> Element.of(Kind.LINK, p, m.end());
                case COMPLEX -> Element.of(Kind.COMPLEX, p, m.end());
            });
        }
        if (LINK_PUNCTUATION.indexOf(text.charAt(p)) >= 0) {
            out.add(Element.of(Kind.LINK, p, p + 1));
        }
        m = at(lexicon.maximum, text, p, limit);
        if (m != null) {
            out.add(Element.of(Kind.LINK, p, m.end()));
        }
        m = at(lexicon.vehicle, text, p, limit);
        if (m != null) {
            out.add(Element.of(Kind.TAIL, p, m.end()));
        }
        m = at(lexicon.site, text, p, limit);
        if (m != null) {
            // "to wounds BID": a site is a link, unless its word is itself a sig element ("to BID" is not a site)
            int word = skipSpace(text, p + 2, limit);
            if (text.regionMatches(true, word, "the", 0, 3)) {
                word = skipSpace(text, word + 3, limit);
            }
            boolean element = false;
            for (Pattern q : List.of(lexicon.frequencyWord, lexicon.routeWord, lexicon.formWord, lexicon.cueWord)) {
                element |= at(q, text, word, limit) != null;
            }
            if (!element) {
                out.add(Element.of(Kind.LINK, p, m.end()));
            }
        }
        return out;
    }

    private static Matcher at(Pattern pattern, String text, int p, int limit) {
        Matcher m = pattern.matcher(text).region(p, limit).useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    private Element quantity(String text, int p, int limit, Span drug) {
        Matcher m = at(lexicon.quantity, text, p, limit);
        if (m == null) {
            return null;
        }
        String unitKey = SigLexicon.key(m.group("unit"));
        BigDecimal value = number(m.group("n1"));
        if (m.group("mult") != null) {
            value = value.multiply(SigLexicon.key(m.group("mult")).equals("million")
                    ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1_000));
        }
        String written = text.substring(p, m.end());
        DoseForm doseForm = lexicon.doseForms.get(unitKey);
        if (doseForm != null) {
            Element e = Element.of(Kind.DOSE, p, m.end()).withRoute(doseForm.route(), false);
            e = doseForm.form().map(e::withForm).orElse(e);
            if (m.group("n2") != null) {
                Element range = Element.of(Kind.FORM, p, m.end()).withForm(doseForm.form().orElse(null))
                        .withRoute(doseForm.route(), false);
                // "400/80 tab" is a combination tablet; "1-2 tabs" a dose range the record cannot hold
                return slashed(m) ? range : range.withReview("dose range: " + written);
            }
            return e.withQuantity(new Quantity(value, doseForm.doseUnit()));
        }
        String unit = lexicon.strengthUnits.get(unitKey);
        StringBuilder ucum = new StringBuilder(unit);
        String per = m.group("per");
        if (per != null && !per.isBlank()) {
            for (String den : per.split("/")) {
                if (!den.isBlank()) {
                    ucum.append('/').append(lexicon.rateDenominators.get(SigLexicon.key(den)));
                }
            }
        }
        if (m.group("hours") != null) {
            ucum.append("/(").append(m.group("hours")).append(".h)"); // "0.1 mg/24 hr" patch: mg/(24.h)
        }
        for (String rate : new String[] {m.group("rate"), m.group("rate2")}) {
            if (rate != null) {
                ucum.append('/').append(lexicon.rateDenominators.get(SigLexicon.key(rate)));
            }
        }
        if (m.group("n2") != null) {
            // "5-325 mg" names the strengths of a combination product; for a single drug it is a range to review
            if (slashed(m) || isCombination(text.substring(drug.begin(), drug.end()))) {
                return Element.of(Kind.COMBINATION, p, m.end());
            }
            return Element.of(Kind.COMBINATION, p, m.end()).withReview("strength range: " + written);
        }
        return Element.of(Kind.STRENGTH, p, m.end()).withQuantity(new Quantity(value, ucum.toString()));
    }

    private static boolean slashed(Matcher quantity) {
        return quantity.group().substring(quantity.group("n1").length()).trim().startsWith("/");
    }

    private static boolean isCombination(String drugName) {
        return drugName.contains("-") || drugName.contains("/") || drugName.toLowerCase().contains(" and ");
    }

    private Element frequency(String text, int p, int limit) {
        Element best = null;
        Matcher m = at(lexicon.frequencyWord, text, p, limit);
        if (m != null) {
            FrequencyWord w = lexicon.frequencies.get(SigLexicon.key(m.group()));
            best = w.codable()
                    ? Element.of(Kind.FREQUENCY, p, m.end()).withTiming(Timing.of(w.frequency(), w.period(),
                    w.periodUnit()))
                    : Element.of(Kind.FREQUENCY, p, m.end()).withReview("frequency too ambiguous to code: " + m.group());
        }
        for (Pattern interval : List.of(lexicon.qInterval, lexicon.everyInterval)) {
            m = at(interval, text, p, limit);
            if (m != null && (best == null || m.end() > best.end())) {
                String unit = m.group("unit") == null ? "h" : lexicon.timeUnits.get(SigLexicon.key(m.group("unit")));
                Optional<BigDecimal> max = m.group("n2") == null ? Optional.empty() : Optional.of(number(m.group("n2")));
                best = Element.of(Kind.FREQUENCY, p, m.end())
                        .withTiming(new Timing(1, number(m.group("n1")), max, unit));
                if (m.group("unit") == null) {
                    best = best.withReview("frequency unit not written, read as hours: " + m.group());
                }
            }
        }
        m = at(lexicon.timesPer, text, p, limit);
        if (m != null && (best == null || m.end() > best.end())) {
            String n = SigLexicon.key(m.group("n"));
            int count = switch (n) {
                case "once" -> 1;
                case "twice" -> 2;
                case "thrice" -> 3;
                default -> number(n).intValue();
            };
            String u = SigLexicon.key(m.group("unit"));
            String unit = u.startsWith("d") ? "d" : u.startsWith("w") ? "wk" : u.startsWith("m") ? "mo" : "h";
            if (m.group("n2") != null) {
                // "two to three times a day": Timing holds no frequency range, so it is reviewed, not narrowed
                best = Element.of(Kind.FREQUENCY, p, m.end()).withReview("frequency range: " + m.group());
            } else if (count > 0) {
                best = Element.of(Kind.FREQUENCY, p, m.end()).withTiming(Timing.of(count, 1, unit));
            }
        }
        return best;
    }

    private Element prn(String text, int begin, int cueEnd, int limit, Span drug) {
        int q = cueEnd;
        int reasonBegin = -1;
        int reasonEnd = -1;
        int lastContent = -1;
        for (int words = 0; words < MAX_REASON_WORDS; words++) {
            int s = q;
            while (s < limit && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
                s++;
            }
            if (s >= limit || REASON_END.indexOf(text.charAt(s)) >= 0) {
                break;
            }
            Matcher w = REASON_WORD.matcher(text).region(s, limit);
            if (!w.lookingAt()) {
                break;
            }
            String word = SigLexicon.key(w.group());
            if (lexicon.prnReasonStops.contains(word)) {
                break;
            }
            boolean connective = word.equals("or") || word.equals("and");
            if (!connective) {
                Element e = longestAt(text, s, limit, drug);
                if (e != null && e.kind() != Kind.LINK && e.kind() != Kind.NUMBER
                        && !((e.kind() == Kind.ROUTE || e.kind() == Kind.FORM) && plainWordAt(text, e.end(), limit, drug))) {
                    break; // but "prn nasal congestion": a site adjective before a plain word is part of the reason
                }
                if (reasonBegin < 0) {
                    reasonBegin = s;
                }
                lastContent = w.end();
            } else if (reasonBegin < 0) {
                break;
            }
            q = w.end();
        }
        reasonEnd = lastContent;
        Element e = Element.of(Kind.PRN, begin, reasonEnd > 0 ? reasonEnd : cueEnd);
        return reasonEnd > 0 ? e.withReason(new Span(reasonBegin, reasonEnd)) : e;
    }

    private boolean plainWordAt(String text, int from, int limit, Span drug) {
        int s = from;
        while (s < limit && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
            s++;
        }
        Matcher w = REASON_WORD.matcher(text).region(s, limit);
        return w.lookingAt() && Character.isLetter(text.charAt(s))
                && !lexicon.prnReasonStops.contains(SigLexicon.key(w.group()))
                && longestAt(text, s, limit, drug) == null;
    }

    // ---- reconciling the elements ----

    private static <T> Optional<T> single(List<Element> elements, Kind kind,
                                          java.util.function.Function<Element, T> value, String what,
                                          List<String> reviews) {
        return single(elements, Set.of(kind), value, what, reviews);
    }

    private static <T> Optional<T> single(List<Element> elements, Set<Kind> kinds,
                                          java.util.function.Function<Element, T> value, String what,
                                          List<String> reviews) {
        Set<T> values = new LinkedHashSet<>();
        for (Element e : elements) {
            if (kinds.contains(e.kind()) && value.apply(e) != null) {
                values.add(value.apply(e));
            }
        }
        if (values.size() > 1) {
            reviews.add("conflicting " + what + ": " + values.stream().map(MedicationSigParser::show).toList());
            return Optional.empty();
        }
        return values.stream().findFirst();
    }

    private static String show(Object v) {
        if (v instanceof Quantity q) {
            return q.value().stripTrailingZeros().toPlainString() + " " + q.unit();
        }
        if (v instanceof Timing t) {
            return t.frequency() + "/" + t.period().stripTrailingZeros().toPlainString() + " " + t.periodUnit();
        }
        return String.valueOf(v);
    }

    private static final Set<String> RELEASE_MODIFIERS = Set.of("extended-release", "delayed-release");
    /** Counted forms that name a form outright: "1 drop" of a solution is no conflict, "1 tab" of a capsule is. */
    private static final Set<String> SOLID_UNITS = Set.of("tablet", "capsule");

    /**
     * A named form word ("solution") wins over the form a counted unit implies ("1 drop"); a release modifier
     * combines with the base form ("ER ... 2 tabs": extended-release tablet).
     */
    private static Optional<String> form(List<Element> elements, List<String> reviews) {
        Set<String> modifiers = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        Set<String> counted = new LinkedHashSet<>();
        for (Element e : elements) {
            if (e.form() == null) {
                continue;
            }
            if (RELEASE_MODIFIERS.contains(e.form())) {
                modifiers.add(e.form());
            } else if (e.kind() == Kind.FORM) {
                named.add(e.form());
            } else if (e.kind() == Kind.DOSE) {
                counted.add(e.form());
            }
        }
        Set<String> base = named.isEmpty() ? counted : named;
        boolean unitsDisagree = !named.isEmpty() && counted.stream()
                .anyMatch(c -> SOLID_UNITS.contains(c) && named.stream().noneMatch(n -> n.endsWith(c))); // "cap ... 1 tab"
        if (base.size() > 1 || modifiers.size() > 1 || unitsDisagree) {
            base = new LinkedHashSet<>(base);
            base.addAll(counted);
            List<String> all = new ArrayList<>(modifiers);
            all.addAll(base);
            reviews.add("conflicting forms: " + all);
            return Optional.empty();
        }
        Optional<String> b = base.stream().findFirst();
        Optional<String> m = modifiers.stream().findFirst();
        return m.isPresent() ? Optional.of(m.get() + b.map(x -> " " + x).orElse("")) : b;
    }

    /** A stated route wins over one implied by a form word; disagreeing routes of the same standing are reviewed. */
    private static Optional<Route> route(List<Element> elements, List<String> reviews) {
        for (boolean stated : new boolean[] {true, false}) {
            Set<Route> routes = new LinkedHashSet<>();
            boolean any = false;
            for (Element e : elements) {
                if ((e.kind() == Kind.ROUTE || e.kind() == Kind.FORM || e.kind() == Kind.DOSE || e.kind() == Kind.TAIL)
                        && e.routeStated() == stated) {
                    if (e.kind() == Kind.ROUTE) {
                        any = true;
                    }
                    e.route().ifPresent(routes::add);
                }
            }
            if (routes.size() > 1) {
                reviews.add("conflicting routes: " + routes.stream().map(Route::code).toList());
                return Optional.empty();
            }
            if (!routes.isEmpty()) {
                return routes.stream().findFirst();
            }
            if (stated && any) {
                return Optional.empty(); // a stated route the format has no word for (intra-arterial)
            }
        }
        return Optional.empty();
    }

    // ---- before the drug ----

    private record Prefix(int begin, Optional<Route> route, Quantity strength, String review) {
    }

    private Prefix prefix(String text, int drugBegin, int floor) {
        if (floor >= drugBegin) {
            return null;
        }
        Matcher m = lexicon.prefix.matcher(text).region(floor, drugBegin);
        if (!m.find()) {
            return null;
        }
        if (m.group("route") != null) {
            Optional<Route> first = lexicon.routes.get(SigLexicon.key(m.group("route")));
            if (m.group("route2") != null) {
                Optional<Route> second = lexicon.routes.get(SigLexicon.key(m.group("route2")));
                if (!first.equals(second)) {
                    return new Prefix(m.start(), Optional.empty(), null,
                            "conflicting routes: " + text.substring(m.start(), m.end()).trim());
                }
            }
            return new Prefix(m.start(), first, null, null);
        }
        String unit = lexicon.strengthUnits.get(SigLexicon.key(m.group("unit")));
        return new Prefix(m.start(), null, new Quantity(number(m.group("n1")), unit), null);
    }

    // ---- numbers ----

    private static final Map<String, BigDecimal> NUMBER_WORDS = Map.ofEntries(
            Map.entry("½", new BigDecimal("0.5")), Map.entry("half", new BigDecimal("0.5")),
            Map.entry("a half", new BigDecimal("0.5")), Map.entry("one-half", new BigDecimal("0.5")),
            Map.entry("one", BigDecimal.ONE), Map.entry("two", BigDecimal.valueOf(2)),
            Map.entry("three", BigDecimal.valueOf(3)), Map.entry("four", BigDecimal.valueOf(4)),
            Map.entry("five", BigDecimal.valueOf(5)), Map.entry("six", BigDecimal.valueOf(6)),
            Map.entry("seven", BigDecimal.valueOf(7)), Map.entry("eight", BigDecimal.valueOf(8)),
            Map.entry("nine", BigDecimal.valueOf(9)), Map.entry("ten", BigDecimal.TEN),
            Map.entry("twelve", BigDecimal.valueOf(12)));

    static BigDecimal number(String written) {
        String k = SigLexicon.key(written);
        BigDecimal word = NUMBER_WORDS.get(k);
        if (word != null) {
            return word;
        }
        int slash = k.indexOf('/');
        if (slash > 0) {
            return new BigDecimal(k.substring(0, slash)).divide(new BigDecimal(k.substring(slash + 1)),
                    java.math.MathContext.DECIMAL64).stripTrailingZeros();
        }
        return new BigDecimal(k.replace(",", ""));
    }
}
