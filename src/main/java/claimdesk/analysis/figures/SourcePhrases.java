package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.EventLexicon;
import java.util.Set;

/** Reads attribution phrases inside one sentence for {@link SourceFinder}; see there for the rules. */
final class SourcePhrases {

    /** Prepositions that may sit inside a name when a capitalised word follows: "Commission for Refugees". */
    private static final Set<String> NAME_PREPOSITIONS = Set.of("of", "for", "in", "by", "on", "at");
    private static final int MAX_WORDS = 12;
    private static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", "but");
    /** Prepositions that attach a setting to a speaker: "Journalists at the scene said". */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("at", "on", "in", "near", "from", "outside");
    /**
     * Verbs of stating beyond {@link Words#REPORTING} that only the source finder reads ("Vatican officials estimate",
     * "the poll suggests"): the subject finder keeps reading "estimate" and "forecast" as nouns.
     */
    private static final Set<String> STATING = Set.of("estimate", "forecast", "forecasts", "predicted", "predicts",
            "predict", "suggests", "suggested", "argued", "argues", "admitted", "admits", "saying", "shown",
            "reiterated", "projected", "projects");
    /** Lower-case titles inside a speaker's name after "said": "said Yukos spokesman Alexander Shadrin". */
    private static final Set<String> TITLES = Set.of("spokesman", "spokeswoman", "spokesperson", "minister",
            "secretary", "chief", "president", "director", "official", "analyst", "economist", "chairman",
            "chairwoman", "executive", "officer", "head", "leader", "governor", "mayor", "reporter", "correspondent",
            "commissioner", "general", "senator", "representative", "ambassador", "professor", "researcher",
            "founder", "manager", "strategist", "adviser", "advisor", "prosecutor", "judge", "sheriff");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds", "thousands", "millions",
            "several", "both");

    private SourcePhrases() {
    }

    /**
     * The source phrase in the sentence of {@code candidates} for a figure whose tokens run from {@code fig} to
     * {@code figEnd} (both the sentence size to read the sentence as a whole, from its end), or null.
     */
    static TokenRange inSentence(SourceCandidates candidates, int fig, int figEnd) {
        TokenRange according = candidates.according(fig);
        if (according != null) {
            return according;
        }
        int size = candidates.tokens().size();
        for (int k = Math.min(fig, size) - 1; k >= 0; k--) {
            TokenRange r = candidates.reportedAt(k);
            if (r != null) {
                return countsTheSpeaker(candidates.tokens(), r, fig, figEnd) ? null : r;
            }
        }
        for (int k = figEnd; k < size; k++) {
            if (CLAUSE_BREAKS.contains(candidates.tokens().lower(k)) || candidates.tokens().isPunct(k, ";")
                    || isLoneDash(candidates.tokens(), k)) {
                // "Britain promised $100 million, while Germany said it would give $50 million": the speaker
                // of a later clause is not the source of a figure before it.
                return null;
            }
            TokenRange r = candidates.reportedAt(k);
            if (r != null) {
                return countsTheSpeaker(candidates.tokens(), r, fig, figEnd) ? null : r;
            }
        }
        return null;
    }

    /**
     * "for Yugansk - nowhere near the $27bn Russia says": a dash that opens no pair ends a clause; a pair of dashes
     * ("22 million people – nearly half of the population – in need, said Singh") sets off an aside.
     */
    private static boolean isLoneDash(Tokens t, int k) {
        if (!t.isPunct(k, "-—–")) {
            return false;
        }
        int before = 0;
        for (int j = 0; j < k; j++) {
            before += t.isPunct(j, "-—–") ? 1 : 0;
        }
        if (before % 2 == 1) {
            return false;
        }
        for (int j = k + 1; j < t.size(); j++) {
            if (t.isPunct(j, "-—–")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Two sources close to the talks said", "60% of those polled said": the figure counts the speakers, so they
     * are its counted noun, not its source. True when phrase {@code r} holds the figure or starts right after it
     * (across "of" and articles).
     */
    private static boolean countsTheSpeaker(Tokens t, TokenRange r, int fig, int figEnd) {
        if (r.from() < figEnd && r.to() > fig) {
            return true;
        }
        if (t.isCapitalised(r.from())) {
            // "the $27bn Russia says Yukos owes": a name after the figure is a speaker, not its noun.
            return false;
        }
        int k = figEnd;
        while (k < r.from() && (t.lower(k).equals("of") || Words.DETERMINERS.contains(t.lower(k))
                || Words.SCALE.contains(t.lower(k)))) {
            k++;
        }
        return k == r.from() && r.from() >= figEnd;
    }

    /** The last source phrase that is no anaphor before token {@code k} of the sentence, or null. */
    static TokenRange namedBefore(SourceCandidates candidates, int k) {
        Tokens t = candidates.tokens();
        for (int j = k - 1; j >= 0; j--) {
            TokenRange r = candidates.reportedAt(j);
            if (r != null && r.to() <= k && !isAnaphor(t, r)) {
                return r;
            }
        }
        return null;
    }

    /** The phrase after "according to" at token {@code k}, or null. */
    static TokenRange accordingTo(Tokens t, int k) {
        return t.lower(k).equals("according") && t.lower(k + 1).equals("to") ? forward(t, k + 2, false) : null;
    }

    /** The source around a reporting verb at token {@code k}, or null if {@code k} is none or names none. */
    static TokenRange reportedAt(Tokens t, int k) {
        return isReporting(t, k) ? around(t, k) : null;
    }

    /** True for a lone pronoun or a noun such as "survey" that points back to a source named before. */
    static boolean isAnaphor(Tokens t, TokenRange r) {
        String w = t.lower(r.from());
        return r.to() - r.from() == 1 && (Words.PRONOUNS.contains(w) || Words.ANAPHORS.contains(w));
    }

    private static boolean isReporting(Tokens t, int k) {
        String w = t.lower(k);
        // "The 28 member states agreed": a count before it makes "states" a plural noun, and so does an article
        // ("the previous estimates made last year") or an agent ("beat estimates by a hair"); "the United
        // States" is a name.
        boolean pluralNoun = w.endsWith("s") && !w.equals("says") && (t.isCount(k - 1) || t.isCount(k - 2)
                || Words.DETERMINERS.contains(t.lower(k - 1)) || Words.DETERMINERS.contains(t.lower(k - 2))
                || t.lower(k + 1).equals("by"));
        // "the average analyst estimate of 410,000", "reports of 20 dead": before "of" it is a noun.
        return t.isWord(k) && (Words.REPORTING.contains(w) || STATING.contains(w)) && !pluralNoun
                && !(t.isCapitalised(k) && k > 0) && !t.lower(k + 1).equals("of");
    }

    /** True when token {@code k} is a verb of stating, for the clause checks of {@link #inSentence}. */
    static boolean isStating(Tokens t, int k) {
        return isReporting(t, k);
    }

    /** "X said" (the subject before the verb), else "said X" (a name after it, as after a closing quote). */
    private static TokenRange around(Tokens t, int verb) {
        if (t.lower(verb + 1).equals("by") && (t.lower(verb).endsWith("ed") || PARTICIPLES.contains(t.lower(verb)))) {
            // "proposals announced by the Trade and Industry Secretary Patricia Hewitt": the agent states it.
            return forward(t, verb + 2, false);
        }
        int j = verb - 1;
        boolean passive = false;
        while (j >= 0 && (Words.AUX.contains(t.lower(j)) || EventFinder.isAdverb(t, j))) {
            passive |= BE.contains(t.lower(j));
            j--;
        }
        if (passive) {
            // "Several tornadoes were reported": what is reported is no source.
            return null;
        }
        if (t.isPunct(j, ",")) {
            // "Bloomberg, which first reported the news, said": the speaker stands before the relative clause.
            j = beforeRelativeClause(t, j);
        }
        int end = j + 1;
        int n = 0;
        while (j >= 0 && n < MAX_WORDS && isNameToken(t, j, end)) {
            j--;
            n++;
        }
        boolean closeTo = t.lower(j).equals("to") && t.lower(j - 1).equals("close") && j > 1;
        if (j > 0 && j + 1 < end && (SETTING_PREPOSITIONS.contains(t.lower(j)) || closeTo)
                && !t.isCapitalised(j + 1) && isNameToken(t, closeTo ? j - 2 : j - 1, j)) {
            // "Journalists at the scene said", "a source close to the deal said": the speaker stands before the
            // setting, not inside it.
            end = closeTo ? j - 1 : j;
            j = end - 1;
            n = 0;
            while (j >= 0 && n < MAX_WORDS && isNameToken(t, j, end)) {
                j--;
                n++;
            }
        }
        if (j + 1 < end && isCounted(t, end - 1)) {
            // "late on Wednesday two showed a swing": a number before the verb is what states, not who.
            return null;
        }
        if (j + 1 < end && isCounted(t, j)) {
            // "The survey of more than 1,000 people reported": the survey states it. "17 people found guilty" is
            // no report at all; "two sources said" is, and {@link #countsTheSpeaker} keeps it off their own count.
            TokenRange survey = surveyOf(t, j);
            if (survey != null || !SAYING.contains(t.lower(verb))) {
                return survey;
            }
        }
        if (Words.RELATIVES_WHO.contains(t.lower(j)) && t.isPunct(j - 1, ",") && !t.isCapitalised(j + 1)) {
            // "Bloomberg, which first reported the news": the relative stands for the name before it.
            int b = j - 2;
            while (b >= 0 && j - 1 - b <= MAX_WORDS && isNameToken(t, b, j - 1)) {
                b--;
            }
            return b + 1 < j - 1 ? clean(t, b + 1, j - 1) : null;
        }
        TokenRange r = j + 1 < end ? clean(t, j + 1, end) : null;
        return r != null ? r : t.isCapitalised(verb + 1) ? forward(t, verb + 1, true) : null;
    }

    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "stated", "added", "noted",
            "warned", "stressed", "claimed", "saying");
    /** Irregular participles of stating that take an agent: "figures shown by the ministry". */
    private static final Set<String> PARTICIPLES = Set.of("said", "told", "shown", "found", "written", "made");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** True when token {@code j}, just before a speaker's phrase, is a number or a number word. */
    private static boolean isCounted(Tokens t, int j) {
        return t.isNumber(j) || NUMBER_WORDS.contains(t.lower(j));
    }

    /** "The survey of more than 1,000 people": the noun before "of" ahead of the count at {@code j}, or null. */
    private static TokenRange surveyOf(Tokens t, int j) {
        int k = j - 1;
        while (k >= 0 && t.isWord(k) && Words.QUALIFIERS.contains(t.lower(k)) && !t.lower(k).equals("of")) {
            k--;
        }
        if (!t.lower(k).equals("of") || !t.isWord(k - 1) || Words.DETERMINERS.contains(t.lower(k - 1))) {
            return null;
        }
        int from = k - 1;
        while (from > 0 && t.isWord(from - 1) && SubjectFinder.isNounPhraseWord(t, from - 1)) {
            from--;
        }
        return new TokenRange(from, k);
    }

    /** The token before ", which ... ," that ends at the comma {@code comma}, else {@code comma}. */
    private static int beforeRelativeClause(Tokens t, int comma) {
        for (int k = comma - 1; k > 0 && k > comma - 14; k--) {
            if (t.isPunct(k, ",.;:\"")) {
                return Words.RELATIVES_WHO.contains(t.lower(k + 1)) ? k - 1 : comma;
            }
        }
        return comma;
    }

    /** A phrase read rightwards from {@code k}; {@code namesOnly} keeps to capitalised words. */
    private static TokenRange forward(Tokens t, int k, boolean namesOnly) {
        int from = k;
        int n = 0;
        while (k < t.size() && n < MAX_WORDS && (isNameToken(t, k, t.size()) || isSlashInName(t, k))
                && (!namesOnly || t.isCapitalised(k) || NAME_PREPOSITIONS.contains(t.lower(k))
                || isSlashInName(t, k) || TITLES.contains(t.lower(k)) && t.isCapitalised(k + 1)
                || isDescription(t, k))) {
            k++;
            n++;
        }
        return k > from ? clean(t, from, k) : null;
    }

    /** "Thomson Reuters I/B/E/S": a slash between capitalised parts of one name. */
    private static boolean isSlashInName(Tokens t, int k) {
        return t.isPunct(k, "/") && t.isCapitalised(k - 1) && t.isCapitalised(k + 1);
    }

    /**
     * "said Oklahoma's largest ambulance service provider": after a capitalised word, lower-case words of a noun
     * phrase that ends in a title or a noun, up to the next comma.
     */
    private static boolean isDescription(Tokens t, int k) {
        return t.isCapitalised(k - 1) && t.lower(k - 1).endsWith("'s") && SubjectFinder.isNounPhraseWord(t, k)
                || k > 0 && !t.isCapitalised(k) && SubjectFinder.isNounPhraseWord(t, k) && isDescription(t, k - 1);
    }

    /** Whether token {@code j} can be part of a source phrase that ends before token {@code end}. */
    private static boolean isNameToken(Tokens t, int j, int end) {
        if (!t.isWord(j)) {
            return t.isPunct(j, "()’'");
        }
        String w = t.lower(j);
        if (Words.PREPOSITIONS.contains(w)) {
            // Inside a name ("Commission for Refugees") or after a participle ("an outlet operating from abroad").
            return (NAME_PREPOSITIONS.contains(w) || w.equals("from")) && j + 1 < end
                    && (t.isCapitalised(j + 1) || isParticiple(t, j - 1)
                    || w.equals("of") && t.lower(j + 1).equals("the") && t.isCapitalised(j + 2)
                    && t.isCapitalised(j - 1)
                    || w.equals("from") && Words.DATA_NOUNS.contains(t.lower(j - 1)) && t.isCapitalised(j + 2));
        }
        if (w.equals("and")) {
            return t.isCapitalised(j + 1) && t.isCapitalised(j - 1);
        }
        if (NUMBER_WORDS.contains(w)) {
            // "Late on Friday two polls showed": a count ends the speaker, as a number in digits does.
            return false;
        }
        return !Words.CLAUSE.contains(w) && !Words.REPORTING.contains(w) && !Words.AUX.contains(w)
                && !EventLexicon.isVerb(w) && !(w.endsWith("ly") && !t.isCapitalised(j));
    }

    private static boolean isParticiple(Tokens t, int j) {
        String w = t.lower(j);
        return t.isWord(j) && !t.isCapitalised(j) && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /** Drops determiners, a trailing "(ACRONYM)" and data nouns; "a survey by UNHCR" becomes "UNHCR". */
    private static TokenRange clean(Tokens t, int from, int to) {
        if (t.isPunct(to - 1, ")")) {
            int open = to - 1;
            while (open > from && !t.isPunct(open, "(")) {
                open--;
            }
            to = open > from ? open : to;
        }
        while (from < to && (!t.isWord(from) || Words.DETERMINERS.contains(t.lower(from)))) {
            from++;
        }
        while (to > from && !t.isWord(to - 1)) {
            to--;
        }
        for (int b = from + 1; b + 1 < to; b++) {
            if ((t.lower(b).equals("by") || t.lower(b).equals("from")) && Words.DATA_NOUNS.contains(t.lower(b - 1))) {
                from = b + 1;
                while (from < to && Words.DETERMINERS.contains(t.lower(from))) {
                    from++;
                }
                break;
            }
        }
        if (from >= to) {
            return null;
        }
        if (to - from == 1 && (Words.PRONOUNS.contains(t.lower(from)) || Words.ANAPHORS.contains(t.lower(from)))) {
            return new TokenRange(from, to);
        }
        int withData = to;
        while (to > from && Words.DATA_NOUNS.contains(t.lower(to - 1))
                && !(t.isCapitalised(to - 1) && to - 1 > from)) {
            // "Office for National Statistics" keeps its last word: capitalised, it is part of the name.
            to--;
        }
        // "UN figures" is attributed to the UN, but "Statistics showed" to the statistics themselves.
        return to > from ? new TokenRange(from, to) : new TokenRange(from, withData);
    }
}
