package claimdesk.analysis.figures;

import claimdesk.model.Span;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds the period a figure refers to ("in the past two weeks", "between 1 April and 15 July", "in 2022") and
 * resolves it to inclusive dates. Relative phrases need the publication date; without it only absolute ones
 * ("in 2022", "on 12 March 2025") resolve. Rates ("daily", "per day") are not periods. Stateless and thread-safe.
 */
public final class PeriodResolver {

    /** An inclusive date range; either end is null when open ("up to June 2025") or not knowable. */
    public record Range(LocalDate from, LocalDate to) {
        public static final Range UNKNOWN = new Range(null, null);
    }

    /** A period phrase found in a text, with its resolution. */
    record Found(Span span, Range range) {
    }

    /** See {@link #nearest}. */
    static final int MAX_TOKENS_AWAY = 100;
    /** Characters added to the distance of a vague phrase: more than any sentence is long. */
    private static final int VAGUE_PENALTY = 100_000;

    private static final Set<String> CONTRAST = Set.of("while", "whereas", "but", "although", "though",
            "compared", "versus", "against", ";");

    private PeriodResolver() {
    }

    /**
     * Resolves a whole period phrase as written ("since the beginning of the year"). Returns {@link Range#UNKNOWN}
     * for a phrase it does not read or cannot date.
     */
    public static Range resolve(String period, LocalDate publishedOn) {
        if (period == null) {
            return Range.UNKNOWN;
        }
        String phrase = period.strip();
        for (PeriodRules.Rule rule : PeriodRules.RULES) {
            Matcher m = rule.pattern().matcher(phrase);
            if (m.matches()) {
                return rule.resolve(m, publishedOn);
            }
        }
        return Range.UNKNOWN;
    }

    /**
     * The period phrase in the sentence {@code t} closest to the figure at {@code [figStart, figEnd)}, or null. On a
     * tie the phrase after the figure wins, since English usually puts the period after the count. A phrase behind a
     * contrasting clause with its own count belongs to that count ("250 men in Karachi, while 40 women were
     * detained last week"), and so does one of the report or another clause ({@link ForeignPeriods}). A vague
     * phrase ("so far", "now") loses to any other. Only phrases within {@link #MAX_TOKENS_AWAY} tokens are read: a
     * news sentence is shorter, and reading the whole of a long piece of text for each of its figures cost its
     * length squared.
     */
    static Found nearest(PeriodPhrases phrases, Tokens t, int figStart, int figEnd, LocalDate pub) {
        Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        int before = t.lastEndingAtOrBefore(figStart);
        int after = t.firstAtOrAfter(figEnd);
        int first = Math.max(0, before - MAX_TOKENS_AWAY);
        int last = Math.min(t.size(), after + MAX_TOKENS_AWAY);
        for (int i = first; i < last; i++) {
            int s = t.start(i);
            if (s >= figStart && s < figEnd) {
                continue;
            }
            int e = phrases.end(i);
            if (e < 0 || (e > figStart && s < figEnd)) {
                continue;
            }
            if (e <= figStart && ForeignPeriods.belongsToCount(t, i)) {
                // "four detained on Monday and another five in the following days, along with 14 Saudis": a
                // period owned by a count between is a wall; phrases further back are not 14's either.
                if (best != null && best.span().end() <= s) {
                    best = null;
                    bestDistance = Integer.MAX_VALUE;
                }
                continue;
            }
            if (countBetween(t, e <= figStart ? e : figEnd, e <= figStart ? figStart : s)
                    || ForeignPeriods.isForeign(t, i, t.firstAtOrAfter(e), before, after)) {
                continue;
            }
            int distance = (e <= figStart ? figStart - e : s - figEnd) + (isVague(t, i, e) ? VAGUE_PENALTY : 0);
            if (distance < bestDistance || (distance == bestDistance && s >= figEnd)) {
                bestDistance = distance;
                best = phrases.found(i, pub);
            }
        }
        return best;
    }

    /**
     * "so far", "now", "currently": true but vague, so any other period of the clause wins ("So far 15,000 refugees
     * have arrived this month" is this month's).
     */
    private static boolean isVague(Tokens t, int i, int end) {
        String w = t.lower(i);
        return w.equals("now") || w.equals("currently") || w.equals("so") && i + 1 < t.size() && end == t.end(i + 1);
    }

    /**
     * True when a period read for another figure of the sentence (a list or a figure without a noun shares its
     * neighbour's) belongs to another clause of this one: "$14 billion sought last year and will include $3.1
     * billion" gives $3.1 billion no period.
     */
    static boolean isForeignTo(Tokens t, Span period, int figStart, int figEnd) {
        int from = t.firstAtOrAfter(period.start());
        return from < t.size() && ForeignPeriods.isForeignShared(t, from, t.firstAtOrAfter(period.end()),
                t.lastEndingAtOrBefore(figStart), t.firstAtOrAfter(figEnd));
    }

    /** True when a contrasting clause with its own count lies between: "..., while 40 women were detained". */
    private static boolean countBetween(Tokens t, int from, int to) {
        boolean count = false;
        boolean contrast = false;
        for (int i = t.firstAtOrAfter(from); i < t.size() && t.end(i) <= to; i++) {
            count |= t.isCount(i);
            contrast |= CONTRAST.contains(t.lower(i));
        }
        return count && contrast;
    }
}
