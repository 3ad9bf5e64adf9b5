package claimdesk.analysis.figures;

import claimdesk.model.Span;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;

/**
 * What {@link FigureContextFinder} reads from one text, kept across the figures of one extraction call: each
 * sentence's tokens, its period and attribution phrases (and the regex matchers that find them), and the source a
 * sentence takes from the sentences before it. Figures share sentences and re-read their siblings, so without this
 * each figure re-tokenised its sentence (and up to seven earlier ones for the source) and re-ran the period
 * regexes. Entries are keyed by exact character range, so a figure gets the very tokens it would have built
 * itself. Confined to one thread and one text.
 *
 * <p>Only the {@link #CAPACITY} sentences used last are kept. Figures come in text order and look back a few
 * sentences at most, so that loses no hits; keeping every sentence made a 10 MB article hold each of its
 * sentences' tokens at once and run out of memory. Evicting only ever costs a re-computation, never a result.
 */
final class SentenceCache {

    static final int CAPACITY = 64;

    private final String text;
    private final Map<Long, Tokens> tokens = recent();
    // Tokens keep Object's identity equality, so these are identity maps too.
    private final Map<Tokens, PeriodPhrases> periods = recent();
    private final Map<PeriodRules.Rule, Matcher> matchers = new IdentityHashMap<>();
    private final Map<Tokens, SourceCandidates> sources = recent();
    /** Source taken from earlier sentences, by sentence start; null values are results too. */
    private final Map<Integer, Span> earlierSources = recent();

    SentenceCache(String text) {
        this.text = text;
    }

    /** A map that forgets its least recently used entry beyond {@link #CAPACITY}. */
    private static <K, V> Map<K, V> recent() {
        return new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    String text() {
        return text;
    }

    /** The tokens of {@code [from, to)}; {@code from} is never negative. */
    Tokens tokens(int from, int to) {
        return tokens.computeIfAbsent(((long) from << 32) | (to & 0xFFFF_FFFFL), key -> new Tokens(text, from, to));
    }

    PeriodPhrases periods(Tokens t) {
        return periods.computeIfAbsent(t, key -> new PeriodPhrases(this, key));
    }

    SourceCandidates sources(Tokens t) {
        return sources.computeIfAbsent(t, SourceCandidates::new);
    }

    /**
     * A matcher of {@code rule} over the whole text, shared by all its sentences; callers set the region. One
     * matcher switched between rules with {@code usePattern} re-allocated its group arrays on every switch.
     */
    Matcher matcher(PeriodRules.Rule rule) {
        return matchers.computeIfAbsent(rule, r -> r.pattern().matcher(text));
    }

    /** The source the sentence at {@code sentenceStart} takes from before it, read once by {@code reader}. */
    Span earlierSource(int sentenceStart, IntFunction<Span> reader) {
        if (earlierSources.containsKey(sentenceStart)) {
            return earlierSources.get(sentenceStart);
        }
        Span source = reader.apply(sentenceStart);
        earlierSources.put(sentenceStart, source);
        return source;
    }
}
