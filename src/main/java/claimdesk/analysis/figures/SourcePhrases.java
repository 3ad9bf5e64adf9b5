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
                return r;
            }
        }
        for (int k = figEnd; k < size; k++) {
            if (CLAUSE_BREAKS.contains(candidates.tokens().lower(k)) || candidates.tokens().isPunct(k, ";")) {
                // "Britain promised $100 million, while Germany said it would give $50 million": the speaker
                // of a later clause is not the source of a figure before it.
                return null;
            }
            TokenRange r = candidates.reportedAt(k);
            if (r != null) {
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
        // "The 28 member states agreed": a count before it makes "states" a plural noun.
        boolean pluralNoun = w.endsWith("s") && !w.equals("says") && (t.isCount(k - 1) || t.isCount(k - 2));
        return t.isWord(k) && Words.REPORTING.contains(w) && !pluralNoun;
    }

    /** "X said" (the subject before the verb), else "said X" (a name after it, as after a closing quote). */
    private static TokenRange around(Tokens t, int verb) {
        int j = verb - 1;
        while (j >= 0 && (Words.AUX.contains(t.lower(j)) || EventFinder.isAdverb(t, j))) {
            j--;
        }
        int end = j + 1;
        int n = 0;
        while (j >= 0 && n < MAX_WORDS && isNameToken(t, j, end)) {
            j--;
            n++;
        }
        if (j > 0 && j + 1 < end && SETTING_PREPOSITIONS.contains(t.lower(j)) && !t.isCapitalised(j + 1)
                && isNameToken(t, j - 1, j)) {
            // "Journalists at the scene said": the speaker stands before the setting, not inside it.
            end = j;
            j--;
            n = 0;
            while (j >= 0 && n < MAX_WORDS && isNameToken(t, j, end)) {
                j--;
                n++;
            }
        }
        TokenRange r = j + 1 < end ? clean(t, j + 1, end) : null;
        return r != null ? r : t.isCapitalised(verb + 1) ? forward(t, verb + 1, true) : null;
    }

    /** A phrase read rightwards from {@code k}; {@code namesOnly} keeps to capitalised words. */
    private static TokenRange forward(Tokens t, int k, boolean namesOnly) {
        int from = k;
        int n = 0;
        while (k < t.size() && n < MAX_WORDS && isNameToken(t, k, t.size())
                && (!namesOnly || t.isCapitalised(k) || NAME_PREPOSITIONS.contains(t.lower(k)))) {
            k++;
            n++;
        }
        return k > from ? clean(t, from, k) : null;
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
                    && (t.isCapitalised(j + 1) || isParticiple(t, j - 1));
        }
        if (w.equals("and")) {
            return t.isCapitalised(j + 1) && t.isCapitalised(j - 1);
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
            if (t.lower(b).equals("by") && Words.DATA_NOUNS.contains(t.lower(b - 1))) {
                from = b + 1;
                break;
            }
        }
        if (from >= to) {
            return null;
        }
        if (to - from == 1 && (Words.PRONOUNS.contains(t.lower(from)) || Words.ANAPHORS.contains(t.lower(from)))) {
            return new TokenRange(from, to);
        }
        while (to > from && Words.DATA_NOUNS.contains(t.lower(to - 1))) {
            to--;
        }
        return to > from ? new TokenRange(from, to) : null;
    }
}
