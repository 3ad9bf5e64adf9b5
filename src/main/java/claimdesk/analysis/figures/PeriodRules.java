package claimdesk.analysis.figures;

import claimdesk.analysis.figures.PeriodResolver.Range;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The period phrases we read, each with how it resolves to dates. Rules are tried in order at a trigger word, so a
 * longer phrase comes before a shorter one that starts the same way ("on Saturday, 5 July" before "on Saturday").
 * Month and weekday names must be capitalised: "in may" is a modal verb, "in March" a month.
 */
final class PeriodRules {


    /** Month names, and their abbreviations with or without a dot ("Dec. 5, 2014", "Feb 11"). */
    private static final String MONTH = "(?-i:(January|February|March|April|May|June|July|August|September"
            + "|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?))";
    private static final String WEEKDAY = "(?-i:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String COUNT = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|few|several)";
    private static final String UNTIL = "\\s+(?:and|to|until|through)\\s+";
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private interface Resolution {
        Range apply(MatchResult m, LocalDate pub);
    }

    /** One phrase shape, the words it can start with, and how it resolves. */
    record Rule(Set<String> triggers, Pattern pattern, Resolution resolution) {
        Range resolve(MatchResult m, LocalDate pub) {
            return resolution.apply(m, pub);
        }
    }

