package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;

/**
 * Capitalised number words inside names: "Three Kings film-maker", "BBC Radio Five Live", "the Six Nations", "the
 * Group of Seven", "the Big Four". Mid-sentence, a capitalised number word next to another capitalised word is a
 * name (OTHER). A number word that opens a sentence ("Three people died") or a title-case headline ("One Dead,
 * Three Injured") keeps its count.
 */
final class NumberWordNames {
    private NumberWordNames() {
    }

    private static final int WINDOW = 200;

    /** The name reading of the spelled-out number {@code t}, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        if (t.form() != NumberToken.Form.WORDS || !Character.isUpperCase(s.charAt(t.start()))
                || Text.opensSentence(s, afterDateline(s, t.start())) || titleCase(s, t.start())) {
            return null;
        }
        return capitalBefore(s, t.start()) || capitalAfter(s, t.end())
                ? new NonStatistic(FigureKind.OTHER, t.start(), t.end()) : null;
    }

    /** "Radio Five", "Big Four", "Group of Seven": a capitalised word right before, or before "of". */
    private static boolean capitalBefore(String s, int start) {
        int p = Text.skipSpacesBack(s, start);
        int ws = Text.wordStartBack(s, p);
        if (p == start || ws == p) {
            return false;
        }
        if (Text.lower(s, ws, p).equals("of")) {
            p = Text.skipSpacesBack(s, ws);
            int prev = Text.wordStartBack(s, p);
            return p < ws && prev < p && Character.isUpperCase(s.charAt(prev));
        }
        if (p - ws == 1 && ws >= 2 && (s.charAt(ws - 1) == '\'' || s.charAt(ws - 1) == '\u2019')) {
            ws = Text.wordStartBack(s, ws - 1);         // "Ocean's Eleven"
        }
        return Character.isUpperCase(s.charAt(ws)) && !Text.opensSentence(s, ws);
    }

    /** "Three Kings", "Six Nations", "Five Live": a capitalised word right after. */
    private static boolean capitalAfter(String s, int end) {
        int p = Text.skipSpaces(s, end);
        return p > end && p < s.length() && Character.isUpperCase(s.charAt(p)) && Text.wordEnd(s, p) > p + 1;
    }

    /**
     * The start of the dateline before {@code start} ("RIYADH Nine Americans", "DIYARBAKIR, Turkey Four people"):
     * an upper-case place, perhaps a comma and a capitalised country; {@code start} when there is none. A wire
     * story's first number word follows it and still opens the sentence.
     */
    private static int afterDateline(String s, int start) {
        int p = Text.skipSpacesBack(s, start);
        int ws = Text.wordStartBack(s, p);
        if (p == start || ws == p) {
            return start;
        }
        int cityEnd = p;
        if (!allCaps(s, ws, p)) {
            int comma = Text.skipSpacesBack(s, ws);
            if (comma == ws || comma == 0 || s.charAt(comma - 1) != ',') {
                return start;
            }
            cityEnd = Text.skipSpacesBack(s, comma - 1);
        }
        int cityStart = Text.wordStartBack(s, cityEnd);
        return cityStart < cityEnd && allCaps(s, cityStart, cityEnd) ? cityStart : start;
    }

    private static boolean allCaps(String s, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline in title case: every word of four letters or more in the line around {@code at} capitalised ("One
     * Fatality, Three Injured in Shooting"), as headline style writes them, and no full stop at its end. The line ends at
     * a full stop or a line break, looked for at most a window away.
     */
    private static boolean titleCase(String s, int at) {
        int from = at;
        while (from > 0 && at - from < WINDOW && ".!?\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < s.length() && to - at < WINDOW && ".!?\n".indexOf(s.charAt(to)) < 0) {
            to++;
        }
        if (to < s.length() && s.charAt(to) != '\n') {
            return false;                               // a headline carries no full stop
        }
        int capitals = 0;
        for (int i = from; i < to; i++) {
            if (Text.isLetter(s.charAt(i)) && (i == 0 || !Text.isLetter(s.charAt(i - 1)))) {
                int e = Text.wordEnd(s, i);
                if (e - i >= 4 && !Character.isUpperCase(s.charAt(i))) {
                    return false;
                }
                capitals += e - i >= 4 ? 1 : 0;
            }
        }
        return capitals >= 3;
    }
}
