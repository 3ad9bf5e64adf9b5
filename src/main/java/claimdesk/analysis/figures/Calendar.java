package claimdesk.analysis.figures;

import java.util.Set;

/** Month, weekday and time-unit words, and the nouns that make a year-like number a count ("2022 people"). */
final class Calendar {
    private Calendar() {
    }

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century",
            "centuries", "night", "nights", "fortnight", "fortnights");
    /** Words after which a 4-digit number is a year even when a plural noun follows ("in 2022 deportations"). */
    static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "until", "till", "of", "from", "to", "year",
            "early", "late", "mid", "before", "after", "during", "summer", "spring", "autumn", "winter", "fall",
            "between", "and", "through", "the", "around", "circa", "fiscal", "calendar", "ad", "bc");
    /** Identifier labels: "Resolution 2679", "Flight 752", "No. 3". */
    static final Set<String> ID_LABELS = Set.of("resolution", "article", "section", "chapter", "flight", "route",
            "highway", "exit", "room", "decree", "paragraph", "clause", "item", "page", "no", "nos", "number",
            "level", "phase", "grade", "block", "sector", "gate", "line", "platform", "unit", "camp", "district",
            "zone", "model", "version", "episode", "season", "volume", "vol", "issue", "act", "law", "rule");

    /** A month name; "May" only capitalised, since "may" is usually the verb. */
    static boolean isMonth(String s, int start, int end) {
        String w = Text.lower(s, start, end);
        if (w.equals("may") && !Character.isUpperCase(s.charAt(start))) {
            return false;
        }
        return MONTHS.contains(w) && (w.length() > 3 || Character.isUpperCase(s.charAt(start))
                || w.equals("may"));
    }
}