    static final List<Rule> RULES = List.of(
            rule("in over during", "(?:in|over|during)\\s+the\\s+(?:" + COUNT + "\\s+)?(month|week|year)s?\\s+to\\s+"
                    + MONTH + "(?:,?\\s+" + YEAR + ")?\\b", PeriodRules::unitsToMonth),
            rule("in during", "(?:in|during)\\s+" + MONTH + "[-–]" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b",
                    PeriodRules::monthToMonth),
            rule("#", YEAR + "[-–]" + YEAR + "\\b", PeriodRules::yearToYear),
            rule("for", "for\\s+" + YEAR + UNTIL + YEAR + "\\b", PeriodRules::yearToYear),
            rule("in during over", "(?:in|during|over)\\s+the\\s+(first|second|third|fourth)\\s+quarter(?:\\s+of\\s+"
                    + "(?:the\\s+year|" + YEAR + "))?\\b", PeriodRules::quarter),
            rule("the", "the\\s+(first|second|third|fourth)\\s+quarter(?:\\s+of\\s+(?:the\\s+year|" + YEAR
                    + "))?\\b", PeriodRules::quarter),
            rule("first-quarter second-quarter third-quarter fourth-quarter", "(first|second|third|fourth)-quarter\\b",
                    PeriodRules::quarter),
            rule("the", "the\\s+same\\s+(?:day|week|month|quarter|period)\\s+(?:of|in|a|last)\\s+(?:year|" + YEAR
                    + ")\\b",
                    (m, pub) -> Range.UNKNOWN),
            rule("of", "of\\s+" + YEAR + "\\b(?![.,]\\d)", (m, pub) -> {
                int y = Integer.parseInt(m.group(1));
                return new Range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }),
            rule("the", "the\\s+(?:previous|preceding|following|same)\\s+(?:day|week|month|quarter|year|period)s?\\b",
                    (m, pub) -> Range.UNKNOWN),
            rule("the", "the\\s+" + YEAR + "\\s+(?:fiscal|financial|tax)\\s+year\\b", (m, pub) -> Range.UNKNOWN),
            rule("the", "the\\s+(?:past|last)\\s+" + COUNT + "\\s+(hour|day|week|month|year)s\\b", PeriodRules::past),
            // "the February cyber theft": a month name before a noun dates it.
            rule("the", "the\\s+" + MONTH + "(?=\\s+\\p{Ll})", (m, pub) -> {
                YearMonth ym = monthOf(m.group(1), null, pub);
                return ym == null ? Range.UNKNOWN : new Range(ym.atDay(1), ym.atEndOfMonth());
            }),
            rule("in during over", "(?:in|during|over)\\s+the\\s+(?:same\\s+)?period(?:\\s+(?:of|in|a)\\s+(?:last\\s+)?"
                    + "(?:year|" + YEAR + "))?\\b", (m, pub) -> Range.UNKNOWN),
            rule("in during over", "(?:in|during|over)\\s+the\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten"
                    + "|twelve)\\s+(?:year|month|week|day)s\\b", (m, pub) -> Range.UNKNOWN),
            // "since coming to power in 1997", "since it was released in 2003".
            rule("since", "since\\s+(?:[\\p{Ll}']+\\s+){1,4}?in\\s+" + YEAR + "\\b(?![.,]\\d)",
                    (m, pub) -> sinceJanuary(Integer.valueOf(m.group(1)), pub)),
            rule("fiscal", "fiscal\\s+" + YEAR + "\\b", (m, pub) -> Range.UNKNOWN),
            rule("a", "a\\s+(year|month|week|day)\\s+(earlier|before|ago)\\b",
                    (m, pub) -> ago(1, m.group(1), m.group(2), pub)),
            rule("# one two three four five six seven eight nine ten eleven twelve several few",
                    COUNT + "\\s+(year|month|week|day)s?\\s+(earlier|before|ago)\\b",
                    (m, pub) -> ago(count(m.group(1)), m.group(2), m.group(3), pub)),
            // Lower case only: a title's "In One Day" is no period of its figures.
            rule("in within", "(?-i:(?:in|within)\\s+(?:just\\s+|only\\s+)?(\\d+|one|two|three|four|five|six|seven"
                    + "|eight"
                    + "|nine|ten|few|several)\\s+(?:hour|day|week|month)s?)\\b",
                    (m, pub) -> Range.UNKNOWN),
            rule("by", "by\\s+the\\s+end\\s+of\\s+(?:the\\s+year|this\\s+year|that\\s+year|next\\s+year|" + YEAR
                    + ")\\b", PeriodRules::byYearEnd),
            rule("by", "by\\s+" + YEAR + "\\b(?![.,]\\d)", PeriodRules::byYearEnd),
            rule("earlier later", "(earlier|later)\\s+this\\s+(year|month|week)\\b",
                    (m, pub) -> m.group(1).equalsIgnoreCase("earlier") ? thisUnit(m.group(2), pub) : Range.UNKNOWN),
            rule("last", "last\\s+night\\b", (m, pub) -> pub == null ? Range.UNKNOWN
                    : new Range(pub.minusDays(1), pub.minusDays(1))),
            rule("next", "next\\s+" + WEEKDAY + "\\b", (m, pub) -> {
                if (pub == null) {
                    return Range.UNKNOWN;
                }
                DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                LocalDate day = pub.with(TemporalAdjusters.next(dow));
                return new Range(day, day);
            }),
            rule("as", "as\\s+of\\s+" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?\\b",
                    (m, pub) -> day(m.group(2), m.group(1), m.group(3), pub)),
            rule("now currently", "(now|currently)\\b(?!\\s+that\\b)",
                    (m, pub) -> pub == null ? Range.UNKNOWN : new Range(pub, pub)),
            rule("in over during for within",
                    "(?:in|over|during|for|within)\\s+the\\s+(?:past|last|previous)\\s+(?:" + COUNT + "\\s+)?"
                            + "(hour|day|week|month|year)s?\\b",
                    PeriodRules::past),
            rule("in", "in\\s+recent\\s+(?:days|weeks|months|years)\\b", (m, pub) -> Range.UNKNOWN),
            rule("in during", "(?:in|during)\\s+the\\s+first\\s+" + COUNT + "\\s+months\\s+of\\s+(?:the\\s+year|"
                    + YEAR + ")\\b", PeriodRules::firstMonths),
            rule("in during", "(?:in|during)\\s+the\\s+(first|second)\\s+half\\s+of\\s+(?:the\\s+year|" + YEAR + ")\\b",
                    PeriodRules::half),
            rule("over during at on", "(?:over|during|at|on)\\s+the\\s+weekend\\b", PeriodRules::weekend),
            rule("since", "since\\s+the\\s+(?:beginning|start)\\s+of\\s+(?:the\\s+year|this\\s+year|" + YEAR + ")\\b",
                    (m, pub) -> sinceJanuary(m.group(1) != null ? Integer.valueOf(m.group(1)) : yearOf(pub), pub)),
            rule("since", "since\\s+last\\s+year\\b",
                    (m, pub) -> sinceJanuary(pub == null ? null : pub.getYear() - 1, pub)),
            rule("since", "since\\s+" + YEAR + "\\b", (m, pub) -> sinceJanuary(Integer.valueOf(m.group(1)), pub)),
            rule("since", "since\\s+" + MONTH + "(?:\\s+" + YEAR + ")?\\b", (m, pub) -> {
                YearMonth ym = monthOf(m.group(1), m.group(2), pub);
                return ym == null ? Range.UNKNOWN : new Range(ym.atDay(1), pub);
            }),
            rule("so this", "(?:so\\s+far\\s+)?this\\s+(year|month|week)\\b",
                    (m, pub) -> thisUnit(m.group(1), pub)),
            rule("so", "so\\s+far\\b", (m, pub) -> new Range(null, pub)),
            rule("last", "last\\s+(year|month|week)\\b", PeriodRules::lastUnit),
            rule("on", "on\\s+(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b", (m, pub) -> day(m.group(2), m.group(3), m.group(4), pub)),
            rule("on", "on\\s+(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?\\b",
                    (m, pub) -> day(m.group(3), m.group(2), m.group(4), pub)),
            rule("on", "on\\s+" + WEEKDAY + "\\b", PeriodRules::weekday),
            rule("between from", "(?:between|from)\\s+" + DAY + "\\s+" + MONTH + "(?:\\s+" + YEAR + ")?" + UNTIL
                    + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b", PeriodRules::betweenDays),
            rule("between from", "(?:between|from)\\s+" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?" + UNTIL
                    + "(?:" + MONTH + "\\s+)?" + DAY + "(?:,?\\s+" + YEAR + ")?\\b", PeriodRules::betweenMonthDays),
            rule("between from", "(?:between|from)\\s+" + DAY + UNTIL + DAY + "\\s+(?:of\\s+)?" + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b", PeriodRules::daysOfOneMonth),
            rule("in during over", "(?:in|during|over)\\s+the\\s+first\\s+(?:" + COUNT + "\\s+)?(day|week)s?\\s+of\\s+"
                    + MONTH + "(?:,?\\s+" + YEAR + ")?\\b", PeriodRules::firstDaysOfMonth),
            rule("between from", "(?:between|from)\\s+" + MONTH + "(?:\\s+" + YEAR + ")?" + UNTIL + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b", PeriodRules::betweenMonths),
            rule("between from", "(?:between|from)\\s+" + YEAR + UNTIL + YEAR + "\\b",
                    (m, pub) -> new Range(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
                            LocalDate.of(Integer.parseInt(m.group(2)), 12, 31))),
            rule("in during", "(?:in|during)\\s+(?:early\\s+|late\\s+|mid-)?" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b",
                    (m, pub) -> {
                        YearMonth ym = monthOf(m.group(1), m.group(2), pub);
                        return ym == null ? Range.UNKNOWN : new Range(ym.atDay(1), ym.atEndOfMonth());
                    }),
            // "early 2022" resolves to the whole year: a wider period is honest, a guessed narrower one is not.
            rule("in during", "(?:in|during)\\s+(?:early\\s+|late\\s+|mid-)?" + YEAR + "\\b(?![.,]\\d)", (m, pub) -> {
                int y = Integer.parseInt(m.group(1));
                return new Range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }),
            rule("up until through as", "(?:up\\s+to|until|through|as\\s+of)\\s+" + MONTH + "\\s+" + YEAR + "\\b",
                    (m, pub) -> new Range(null, monthOf(m.group(1), m.group(2), pub).atEndOfMonth())),
            rule("yesterday today", "(yesterday|today)\\b", (m, pub) -> pub == null ? Range.UNKNOWN
                    : m.group(1).equalsIgnoreCase("today") ? new Range(pub, pub)
                    : new Range(pub.minusDays(1), pub.minusDays(1))));

    private static final Map<String, List<Rule>> BY_TRIGGER = RULES.stream()
            .flatMap(rule -> rule.triggers().stream().map(word -> Map.entry(word, rule)))
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                    Collectors.toUnmodifiableList())));

