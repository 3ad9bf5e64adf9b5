package claimdesk.analysis.figures;

import java.util.Set;

/**
 * Tells a period phrase that belongs to something other than the figure (issue 12). News sentences carry the
 * time of the report ("police said on Tuesday", "In a statement on Friday", "Figures published last week"), the
 * time of another clause ("since it was released in 2003", "after a cable fire earlier this week", "which
 * collapsed in July 2002") and the time of another figure ("fell from £180,126 in November to £178,906": November
 * is the first figure's). None of them is the figure's period, and the consistency check compares periods, so a
 * borrowed one would set apart figures that agree. Stateless.
 */
final class ForeignPeriods {

    /** Words that open a clause of their own; a period behind one of them belongs to that clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("which", "who", "whom", "whose", "that", "when",
            "where", "since", "after", "before", "because", "although", "though", "while", "whereas", "so",
            "until", "unless", "if");
    /** Verbs of the reporting act besides {@link Words#REPORTING}: "Figures published last week". */
    private static final Set<String> REPORT_VERBS = Set.of("published", "released", "issued", "filed", "told",
            "announced", "added", "reported", "wrote", "posted", "tweeted");
    /** Nouns of the reporting act: "In a statement on Friday", "released an advisory today". */
    private static final Set<String> REPORT_NOUNS = Set.of("statement", "statements",
            "interview", "announcement", "advisory", "briefing", "filing", "complaint", "release", "conference",
            "speech", "letter", "memo", "tweet");
    /** Words that may stand between a reporting verb and its period: "said late on Wednesday", "told Reuters". */
    private static final Set<String> REPORT_GAP = Set.of("late", "early", "earlier", "later", "reuters",
            "reporters", "journalists", "it", "them", "us", "him", "her");
    /** How many tokens after another count a period may start and still be that count's: "£180,126 in November". */
    private static final int OWN_GAP = 2;
    private static final int MAX_CLAUSE = 20;
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose");
    private static final Set<String> RELATIVE_WORDS = Set.of("which", "who", "whom", "whose", "that", "where");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "hundreds", "thousands");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should",
            "must");

    private ForeignPeriods() {
    }

    /**
     * True when the phrase of tokens {@code [from, to)} is not the period of the figure whose tokens end at
     * {@code before} (inclusive) and start again at {@code after}.
     */
    static boolean isForeign(Tokens t, int from, int to, int before, int after) {
        if (isOfReport(t, from) || isAsideNow(t, from, to) || relativeClause(t, from) != relativeClause(t, before)) {
            return true;
        }
        if (to <= before + 1) {
            return barrierBetween(t, to, before + 1, false, false) || belongsToCount(t, from);
        }
        return barrierBetween(t, after, from, true, false) || participleBetween(t, after, from)
                || fromCountBetween(t, after, from);
    }

    /**
     * The same test for a period that a parallel figure lends ("currently has 744 delegates, while Cruz has 559"
     * shares "currently"): contrasts and relative clauses are how parallels are written, so only a new clause of
     * its own (a report, "and will include") keeps the period from the figure.
     */
    static boolean isForeignShared(Tokens t, int from, int to, int before, int after) {
        if (isOfReport(t, from) || isAsideNow(t, from, to)) {
            return true;
        }
        return to <= before + 1 ? barrierBetween(t, to, before + 1, false, true)
                : barrierBetween(t, after, from, true, true);
    }

    /** "will now be priced", "is now 5/4 favourite", "now whittled": a "now" of the verb, not a time of a figure. */
    private static boolean isAsideNow(Tokens t, int from, int to) {
        if (to != from + 1 || !t.lower(from).equals("now")) {
            return false;
        }
        String prior = t.lower(from - 1);
        return Words.AUX.contains(prior) || MODALS.contains(prior) || t.lower(from + 1).endsWith("ed");
    }

    /**
     * The first token of the relative clause set off by commas (", which ... ,") that token {@code k} lies in, or
     * -1. "Delta, which lost $646m in the three months to September, was forced to cut 6,900 jobs": the period is
     * the clause's, and 6,900 stands outside it.
     */
    private static int relativeClause(Tokens t, int k) {
        for (int j = k; j >= 0 && j > k - MAX_CLAUSE; j--) {
            if (j < k && t.isPunct(j, ",;")) {
                return -1;
            }
            if (RELATIVES.contains(t.lower(j)) && t.isPunct(j - 1, ",")) {
                for (int e = k; e < t.size() && e < j + MAX_CLAUSE; e++) {
                    if (t.isPunct(e, ",;")) {
                        return j;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** ", reflecting recent figures confirming a slowdown in late 2004": a participle clause after the figure. */
    private static boolean participleBetween(Tokens t, int from, int to) {
        for (int k = Math.max(0, from); k + 1 < to && k + 1 < t.size(); k++) {
            String w = t.lower(k + 1);
            // "3,500 Afghans, including 1,200 children, were deported in 2024": "including" is a preposition.
            if (t.isPunct(k, ",") && t.isWord(k + 1) && w.endsWith("ing") && !Words.PREPOSITIONS.contains(w)
                    && !w.equals("according")) {
                return true;
            }
        }
        return false;
    }

    /** "from £9.28bn", "from the $14 billion", "another five": the amount at {@code k} opens a change or a list. */
    private static boolean isAfterFrom(Tokens t, int k, int limit) {
        int j = k - 1;
        while (j >= limit && (!t.isWord(j) && !t.isNumber(j) || t.lower(j).equals("the"))) {
            j--;
        }
        return t.lower(j).equals("from") || t.lower(j).equals("another");
    }

    /** A number that is not a year: "£9.28bn" (a count with its scale glued on), "180,126", "another five". */
    private static boolean isAmount(Tokens t, int k) {
        String w = t.lower(k);
        return t.isNumber(k) && !(w.length() == 4 && (w.startsWith("19") || w.startsWith("20")))
                || NUMBER_WORDS.contains(w);
    }

    /** "£8.89bn, down from £9.28bn a year earlier": the period after a change's first value is that value's. */
    private static boolean fromCountBetween(Tokens t, int from, int to) {
        for (int k = to - 1; k >= Math.max(from, to - 1 - OWN_GAP); k--) {
            if (isAmount(t, k)) {
                return isAfterFrom(t, k, from);
            }
        }
        return false;
    }

    /** "said on Wednesday", "told Reuters on Friday", "In a statement on Friday", "an advisory today". */
    private static boolean isOfReport(Tokens t, int from) {
        int k = from - 1;
        for (int gap = 0; gap < 2 && REPORT_GAP.contains(t.lower(k)); gap++) {
            k--;
        }
        String w = t.lower(k);
        // "tornadoes were reported on Wednesday" dates the tornadoes, not a report.
        return (Words.REPORTING.contains(w) || REPORT_VERBS.contains(w)) && !isPassive(t, k)
                || REPORT_NOUNS.contains(w);
    }

    /**
     * A clause opener or a reporting verb among tokens {@code [from, to)}. A relative pronoun counts only after the
     * figure ({@code afterFigure}): before it, the clause it opens holds the figure and speaks of the noun that
     * carries the period ("the quake at the weekend which killed more than 500 people"). A {@code shared} period
     * stops only at reports and new clauses.
     */
    private static boolean barrierBetween(Tokens t, int from, int to, boolean afterFigure, boolean shared) {
        boolean inClause = false;
        for (int k = Math.max(0, from); k < to && k < t.size(); k++) {
            String w = t.lower(k);
            boolean complement = w.equals("that") && Words.REPORTING.contains(t.lower(k - 1));
            if (isReportingAct(t, k) || t.isPunct(k, ";") || isNewClause(t, k)) {
                return true;
            }
            // ", with an increase predicted in the second half": an absolute clause after the figure, unless a
            // comma closes it (", with some injured critically, during clashes on Sunday").
            boolean absolute = afterFigure && w.equals("with") && t.isPunct(k - 1, ",");
            // "late on Friday, before killing 18": the same actors go on; "after four failed attempts" does not.
            boolean sameActors = (w.equals("before") || w.equals("after")) && t.lower(k + 1).endsWith("ing");
            if (!shared && (absolute || CLAUSE_OPENERS.contains(w) && !complement && !sameActors
                    && (afterFigure || !RELATIVE_WORDS.contains(w)))) {
                inClause = true;
            } else if (afterFigure && t.isPunct(k, ",")) {
                // "those who were forced to return ..., between July and November": the comma closes the clause.
                // Before the figure it does not: "in March 2004, ..., since that date, my board cut it to £25m".
                inClause = false;
            }
        }
        return inClause;
    }

    /**
     * A reporting verb with a speaker of its own: "On Wednesday, the minister said as many as 3,000". Data that
     * report ("a survey ... found 82%") speak of their own time, a passive ("were reported in") reports nothing,
     * and "reported that" opens a clause that may keep the period fronted before it.
     */
    private static boolean isReportingAct(Tokens t, int k) {
        // "reported that Taliban had arrested five": the reported clause may keep the period in front of it.
        boolean reportedClause = t.lower(k + 1).equals("that") && !RELATIVES.contains(t.lower(k - 1));
        if (!Words.REPORTING.contains(t.lower(k)) || isPassive(t, k) || reportedClause) {
            return false;
        }
        // "in 12 states", "the states": a noun, not a verb.
        if (t.isNumber(k - 1) || Words.DETERMINERS.contains(t.lower(k - 1))) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            if (Words.DATA_NOUNS.contains(t.lower(j)) || Words.ANAPHORS.contains(t.lower(j))) {
                return false;
            }
        }
        return true;
    }

    /** "was reported": a passive reporting verb reports nothing of its own. */
    private static boolean isPassive(Tokens t, int k) {
        String w = t.lower(k - 1);
        return w.equals("was") || w.equals("were") || w.equals("been") || w.equals("be") || w.equals("is")
                || w.equals("are");
    }

    /** "..., and has bought", "as the country began": a conjunction that opens a clause with its own verb. */
    private static boolean isNewClause(Tokens t, int k) {
        String w = t.lower(k);
        String next = t.lower(k + 1);
        if (w.equals("and") || w.equals("but")) {
            return Words.AUX.contains(next) && !next.equals("also") && !next.equals("so") && !next.equals("far")
                    || Words.PRONOUNS.contains(next);
        }
        return w.equals("as") && (Words.DETERMINERS.contains(next) || Words.PRONOUNS.contains(next));
    }

    /**
     * A phrase right after a change's first value before the figure is that value's: "from £180,126 in November to
     * £178,906". The amount of a change shares its period with the change ("rose 69 percent in 2015 to 2.4 billion").
     */
    static boolean belongsToCount(Tokens t, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 1 - OWN_GAP); k--) {
            if (isAmount(t, k)) {
                return isAfterFrom(t, k, Math.max(0, k - 3));
            }
            String w = t.lower(k);
            // "£9.28bn", "5 %", "$14 billion sought last year": the count's own scale, sign or participle.
            if (!Words.SCALE.contains(w) && !(t.isWord(k) && (w.length() <= 2 || w.endsWith("ed")))) {
                return false;
            }
        }
        return false;
    }
}
