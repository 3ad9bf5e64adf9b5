package claimdesk.analysis.figures;

import static claimdesk.analysis.figures.RelativePeriods.ago;
import static claimdesk.analysis.figures.RelativePeriods.thisUnit;
import static claimdesk.analysis.figures.WrittenDates.COUNT;
import static claimdesk.analysis.figures.WrittenDates.DAY;
import static claimdesk.analysis.figures.WrittenDates.MONTH;
import static claimdesk.analysis.figures.WrittenDates.UNTIL;
import static claimdesk.analysis.figures.WrittenDates.WEEKDAY;
import static claimdesk.analysis.figures.WrittenDates.YEAR;
import static claimdesk.analysis.figures.WrittenDates.count;
import static claimdesk.analysis.figures.WrittenDates.day;
import static claimdesk.analysis.figures.WrittenDates.monthOf;
import static claimdesk.analysis.figures.WrittenDates.yearOf;
import static claimdesk.analysis.figures.YearParts.sinceJanuary;

import claimdesk.analysis.figures.PeriodResolver.Range;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
 * Month and weekday names must be capitalised: "in may" is a modal verb, "in March" a month. This class holds only
 * the table and its lookup; the pattern pieces and written dates are in {@link WrittenDates}, the longer resolutions
 * in {@link PeriodSpans}, {@link YearParts} and {@link RelativePeriods}.
 */
final class PeriodRules {
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
                    + MONTH + "(?:,?\\s+" + YEAR + ")?\\b", PeriodSpans::unitsToMonth),
            rule("in during", "(?:in|during)\\s+" + MONTH + "[-–]" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b",
                    PeriodSpans::monthToMonth),
            rule("#", YEAR + "[-–]" + YEAR + "\\b", PeriodSpans::yearToYear),
            rule("for", "for\\s+" + YEAR + UNTIL + YEAR + "\\b", PeriodSpans::yearToYear),
            rule("in during over", "(?:in|during|over)\\s+the\\s+(first|second|third|fourth)\\s+quarter(?:\\s+of\\s+"
                    + "(?:the\\s+year|" + YEAR + "))?\\b", YearParts::quarter),
            rule("the", "the\\s+(first|second|third|fourth)\\s+quarter(?:\\s+of\\s+(?:the\\s+year|" + YEAR
                    + "))?\\b", YearParts::quarter),
            rule("first-quarter second-quarter third-quarter fourth-quarter", "(first|second|third|fourth)-quarter\\b",
                    YearParts::quarter),
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
            rule("the", "the\\s+(?:past|last)\\s+" + COUNT + "\\s+(hour|day|week|month|year)s\\b",
                    RelativePeriods::past),
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
                    + ")\\b", YearParts::byYearEnd),
            rule("by", "by\\s+" + YEAR + "\\b(?![.,]\\d)", YearParts::byYearEnd),
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
                    RelativePeriods::past),
            rule("in", "in\\s+recent\\s+(?:days|weeks|months|years)\\b", (m, pub) -> Range.UNKNOWN),
            rule("in during", "(?:in|during)\\s+the\\s+first\\s+" + COUNT + "\\s+months\\s+of\\s+(?:the\\s+year|"
                    + YEAR + ")\\b", YearParts::firstMonths),
            rule("in during", "(?:in|during)\\s+the\\s+(first|second)\\s+half\\s+of\\s+(?:the\\s+year|" + YEAR + ")\\b",
                    YearParts::half),
            rule("over during at on", "(?:over|during|at|on)\\s+the\\s+weekend\\b", RelativePeriods::weekend),
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
            rule("last", "last\\s+(year|month|week)\\b", RelativePeriods::lastUnit),
            rule("on", "on\\s+(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b", (m, pub) -> day(m.group(2), m.group(3), m.group(4), pub)),
            rule("on", "on\\s+(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?\\b",
                    (m, pub) -> day(m.group(3), m.group(2), m.group(4), pub)),
            rule("on", "on\\s+" + WEEKDAY + "\\b", RelativePeriods::weekday),
            rule("between from", "(?:between|from)\\s+" + DAY + "\\s+" + MONTH + "(?:\\s+" + YEAR + ")?" + UNTIL
                    + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b", PeriodSpans::betweenDays),
            rule("between from", "(?:between|from)\\s+" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?" + UNTIL
                    + "(?:" + MONTH + "\\s+)?" + DAY + "(?:,?\\s+" + YEAR + ")?\\b", PeriodSpans::betweenMonthDays),
            rule("between from", "(?:between|from)\\s+" + DAY + UNTIL + DAY + "\\s+(?:of\\s+)?" + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b", PeriodSpans::daysOfOneMonth),
            rule("in during over", "(?:in|during|over)\\s+the\\s+first\\s+(?:" + COUNT + "\\s+)?(day|week)s?\\s+of\\s+"
                    + MONTH + "(?:,?\\s+" + YEAR + ")?\\b", PeriodSpans::firstDaysOfMonth),
            rule("between from", "(?:between|from)\\s+" + MONTH + "(?:\\s+" + YEAR + ")?" + UNTIL + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b", PeriodSpans::betweenMonths),
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
}
