package claimdesk.analysis.figures;

import claimdesk.model.FigureKind;
import java.util.Set;

/**
 * Numbers that are part of a name or an address rather than a quantity: "S&P 500", "iPhone 11", "Big 12",
 * "Boeing 787", "seat 14", "575 Wilbraham Road", the ZIP code "01109" and ages in apposition ("Manuel, 17, was").
 * The rules are general (a capitalised or mixed-case word right before a bare whole number) so that new names need
 * no list; the few lists below are the words those rules cannot see. Each result is OTHER, never a statistic.
 */
final class NameNumbers {
    private NameNumbers() {
    }

    /** Lower-case labels that number a thing rather than count it: "in seat 14", "game 2 of the final". */
    private static final Set<String> LABELS = Set.of("seat", "row", "section", "gate", "platform", "game", "flight",
            "route", "room", "page", "chapter", "article", "terminal", "aisle", "suite", "apartment", "match", "pier");
    /** Capitalised words that begin sentences or phrases and are followed by a real count ("About 300"). */
    private static final Set<String> NOT_NAMES = Set.of("in", "on", "at", "by", "of", "the", "about", "some",
            "nearly", "only", "around", "over", "under", "almost", "since", "from", "to", "for", "with", "and",
            "but", "just", "roughly", "another", "all", "after", "before", "during", "until", "between", "than",
            "approximately", "exactly", "estimated", "least", "more", "fewer", "less", "up", "down", "top", "then",
            "so", "now", "also", "when", "as", "if", "while", "where", "yet", "still", "even", "here", "there",
            "today", "yesterday", "last", "next", "first", "each", "every", "those", "these", "this", "that", "its",
            "their", "our", "his", "her", "we", "they", "he", "she", "it", "i", "you");
    private static final int MAX_LIST = 6;
    private static final Set<String> NAMED_THINGS = Set.of("act", "law", "treaty", "convention", "accord",
            "agreement", "games", "olympics", "cup", "championship", "championships", "election", "constitution",
            "declaration", "summit", "conference", "festival", "awards", "tournament", "census");
    private static final Set<String> STREETS = Set.of("road", "rd", "street", "st", "avenue", "ave", "boulevard",
            "blvd", "lane", "drive", "way", "place", "court", "terrace", "square", "crescent", "parkway");

    /** The non-statistic reading of {@code t} as part of a name, or null. */
    static NonStatistic classify(String s, NumberToken t) {
        if (t.form() != NumberToken.Form.PLAIN_DIGITS || t.gluedToLetters()) {
            return null;
        }
        int b = t.start();
        int len = t.end() - b;
        if (len >= 3 && s.charAt(b) == '0' || namedBefore(s, t) || streetAfter(s, t.end()) || ageInApposition(s, t)
                || listedAfterName(s, t) || ticker(s, t) || titleOfNamedThing(s, t)) {
            return new NonStatistic(FigureKind.OTHER, b, t.end());
        }
        return null;
    }

    /** "FTSE 100", "iPhone 11", "Big 12", "seat 14": a name word, one space, then the number. */
    private static boolean namedBefore(String s, NumberToken t) {
        int b = t.start();
        if (b < 2 || s.charAt(b - 1) != ' ' || followedByCount(s, t.end()) || Units.before(s, b) != null) {
            return false;
        }
        int cs = b - 1;
        while (cs > 0 && !Character.isWhitespace(s.charAt(cs - 1))) {
            cs--;
        }
        String chunk = s.substring(cs, b - 1);
        if (chunk.isEmpty() || !Character.isLetter(chunk.charAt(0))
                || !Character.isLetterOrDigit(chunk.charAt(chunk.length() - 1))) {
            return false;
        }
        String lower = Text.lower(s, cs, b - 1);
        if (LABELS.contains(lower)) {
            return true;
        }
        boolean innerUpper = false;
        for (int i = 1; i < chunk.length(); i++) {
            innerUpper |= Character.isUpperCase(chunk.charAt(i));
        }
        boolean capital = Character.isUpperCase(chunk.charAt(0));
        if (!innerUpper && (!capital || Text.opensSentence(s, cs) || NOT_NAMES.contains(lower)
                || titleCaseAfter(s, t.end()))) {
            return false;
        }
        return !Calendar.isMonth(s, cs, b - 1) && !Calendar.WEEKDAYS.contains(lower);
    }

    /** "told Reuters 20 people died", "Pfizer 95% effective": a count or unit follows, so the number is a figure. */
    private static boolean followedByCount(String s, int end) {
        if (Units.after(s, end) != null) {
            return true;
        }
        int p = Text.skipSpaces(s, end);
        int e = Text.wordEnd(s, p);
        if (p == end || e - p < 3 || !Character.isLowerCase(s.charAt(p))) {
            return false;
        }
        String next = Text.lower(s, p, e);
        return next.equals("people") || next.equals("children") || next.equals("men") || next.equals("women")
                || next.endsWith("s") && !next.endsWith("ss") && next.length() > 3 && !next.equals("was");
    }

