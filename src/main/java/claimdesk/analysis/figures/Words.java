package claimdesk.analysis.figures;

import java.util.HashSet;
import java.util.Set;

/** Closed word classes the finders share. All entries are lower case; tokens are compared lower-cased. */
final class Words {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "these", "those", "this", "that", "its",
            "their", "his", "her", "some", "all", "latest", "new", "recent", "official", "such");

    /** Auxiliaries and adverbs that may sit between a subject and its verb ("have so far been relocated"). */
    static final Set<String> AUX = Set.of("have", "has", "had", "been", "be", "being", "were", "was", "are", "is",
            "will", "would", "could", "can", "may", "might", "should", "must", "do", "does", "did", "also", "so",
            "far", "already", "reportedly", "recently", "allegedly", "now", "then", "just", "alone", "further",
            "previously", "still", "not", "even");

    static final Set<String> PREPOSITIONS = Set.of("from", "in", "into", "to", "at", "on", "by", "for", "with",
            "via", "through", "over", "under", "since", "during", "between", "of", "after", "before", "across",
            "per", "within", "without", "amid", "including", "out", "up", "toward", "towards", "against", "like",
            "among", "about", "near", "inside", "until", "following", "despite", "than");

    static final Set<String> CLAUSE = Set.of("that", "which", "who", "whom", "whose", "while", "whereas", "as",
            "when", "where", "because", "if", "but", "although", "though", "and", "or", "nor", "yet");

    /** Words that can follow a number inside a figure's own reading: "2.6 million", "75 percent", "tens of". */
    static final Set<String> SCALE = Set.of("million", "millions", "billion", "billions", "thousand",
            "thousands", "hundred", "hundreds", "lakh", "lakhs", "crore", "crores", "percent", "per", "cent", "%");

    /** Words that qualify a number from the left and may be missing from the figure's span. */
    static final Set<String> QUALIFIERS = Set.of("more", "than", "over", "about", "nearly", "almost", "around",
            "approximately", "some", "at", "least", "as", "many", "up", "to", "roughly", "fewer", "less", "under",
            "only", "just", "estimated", "an", "a", "most", "the");

    static final Set<String> REPORTING = Set.of("said", "says", "say", "stated", "states", "reported",
            "reports", "told", "announced", "announces", "confirmed", "revealed", "reveal", "reveals", "found",
            "estimated", "estimates", "documented", "warned", "added", "noted", "showed", "shows", "show",
            "indicated", "claimed", "wrote", "stressed");

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    /** Relative pronouns that can stand for a speaker named before a comma: "Bloomberg, which reported". */
    static final Set<String> RELATIVES_WHO = Set.of("which", "who");

    /** Common nouns that refer back to a source named earlier ("The survey also found"). */
    static final Set<String> ANAPHORS = Set.of("survey", "report", "study", "statement");

    /** Nouns that name data rather than who holds it: "UN figures" is attributed to "UN". */
    static final Set<String> DATA_NOUNS = Set.of("figures", "figure", "estimates", "estimate", "data",
            "statistics", "numbers", "count", "report", "reports", "survey", "study", "statement");

    static final Set<String> PLACE_NOUNS = Set.of("border", "borders", "crossing", "crossings", "province",
            "provinces", "district", "districts", "camp", "camps", "township", "city", "valley", "region",
            "port", "checkpoint", "airport", "point", "points", "country", "county", "area", "areas", "zone",
            "island", "town");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Frequent verbs that follow a count's noun ("1.4 million refugees remain"); events are in EventLexicon. */
    static final Set<String> COMMON_VERBS = Set.of("remain", "remains", "remained", "live", "lives", "lived",
            "face", "faces", "faced", "need", "needs", "needed", "include", "includes", "included", "stay", "stays",
            "stayed", "continue", "continues", "continued", "lack", "lacked", "wait", "waited", "risk", "came",
            "went", "got", "took", "made", "rose", "fell", "reached", "stood", "died", "suffered", "received");

    /** Words after which a noun phrase ends: prepositions, auxiliaries, conjunctions, reporting verbs. */
    static final Set<String> NP_STOP = union(PREPOSITIONS, AUX, CLAUSE, REPORTING, COMMON_VERBS,
            Set.of("daily", "each", "per", "no", "annually", "weekly", "monthly", "alone", "there", "here", "last",
                    "next", "yesterday", "today", "ago", "home", "back", "worldwide", "globally", "around",
                    "throughout"));

    private Words() {
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
