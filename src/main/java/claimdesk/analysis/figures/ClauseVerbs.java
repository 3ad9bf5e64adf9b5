package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.EventLexicon;
import java.util.Set;

/**
 * The governing verb of a figure's clause for any verb, not only the lexicon's events: "Baikal paid 260.75bn
 * roubles", "More than 20 ministers urged", "plans to raise $1bn", "would grow at 3.4 percent", "were taken to
 * hospital", "with sales down 3.1%". Used by {@link EventFinder#general} when no lexicon event was found.
 *
 * <p>No tagger: a word is read as a verb from its form and its neighbour (a list of common irregular forms,
 * "-ed", "-ing", a base form after "to" or a modal, an "-s" form after "which" or a pronoun). That is a few set
 * look-ups per word, so the {@code figures} command does not slow down; a tagger model would cost more than the
 * whole extraction. Reporting verbs are left to {@link SourceFinder}: "said 3,000" names a source, not an event.
 */
final class ClauseVerbs {

    private static final int MAX_WORDS_BEFORE = 7;
    private static final int MAX_TOKENS_BEFORE = 14;
    private static final Set<String> IRREGULAR = Set.of("took", "taken", "won", "made", "came", "went", "got",
            "gave", "given", "set", "sent", "met", "heard", "ran", "brought", "bought", "held", "kept", "led",
            "put", "saw", "seen", "shot", "spent", "stood", "thought", "built", "began", "begun", "chose",
            "chosen", "drew", "drawn", "drove", "driven", "fought", "felt", "hit", "knew", "known", "laid", "lent",
            "let", "lost", "meant", "paid", "sold", "cut", "rose", "risen", "fell", "fallen", "grew", "grown",
            "sank", "sat", "shut", "spoke", "spread", "stole", "stolen", "struck", "swept", "threw", "thrown",
            "withdrew", "withdrawn", "wore", "worn", "broke", "broken", "bid", "beat", "beaten",
            "bore", "borne", "caught", "dealt", "dug", "fed", "flew", "flown", "forgot", "froze", "hid", "hung",
            "lay", "lit", "overtook", "overtaken", "quit", "rang", "rode", "sought", "shook", "shrank", "slid",
            "split", "stuck", "swam", "swung", "taught", "tore", "woke", "wound", "wrote", "written", "left", "hurt",
            "found", "shown");
    /** "-ed" and "-ing" words that are not verbs in news: "hundred", "during", "spending", "funding". */
    private static final Set<String> NOT_VERBS = Set.of("hundred", "indeed", "speed", "seed", "greed", "breed",
            "need", "united", "limited", "red", "bed", "during", "including", "according", "following", "morning",
            "evening", "something", "nothing", "anything", "everything", "spending", "funding", "building",
            "meeting", "thing", "king", "ring", "ceiling", "rating", "ratings", "sterling", "shooting", "bombing",
            "housing", "earnings", "savings", "trading", "banking", "training", "opening", "offering", "ending",
            "beginning", "listing", "hearing", "polling", "warning", "briefing", "landing", "pudding", "wedding",
            "feeling", "saying", "setting", "sibling", "standing", "string", "spring", "wing", "sing", "bring",
            "fighting", "financing", "marketing", "accounting", "advertising", "clothing", "planning", "painting",
            "based", "related", "so-called", "advanced", "detailed", "talented", "beloved", "wicked", "naked",
            "sacred", "crooked", "rugged", "aged", "bred", "shed", "sled", "wed", "compared", "followed",
            "leading", "outstanding", "willing", "comprising", "representing", "interesting", "existing",
            "remaining", "ongoing", "upcoming", "outgoing", "incoming", "neighbouring", "neighboring", "means",
            "become", "became", "seem", "seemed", "seems", "appear", "appeared", "appears");
    /** Words before which a verb form is an adjective: "the cheating device", "a floating pad", "those asked". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "its", "their", "his", "her", "these",
            "those", "this", "latest", "new", "recent", "such", "our", "my", "your");
    /** Prepositions that join a money or percent figure to its verb: "rose by 5%", "sold for $800m". */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("by", "at", "from", "to", "for", "than",
            "in");
    /** Nouns whose "of" still leads back to the verb: "rose at an annual rate of 10.7%". */
    private static final Set<String> LEVEL_NOUNS = Set.of("rate", "total", "level", "average", "sum", "high",
            "low", "record", "value", "peak");
    private static final Set<String> SINGLE_QUALIFIERS = Set.of("about", "around", "nearly", "almost", "some",
            "over", "under", "roughly", "approximately", "only", "just", "estimated", "the", "a", "an", "another",
            "record");
    private static final Set<String> RELATIVES = Set.of("who", "that");
    /** States that complete a verb: "found guilty", "declared dead", "held hostage", "left homeless". */
    private static final Set<String> STATES = Set.of("guilty", "dead", "alive", "hostage", "homeless", "innocent",
            "unemployed", "unchanged");
    /** Prepositions of a short setting between a subject and its verb: "Seven people in the city of Tulsa were". */
    private static final Set<String> SETTINGS = Set.of("in", "at", "of", "on", "near");
    /** Reporting verbs that say what happened to the counted: "17 people found guilty", "two polls showed". */
    private static final Set<String> FINDING = Set.of("found", "reported", "confirmed", "documented", "showed");
    /** Reporting verbs that only name a source, even before money: "said $5bn would be spent". */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "stated", "states", "told", "warned",
            "claimed", "stressed", "noted", "wrote");
    /** "three directors all departed": floating quantifiers between a subject and its verb. */
    private static final Set<String> QUANTIFIERS = Set.of("all", "both", "each");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should",
            "must", "shall", "to", "did", "does", "do");
    private static final Set<String> BE_HAVE = Set.of("is", "are", "was", "were", "be", "been", "being", "am",
            "has", "have", "had", "'s", "get", "got");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("which", "that", "who", "it", "he", "she");
    /** Particles kept with their verb: "picked up", "rolling out", "came out", "paid out", "whittled down". */
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back");
    /** Verbs whose complement says the event: "are feared dead", "estimated to have descended". */
    private static final Set<String> RAISING = Set.of("feared", "believed", "estimated", "expected", "thought",
            "presumed", "reported", "said", "likely", "set", "due", "confirmed");
    /** Words that stand between a verb and its figure without ending the clause. */
    private static final Set<String> CHANGE_ADVERBS = Set.of("up", "down");

    private ClauseVerbs() {
    }

    /**
     * The verb right after the figure's noun phrase, across auxiliaries and adverbs: "17 people found guilty",
     * "Seven people were taken to nearby hospitals", "More than 20 ministers urged". {@code k} is the first token
     * after the subject (or after the figure when it has none).
     */
    static TokenRange after(Tokens t, int k) {
        if (RELATIVES.contains(t.lower(k))) {
            // "two bombers who attacked": the relative clause says what the counted people did.
            k++;
        }
        int first = k;
        for (int n = 0; n < 5 && k < t.size(); n++, k++) {
            String w = t.lower(k);
            boolean passive = k > first && BE_HAVE.contains(t.lower(k - 1));
            if (k == first && SETTINGS.contains(w)) {
                // "Seven people in the city of Tulsa were taken": a short place or setting before the verb.
                int end = prepositionalPhraseEnd(t, k);
                if (end > k) {
                    k = end - 1;
                    first = end;
                    continue;
                }
            }
            if (passive && RAISING.contains(w)) {
                TokenRange complement = complement(t, k + 1);
                if (complement != null) {
                    return complement;
                }
            }
            if (isVerb(t, k, k > first) && (passive || !Words.REPORTING.contains(w)
                    || FINDING.contains(w) && !t.lower(k + 1).equals("that"))) {
                return withParticle(t, k);
            }
            if (!Words.AUX.contains(w) && !EventFinder.isAdverb(t, k) && !QUANTIFIERS.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The verb that governs the figure from the left, across its object's words and prepositions: "paid 260.75bn
     * roubles ($9.37bn", "agreed to buy Californian wine company Chalone for $260m", "cutting domestic fares by
     * as much as 50%", "ended the day down at $8.08". {@code k} is the last token before the figure. Stops at a
     * clause word, an auxiliary, a reporting verb and punctuation that ends a clause (a parenthesis is crossed).
     */
    static TokenRange before(Tokens t, int k, boolean count) {
        int figure = k;
        k = skipQualifier(t, k);
        int firstWord = k;
        int words = 0;
        // What the scan crossed: another figure's number, and prepositions. Only a lexicon verb of change or trade
        // reaches that far ("fell from £180,126 in November to £178,906", "paid 260.75bn roubles ($9.37bn"); any
        // other verb governs the nearer figure ("seize 12,900 acres (5,200 hectares) from the 32,000 acre farm").
        boolean inParentheses = t.isPunct(k, "(");
        int numbers = 0;
        int prepositions = 0;
        for (int n = 0; n < MAX_TOKENS_BEFORE && k >= 0 && words < MAX_WORDS_BEFORE; n++, k--) {
            if (t.isNumber(k)) {
                numbers++;
                continue;
            }
            if (!t.isWord(k)) {
                if (t.isPunct(k, ",:;")) {
                    int open = openParenthesis(t, k);
                    if (open < 0) {
                        return null;
                    }
                    k = open;
                } else if (t.isPunct(k, ".!?\"“”—–-")) {
                    return null;
                }
                continue;
            }
            String w = t.lower(k);
            if (PARTICLES.contains(w) && isVerb(t, k - 1, true)) {
                // "having picked up just two points"
                return new TokenRange(k - 1, k + 1);
            }
            if (CHANGE_ADVERBS.contains(w) && k >= figure - 2) {
                // "with sales down 3.1%", "down from £9.28bn": the adverb says what the figure did.
                return new TokenRange(k, k + 1);
            }
            if (Words.REPORTING.contains(w) && (count || SAYING.contains(w))) {
                return null;
            }
            if (Words.REPORTING.contains(w) && isVerb(t, k, true)) {
                // "had announced a controversial 130 million-pound deal": a report of money is an event.
                return new TokenRange(k, k + 1);
            }
            if (Words.CLAUSE.contains(w) && !w.equals("as")
                    || (Words.AUX.contains(w) && BE_HAVE.contains(w))) {
                return null;
            }
            if (isVerb(t, k, true)) {
                boolean far = numbers > (inParentheses ? 1 : 0) || prepositions > 1;
                return !far || EventLexicon.isVerb(w) ? withParticle(t, k) : null;
            }
            if (w.equals("of") && !count && !LEVEL_NOUNS.contains(t.lower(k - 1))) {
                // "had expected revenue of $1.08 billion", "faced phone bills of up to £2,000": the noun before
                // "of" is the object of a verb right before it; further off ("investigate the February cyber
                // theft of") the noun phrase is the figure's own.
                return objectVerb(t, k - 1);
            }
            if (Words.PREPOSITIONS.contains(w) && !crossesPreposition(t, k, count, k == firstWord)) {
                return null;
            }
            prepositions += Words.PREPOSITIONS.contains(w) && !w.equals("than") ? 1 : 0;
            words++;
        }
        return null;
    }

    /**
     * Whether the preposition at {@code k} still joins the figure to a verb on its left. A count is the verb's
     * object or nothing: "played for 5,000 fans", "held in 37 areas", "brought by 28 firms" say where or by whom,
     * not what happened to the count. Money and percentages take their verb through "by", "at", "for", "from":
     * "cutting fares by as much as 50%", "sold in June 2004 for $800m".
     */
    private static boolean crossesPreposition(Tokens t, int k, boolean count, boolean adjacent) {
        String w = t.lower(k);
        if (count) {
            // "whittled to just five candidates", "applies to the five main operators"
            return adjacent && w.equals("to");
        }
        return COMPLEMENT_PREPOSITIONS.contains(w) || w.equals("of") && LEVEL_NOUNS.contains(t.lower(k - 1));
    }

    /** The token before a qualifier that ends at {@code k} ("more than", "as many as", "up to"), else {@code k}. */
    private static int skipQualifier(Tokens t, int k) {
        String w = t.lower(k);
        String prev = t.lower(k - 1);
        if (w.equals("than") && (prev.equals("more") || prev.equals("less") || prev.equals("fewer"))
                || w.equals("least") && prev.equals("at") || w.equals("to") && prev.equals("up")) {
            k -= 2;
        } else if (w.equals("as") && (prev.equals("many") || prev.equals("much")) && t.lower(k - 2).equals("as")) {
            k -= 3;
        } else if (SINGLE_QUALIFIERS.contains(w)) {
            k--;
        }
        return ARTICLES.contains(t.lower(k)) ? k - 1 : k;
    }

    /** The verb before a noun phrase of at most two words (and an article) that ends at {@code k}, or null. */
    private static TokenRange objectVerb(Tokens t, int k) {
        for (int words = 0; words < 2 && k >= 0 && t.isWord(k) && !isVerb(t, k, true)
                && SubjectFinder.isNounPhraseWord(t, k); words++) {
            k--;
        }
        if (ARTICLES.contains(t.lower(k))) {
            k--;
        }
        return isVerb(t, k, true) && !Words.REPORTING.contains(t.lower(k)) ? withParticle(t, k) : null;
    }

    /** The "(" that opens the parenthesis token {@code k} sits in, or -1: "($9.37bn: £4.8bn)". */
    private static int openParenthesis(Tokens t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
            if (t.isPunct(j, "(")) {
                return j;
            }
            if (t.isPunct(j, ").;\"")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The end of a prepositional phrase of names and nouns starting at {@code k} ("in the city of Tulsa", "in
     * damages"), when an auxiliary or a verb follows it at once; else {@code k}.
     */
    private static int prepositionalPhraseEnd(Tokens t, int k) {
        int j = k + 1;
        while (j < t.size() && j - k <= 4 && (t.isWord(j) && (SubjectFinder.isNounPhraseWord(t, j)
                || ARTICLES.contains(t.lower(j)) || t.lower(j).equals("of")))) {
            j++;
        }
        return j > k + 1 && (Words.AUX.contains(t.lower(j)) || isVerb(t, j, false)) ? j : k;
    }

    /** "feared dead", "estimated to have descended": the event word after a raising verb, or null. */
    private static TokenRange complement(Tokens t, int k) {
        if (EventLexicon.isVerb(t.lower(k)) || EventLexicon.isNoun(t.lower(k))) {
            return new TokenRange(k - 1, k + 1);
        }
        if (!t.lower(k).equals("to")) {
            return null;
        }
        k++;
        while (t.lower(k).equals("have") || t.lower(k).equals("be") || t.lower(k).equals("been")) {
            k++;
        }
        return isVerb(t, k, true) ? withParticle(t, k) : null;
    }

    private static TokenRange withParticle(Tokens t, int k) {
        if (STATES.contains(t.lower(k + 1))) {
            // "17 people found guilty", "were declared dead": the state is part of the event.
            return new TokenRange(k, k + 2);
        }
        // "picked up two points", but not "allowing up to 16": there "up to" qualifies the number.
        boolean upTo = t.lower(k + 1).equals("up") && t.lower(k + 2).equals("to");
        return PARTICLES.contains(t.lower(k + 1)) && !upTo ? new TokenRange(k, k + 2)
                : new TokenRange(k, k + 1);
    }

    /**
     * Whether token {@code k} reads as a verb. {@code inClause}: a word before it may license a base form ("to
     * raise", "would grow") or an "-s" form ("which owns"); the first word after a figure has none.
     */
    static boolean isVerb(Tokens t, int k, boolean inClause) {
        if (!t.isWord(k) || t.isCapitalised(k) || ARTICLES.contains(t.lower(k - 1))) {
            return false;
        }
        String w = t.lower(k);
        String prev = t.lower(k - 1);
        if (w.endsWith("ing") && BE_HAVE.contains(prev) && !Words.PREPOSITIONS.contains(w)
                && !Words.AUX.contains(w)) {
            // "was trading at $1.364", "is spending": after "be", even a word that is mostly a noun is a verb.
            return true;
        }
        if (NOT_VERBS.contains(w) || Words.DETERMINERS.contains(w) || Words.PREPOSITIONS.contains(w)
                || Words.CLAUSE.contains(w) || Words.AUX.contains(w) || Words.QUALIFIERS.contains(w)
                || PARTICLES.contains(w)) {
            return false;
        }
        if (EventLexicon.isVerb(w) || IRREGULAR.contains(w)) {
            return true;
        }
        if (w.length() >= 5 && (w.endsWith("ed") || w.endsWith("ing"))
                && (!w.contains("-") || w.endsWith("ed") && (!inClause || BE_HAVE.contains(prev)))) {
            // A hyphenated "-ed" word is mostly an adjective ("so-called"), but not right after its subject
            // ("four designs e-mailed to members") or an auxiliary ("have pre-ordered").
            return true;
        }
        if (!inClause) {
            return false;
        }
        if (MODALS.contains(prev) || Words.AUX.contains(prev) && MODALS.contains(t.lower(k - 2))) {
            // "to raise", "would grow", "will not stop"; "to" before a plural or a number is a preposition.
            return (!w.endsWith("s") || w.endsWith("ss")) && !w.endsWith("ly") && w.length() > 2
                    && !Words.SCALE.contains(w)
                    && !Words.MONTHS.contains(w) && !Words.WEEKDAYS.contains(w);
        }
        // "which already owns", "Yukos owes": an "-s" form is a verb after a pronoun or a name, else a plural.
        int j = k - 1;
        while (j > 0 && (Words.AUX.contains(t.lower(j)) || EventFinder.isAdverb(t, j))) {
            j--;
        }
        return w.endsWith("s") && !w.endsWith("ss") && w.length() > 3
                && (SUBJECT_PRONOUNS.contains(t.lower(j)) || t.isCapitalised(j) && j > 0);
    }
}