    /** "Storm Kills 12 In Texas": a capitalised little word after the number marks a title-case headline. */
    private static boolean titleCaseAfter(String s, int end) {
        int p = Text.skipSpaces(s, end);
        int e = Text.wordEnd(s, p);
        return e > p && Character.isUpperCase(s.charAt(p)) && NOT_NAMES.contains(Text.lower(s, p, e));
    }

    /** "575 Wilbraham Road": one to three capitalised words, then a street word. */
    private static boolean streetAfter(String s, int end) {
        int p = end;
        for (int k = 0; k < 4; k++) {
            int q = Text.skipSpaces(s, p);
            int e = Text.wordEnd(s, q);
            if (q == p || e == q || !Character.isUpperCase(s.charAt(q))) {
                return false;
            }
            if (k > 0 && STREETS.contains(Text.lower(s, q, e))) {
                return true;
            }
            p = e;
        }
        return false;
    }

    /** A comma after the age, or the full stop of a sentence that ends on it ("Ohio Governor John Kasich, 63."). */
    private static boolean closesApposition(String s, int end) {
        char c = s.charAt(end);
        return c == ',' || c == ')' || c == '.' && (end + 1 == s.length() || Text.isSpace(s.charAt(end + 1))
                && Character.isUpperCase(s.charAt(Math.min(s.length() - 1, Text.skipSpaces(s, end + 1)))));
    }

    /**
     * "Windows 95, 98, 2000, NT and XP": the later numbers of a list whose first item is a name with a number.
     * Walks back over the items (numbers or upper-case words) to the first one and asks {@link #namedBefore}.
     */
    private static boolean listedAfterName(String s, NumberToken t) {
        if (followedByCount(s, t.end())) {
            return false;
        }
        int p = t.start();
        for (int k = 0; k < MAX_LIST; k++) {
            int q = Text.skipSpacesBack(s, p);
            if (q > 0 && s.charAt(q - 1) == ',') {
                q = Text.skipSpacesBack(s, q - 1);
            } else if (q >= 3 && (Text.lower(s, Text.wordStartBack(s, q), q).equals("and")
                    || Text.lower(s, Text.wordStartBack(s, q), q).equals("or"))) {
                q = Text.skipSpacesBack(s, Text.wordStartBack(s, q));
                if (q > 0 && s.charAt(q - 1) == ',') {
                    q = Text.skipSpacesBack(s, q - 1);
                }
            } else {
                return false;
            }
            int item = q;
            while (item > 0 && Text.isDigit(s.charAt(item - 1))) {
                item--;
            }
            if (item == q || q == p || Text.isWordChar(s, item - 1)) {
                return false;
            }
            NumberToken first = new NumberToken(item, q, new java.math.BigDecimal(s.substring(item, q)), null,
                    NumberToken.Form.PLAIN_DIGITS, false);
            if (namedBefore(s, first)) {
                return true;
            }
            p = item;
        }
        return false;
    }

    /**
     * "the 1789 All Writs Act", "the 2016 Rio Olympics": after "the", a number, then capitalised words up to a word
     * that names a law, an event or a prize. The number (often a year) is part of the name.
     */
    private static boolean titleOfNamedThing(String s, NumberToken t) {
        if (!Ranges.previousWord(s, t.start()).equals("the")) {
            return false;
        }
        int p = t.end();
        for (int k = 0; k < 4; k++) {
            int q = Text.skipSpaces(s, p);
            int e = Text.wordEnd(s, q);
            if (q == p || e == q || !Character.isUpperCase(s.charAt(q))) {
                return false;
            }
            if (NAMED_THINGS.contains(Text.lower(s, q, e))) {
                return true;
            }
            p = e;
        }
        return false;
    }

    /** "(7974.T)", "(AAPL.O)": a stock code in brackets, a number with an exchange suffix. */
    private static boolean ticker(String s, NumberToken t) {
        int e = t.end();
        return t.start() > 0 && s.charAt(t.start() - 1) == '(' && e + 2 < s.length() && s.charAt(e) == '.'
                && Character.isUpperCase(s.charAt(e + 1)) && (s.charAt(e + 2) == ')'
                || Character.isUpperCase(s.charAt(e + 2)) && e + 3 < s.length() && s.charAt(e + 3) == ')');
    }

    /** "Manuel, 17, was held": a capitalised name, a comma, an age up to 120, another comma. */
    private static boolean ageInApposition(String s, NumberToken t) {
        int b = t.start();
        if (t.end() >= s.length() || !closesApposition(s, t.end()) || t.value().intValue() > 120) {
            return false;
        }
        int p = Text.skipSpacesBack(s, b);
        if (p == b || p < 2 || s.charAt(p - 1) != ',') {
            return false;
        }
        int ws = Text.wordStartBack(s, p - 1);
        return ws < p - 1 && Character.isUpperCase(s.charAt(ws)) && !Calendar.isMonth(s, ws, p - 1)
                && !Calendar.WEEKDAYS.contains(Text.lower(s, ws, p - 1));
    }
}
