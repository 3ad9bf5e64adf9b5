package claimdesk.analysis.figures;

import static claimdesk.analysis.figures.WrittenDates.count;
import static claimdesk.analysis.figures.WrittenDates.day;
import static claimdesk.analysis.figures.WrittenDates.monthOf;

import claimdesk.analysis.figures.PeriodResolver.Range;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * Spans with two ends written out: "between 1 and 21 January", "from March to May", "in April-July", "2015-2017",
 * "in the three months to September". An end written before its start lies in the year before.
 */
final class PeriodSpans {
    /** "between November and February": a start after the end lies in the year before. */
    static Range ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            from = from.minusYears(1);
        }
        return new Range(from, to);
    }

    static Range betweenDays(MatchResult m, LocalDate pub) {
        String endYear = m.group(6);
        Range from = day(m.group(1), m.group(2), m.group(3) != null ? m.group(3) : endYear, pub);
        Range to = day(m.group(4), m.group(5), endYear != null ? endYear : m.group(3), pub);
        return ordered(from.from(), to.to());
    }

    /** "between January 1 and January 21, 2016", "from March 3 to 9": a missing second month is the first. */
    static Range betweenMonthDays(MatchResult m, LocalDate pub) {
        String endYear = m.group(6);
        String endMonth = m.group(4) != null ? m.group(4) : m.group(1);
        Range from = day(m.group(2), m.group(1), m.group(3) != null ? m.group(3) : endYear, pub);
        Range to = day(m.group(5), endMonth, endYear != null ? endYear : m.group(3), pub);
        return ordered(from.from(), to.to());
    }

    /** "from 1 to 21 January 2016": two days of one month. */
    static Range daysOfOneMonth(MatchResult m, LocalDate pub) {
        return ordered(day(m.group(1), m.group(3), m.group(4), pub).from(),
                day(m.group(2), m.group(3), m.group(4), pub).to());
    }

    /** "in the first three weeks of January": from the 1st, n weeks (or days), never past the month's end. */
    static Range firstDaysOfMonth(MatchResult m, LocalDate pub) {
        int n = count(m.group(1));
        YearMonth ym = monthOf(m.group(3), m.group(4), pub);
        if (ym == null || n <= 0) {
            return Range.UNKNOWN;
        }
        int days = m.group(2).equalsIgnoreCase("week") ? 7 * n : n;
        return new Range(ym.atDay(1), ym.atDay(Math.min(days, ym.lengthOfMonth())));
    }

    static Range betweenMonths(MatchResult m, LocalDate pub) {
        String endYear = m.group(4);
        YearMonth from = monthOf(m.group(1), m.group(2) != null ? m.group(2) : endYear, pub);
        YearMonth to = monthOf(m.group(3), endYear != null ? endYear : m.group(2), pub);
        return ordered(from == null ? null : from.atDay(1), to == null ? null : to.atEndOfMonth());
    }

    /** "in the three months to September", "the year to March": whole months ending with the named one. */
    static Range unitsToMonth(MatchResult m, LocalDate pub) {
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
    static Range monthToMonth(MatchResult m, LocalDate pub) {
        YearMonth from = monthOf(m.group(1), m.group(3), pub);
        YearMonth to = monthOf(m.group(2), m.group(3), pub);
        return from == null || to == null ? Range.UNKNOWN : ordered(from.atDay(1), to.atEndOfMonth());
    }

    static Range yearToYear(MatchResult m, LocalDate pub) {
        return ordered(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
                LocalDate.of(Integer.parseInt(m.group(2)), 12, 31));
    }

    private PeriodSpans() {
    }
}
