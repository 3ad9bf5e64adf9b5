package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.Gazetteer;
import java.util.Set;

/**
 * What counts as a named place phrase: capitalised words that are no month, weekday, number word, demonym or
 * named time, optionally led by "the" and lower-case leaders ("the capital Ankara"), carried on by place nouns,
 * "and"/"of" between names and a possessive into a place noun ("Iran's eastern borders"); never an organisation
 * or event ("Arkansas State University"). {@link PlaceFinder} decides where in a sentence to look for one.
 */
final class PlacePhrases {
    /** Capitalised words that name no place even before a place noun: "Tuesday's attack", "Christmas Day". */
    private static final Set<String> NAMED_TIMES = Set.of("christmas", "easter", "ramadan", "eid", "new");
    private static final Set<String> NOT_PLACES = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "day", "days", "week", "weeks", "month", "months", "year", "years", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "single");
    /** Lower-case words that open a place phrase before its name: "northern Oklahoma", "the capital Ankara". */
    static final Set<String> PLACE_LEADERS = Set.of("northern", "southern", "eastern", "western",
            "central", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "northeastern", "northwestern", "southeastern", "southwestern", "midtown", "downtown", "coastal",
            "capital", "city", "cities", "town", "state", "province", "county", "island", "of");
    /** Last words of organisations and events, which are no places: "Arkansas State University", "TI Concert". */
    private static final Set<String> ORGANISATION_ENDS = Set.of("university", "college", "concert", "show",
            "party", "council", "ministry", "corp", "inc", "company", "festival", "awards", "committee", "agency");

    private PlacePhrases() {
    }

    /** A named place phrase starting at token {@code k} (after an optional "the"), or null. */
    static TokenRange named(Tokens t, int k) {
        if (t.lower(k).equals("the")) {
            k++;
        }
        int from = k;
        while (k < from + 3 && PLACE_LEADERS.contains(t.lower(k)) && !t.isCapitalised(k)) {
            k++;
        }
        if (k > from && !isName(t, k) && !t.isCapitalised(k)) {
            return null;
        }
        TokenRange known = PlaceNames.known(t, k);
        TokenRange found = namedPhrase(t, k, from);
        if (known != null) {
            int end = known.to();
            while (end < t.size() && Words.PLACE_NOUNS.contains(t.lower(end))) {
                end++;
            }
            // "Iran and Pakistan": the word-by-word phrase may go on past the name; "the US National Book
            // Awards" is no place.
            TokenRange whole = new TokenRange(from, found == null ? end : Math.max(end, found.to()));
            return isOrganisation(t, whole) ? null : whole;
        }
        return found == null || isOrganisation(t, found) ? null : found;
    }

    private static boolean isOrganisation(Tokens t, TokenRange r) {
        return ORGANISATION_ENDS.contains(possessiveDropped(t.lower(r.to() - 1)));
    }

    private static TokenRange namedPhrase(Tokens t, int k, int from) {
        boolean hasName = false;
        while (k < t.size()) {
            String w = t.lower(k);
            if (isName(t, k)) {
                hasName = true;
                k++;
                if (w.endsWith("’s") || w.endsWith("'s")) {
                    // "Iran’s eastern borders": a possessive carries on only into a place noun.
                    int j = k;
                    while (j < k + 2 && t.isWord(j) && !Words.PLACE_NOUNS.contains(t.lower(j))) {
                        j++;
                    }
                    return Words.PLACE_NOUNS.contains(t.lower(j)) ? new TokenRange(from, j + 1)
                            : new TokenRange(from, k);
                }
            } else if (k > from && Words.PLACE_NOUNS.contains(w)) {
                k++;
            } else if (hasName && (w.equals("and") || w.equals("of")) && isName(t, k + 1)) {
                k++;
            } else {
                break;
            }
        }
        return hasName ? new TokenRange(from, k) : null;
    }

    static boolean isName(Tokens t, int k) {
        String w = possessiveDropped(t.lower(k));
        // Title-case headlines capitalise every word: "In One Day" names no place.
        return t.isWord(k) && t.isCapitalised(k) && !Words.MONTHS.contains(w) && !Words.WEEKDAYS.contains(w)
                && !Words.NP_STOP.contains(w) && !Words.DETERMINERS.contains(w) && !NOT_PLACES.contains(w)
                && !NAMED_TIMES.contains(w) && Gazetteer.countryOfDemonym(w) == null;
    }

    /** "tuesday's" → "tuesday": a possessive is no reason to read a weekday as a place. */
    private static String possessiveDropped(String w) {
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }
}