    private PeriodRules() {
    }

    private static Rule rule(String triggers, String regex, Resolution resolution) {
        return new Rule(Set.of(triggers.split(" ")),
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), resolution);
    }

    /** The rules to try at a word, in order; empty for a word no period starts with, which keeps finding cheap. */
    static List<Rule> startingWith(String lowerWord) {
        List<Rule> rules = BY_TRIGGER.get(lowerWord);
        if (rules != null || lowerWord.isEmpty()) {
            return rules == null ? List.of() : rules;
        }
        // Numbers start rules under "#" ("four years ago" has "four", "10 years ago" any digits).
        return Character.isDigit(lowerWord.charAt(0)) ? BY_TRIGGER.getOrDefault("#", List.of()) : List.of();
    }

    /** A written count ("two", "10"); 0 for "few", "several" or a number too long to be a period length. */
    private static int count(String written) {
        String count = written == null ? "1" : written.toLowerCase(Locale.ROOT);
        if (Character.isDigit(count.charAt(0))) {
            return count.length() > 4 ? 0 : Integer.parseInt(count);
        }
        return NUMBER_WORDS.indexOf(count) + 1;
    }

    private static Range firstMonths(MatchResult m, LocalDate pub) {
        int n = count(m.group(1));
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : yearOf(pub);
        if (year == null || n <= 0 || n > 12) {
            return Range.UNKNOWN;
        }
        return new Range(LocalDate.of(year, 1, 1), YearMonth.of(year, n).atEndOfMonth());
    }

    private static Range half(MatchResult m, LocalDate pub) {
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : yearOf(pub);
        if (year == null) {
            return Range.UNKNOWN;
        }
        boolean first = m.group(1).equalsIgnoreCase("first");
        return new Range(LocalDate.of(year, first ? 1 : 7, 1), LocalDate.of(year, first ? 6 : 12, first ? 30 : 31));
    }

    /** The latest weekend that has begun by publication: Saturday and Sunday. */
    private static Range weekend(MatchResult m, LocalDate pub) {
        if (pub == null) {
            return Range.UNKNOWN;
        }
        LocalDate saturday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new Range(saturday, saturday.plusDays(1));
    }

    private static Range past(MatchResult m, LocalDate pub) {
        int n = count(m.group(1));
        if (pub == null || n <= 0) {
            return Range.UNKNOWN;
        }
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "hour" -> new Range(pub.minusDays(Math.max(1, (n + 23) / 24)), pub);
            case "day" -> new Range(pub.minusDays(n), pub);
            case "week" -> new Range(pub.minusWeeks(n), pub);
            case "month" -> new Range(pub.minusMonths(n), pub);
            default -> new Range(pub.minusYears(n), pub);
        };
    }

    private static Range thisUnit(String unit, LocalDate pub) {
        if (pub == null) {
            return Range.UNKNOWN;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "year" -> new Range(pub.withDayOfYear(1), pub);
            case "month" -> new Range(pub.withDayOfMonth(1), pub);
            default -> new Range(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), pub);
        };
    }

    private static Range lastUnit(MatchResult m, LocalDate pub) {
        if (pub == null) {
            return Range.UNKNOWN;
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "year" -> new Range(LocalDate.of(pub.getYear() - 1, 1, 1), LocalDate.of(pub.getYear() - 1, 12, 31));
            case "month" -> {
                YearMonth last = YearMonth.from(pub).minusMonths(1);
                yield new Range(last.atDay(1), last.atEndOfMonth());
            }
            default -> {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new Range(monday, monday.plusDays(6));
            }
        };
    }

    private static Range weekday(MatchResult m, LocalDate pub) {
        if (pub == null) {
            return Range.UNKNOWN;
        }
        // News reports past events: "on Saturday" is the latest Saturday on or before publication.
        DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        LocalDate day = pub.with(TemporalAdjusters.previousOrSame(dow));
        return new Range(day, day);
    }

    private static Range day(String dayText, String monthName, String yearText, LocalDate pub) {
        YearMonth ym = monthOf(monthName, yearText, pub);
        int d = Integer.parseInt(dayText);
        if (ym == null || d < 1 || d > ym.lengthOfMonth()) {
            return Range.UNKNOWN;
        }
        LocalDate date = ym.atDay(d);
        return new Range(date, date);
    }

    private static Range betweenDays(MatchResult m, LocalDate pub) {
        String endYear = m.group(6);
        Range from = day(m.group(1), m.group(2), m.group(3) != null ? m.group(3) : endYear, pub);
        Range to = day(m.group(4), m.group(5), endYear != null ? endYear : m.group(3), pub);
        return ordered(from.from(), to.to());
    }

    /** "between January 1 and January 21, 2016", "from March 3 to 9": a missing second month is the first. */
    private static Range betweenMonthDays(MatchResult m, LocalDate pub) {
        String endYear = m.group(6);
        String endMonth = m.group(4) != null ? m.group(4) : m.group(1);
        Range from = day(m.group(2), m.group(1), m.group(3) != null ? m.group(3) : endYear, pub);
        Range to = day(m.group(5), endMonth, endYear != null ? endYear : m.group(3), pub);
        return ordered(from.from(), to.to());
    }

    /** "from 1 to 21 January 2016": two days of one month. */
    private static Range daysOfOneMonth(MatchResult m, LocalDate pub) {
        return ordered(day(m.group(1), m.group(3), m.group(4), pub).from(),
                day(m.group(2), m.group(3), m.group(4), pub).to());
    }

    /** "in the first three weeks of January": from the 1st, n weeks (or days), never past the month's end. */
    private static Range firstDaysOfMonth(MatchResult m, LocalDate pub) {
        int n = count(m.group(1));
        YearMonth ym = monthOf(m.group(3), m.group(4), pub);
        if (ym == null || n <= 0) {
            return Range.UNKNOWN;
        }
        int days = m.group(2).equalsIgnoreCase("week") ? 7 * n : n;
        return new Range(ym.atDay(1), ym.atDay(Math.min(days, ym.lengthOfMonth())));
    }

    private static Range betweenMonths(MatchResult m, LocalDate pub) {
        String endYear = m.group(4);
        YearMonth from = monthOf(m.group(1), m.group(2) != null ? m.group(2) : endYear, pub);
        YearMonth to = monthOf(m.group(3), endYear != null ? endYear : m.group(2), pub);
        return ordered(from == null ? null : from.atDay(1), to == null ? null : to.atEndOfMonth());
    }

    /** "between November and February": a start after the end lies in the year before. */
    private static Range ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            from = from.minusYears(1);
        }
        return new Range(from, to);
    }

    /** "in the three months to September", "the year to March": whole months ending with the named one. */
    private static Range unitsToMonth(MatchResult m, LocalDate pub) {
        int n = count(m.group(1));
        YearMonth end = monthOf(m.group(3), m.group(4), pub);
        if (end == null || n <= 0) {
            return Range.UNKNOWN;
        }
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "month" -> new Range(end.minusMonths(n - 1L).atDay(1), end.atEndOfMonth());
            case "year" -> new Range(end.minusMonths(12L * n - 1).atDay(1), end.atEndOfMonth());
            default -> new Range(end.atEndOfMonth().minusWeeks(n).plusDays(1), end.atEndOfMonth());
        };
    }

    /** "in April-July": the first month's start to the last month's end. */
    private static Range monthToMonth(MatchResult m, LocalDate pub) {
        YearMonth from = monthOf(m.group(1), m.group(3), pub);
        YearMonth to = monthOf(m.group(2), m.group(3), pub);
        return from == null || to == null ? Range.UNKNOWN : ordered(from.atDay(1), to.atEndOfMonth());
    }

    private static Range yearToYear(MatchResult m, LocalDate pub) {
        return ordered(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
                LocalDate.of(Integer.parseInt(m.group(2)), 12, 31));
    }

    /** "the first quarter (of 2016)", "first-quarter": a quarter not yet begun at publication is last year's. */
    private static Range quarter(MatchResult m, LocalDate pub) {
        int q = List.of("first", "second", "third", "fourth").indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        String written = m.groupCount() >= 2 ? m.group(2) : null;
        Integer year = written != null ? Integer.valueOf(written) : yearOf(pub);
        if (year == null) {
            return Range.UNKNOWN;
        }
        YearMonth first = YearMonth.of(year, 3 * q - 2);
        if (written == null && first.isAfter(YearMonth.from(pub))) {
            first = first.minusYears(1);
        }
        return new Range(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** "by 2008", "by the end of 2017": open at the start, to the year's end. */
    private static Range byYearEnd(MatchResult m, LocalDate pub) {
        String phrase = m.group().toLowerCase(Locale.ROOT);
        Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : yearOf(pub);
        if (year == null || phrase.contains("that year")) {
            return Range.UNKNOWN;
        }
        return new Range(null, LocalDate.of(phrase.contains("next year") ? year + 1 : year, 12, 31));
    }

    /** "a year earlier", "four years ago": the day that long before publication ("earlier" is another's). */
    private static Range ago(int n, String unit, String relation, LocalDate pub) {
        if (pub == null || n <= 0 || !relation.equalsIgnoreCase("ago")) {
            return Range.UNKNOWN;
        }
        LocalDate day = switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> pub.minusDays(n);
            case "week" -> pub.minusWeeks(n);
            case "month" -> pub.minusMonths(n);
            default -> pub.minusYears(n);
        };
        return new Range(day, day);
    }

    private static Range sinceJanuary(Integer year, LocalDate pub) {
        return year == null ? Range.UNKNOWN : new Range(LocalDate.of(year, 1, 1), pub);
    }

    private static Integer yearOf(LocalDate pub) {
        return pub == null ? null : pub.getYear();
    }

    /** "December", "Dec." or "Sept": the month whose name starts with the first three letters. */
    private static Month month(String written) {
        String prefix = written.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m;
            }
        }
        throw new IllegalArgumentException(written);
    }

    /** A month with its year as written, else the latest such month not after publication; null if unknowable. */
    private static YearMonth monthOf(String monthName, String yearText, LocalDate pub) {
        Month month = month(monthName);
        if (yearText != null) {
            return YearMonth.of(Integer.parseInt(yearText), month);
        }
        if (pub == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(pub.getYear(), month);
        return ym.isAfter(YearMonth.from(pub)) ? ym.minusYears(1) : ym;
    }
}
