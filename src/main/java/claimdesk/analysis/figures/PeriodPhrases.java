package claimdesk.analysis.figures;

import claimdesk.model.Span;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * The period phrase starting at each token of one sentence, matched on first use and then kept. The figures of a
 * sentence and their siblings all ask {@link PeriodResolver#nearest} about the same tokens; keeping the matches
 * runs each period regex once per sentence instead of once per figure and reading. Not thread-safe.
 */
final class PeriodPhrases {

    private static final int UNTRIED = -2;
    private static final int NONE = -1;

    private final SentenceCache cache;
    private final Tokens tokens;
    private final int[] ends;
    private final PeriodRules.Rule[] rules;
    private final MatchResult[] matches;
    /** Resolved phrases by token, for {@link #resolvedFor} only: resolving reads month names and builds dates. */
    private final PeriodResolver.Found[] found;
    private LocalDate resolvedFor;

    PeriodPhrases(SentenceCache cache, Tokens tokens) {
        this.cache = cache;
        this.tokens = tokens;
        ends = new int[tokens.size()];
        Arrays.fill(ends, UNTRIED);
        rules = new PeriodRules.Rule[tokens.size()];
        matches = new MatchResult[tokens.size()];
        found = new PeriodResolver.Found[tokens.size()];
    }

    /** End offset of the period phrase starting at token {@code i}, or -1 if none starts there. */
    int end(int i) {
        if (ends[i] == UNTRIED) {
            ends[i] = match(i);
        }
        return ends[i];
    }

    /**
     * The phrase at token {@code i} with its dates; only after {@link #end} found one. Figures of one text share the
     * publication date, so each phrase is resolved once; the result is immutable and may be shared.
     */
    PeriodResolver.Found found(int i, LocalDate pub) {
        if (!Objects.equals(pub, resolvedFor)) {
            Arrays.fill(found, null);
            resolvedFor = pub;
        }
        if (found[i] == null) {
            Span span = Span.of(cache.text(), tokens.start(i), ends[i]);
            found[i] = new PeriodResolver.Found(span, rules[i].resolve(matches[i], pub));
        }
        return found[i];
    }

    /** The first rule for the token's word that matches from it, within the sentence, as the rules are ordered. */
    private int match(int i) {
        List<PeriodRules.Rule> candidates = PeriodRules.startingWith(tokens.lower(i));
        // Indexed, because an iterator was allocated for every token, and most tokens start no period at all.
        for (int r = 0; r < candidates.size(); r++) {
            PeriodRules.Rule rule = candidates.get(r);
            Matcher matcher = cache.matcher(rule);
            // The region ends with the sentence, so "\b" and look-aheads see the same end for every figure.
            matcher.region(tokens.start(i), tokens.end(tokens.size() - 1));
            if (matcher.lookingAt()) {
                rules[i] = rule;
                matches[i] = matcher.toMatchResult();
                return matcher.end();
            }
        }
        return NONE;
    }
}
