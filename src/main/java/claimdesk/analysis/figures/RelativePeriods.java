package claimdesk.analysis.figures;

import static claimdesk.analysis.figures.WrittenDates.count;

import claimdesk.analysis.figures.PeriodResolver.Range;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * Periods counted back from publication: "the past two weeks", "this year", "last month", "on Saturday",
 * "four years ago". News reports past events, so a bare weekday or weekend is the latest one by publication.
 */
final class RelativePeriods {
    static Range past(MatchResult m, LocalDate pub) {
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

    static Range thisUnit(String unit, LocalDate pub) {
        if (pub == null) {
            return Range.UNKNOWN;
        }
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "year" -> new Range(pub.withDayOfYear(1), pub);
            case "month" -> new Range(pub.withDayOfMonth(1), pub);
            default -> new Range(pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), pub);
        };
    }

    static Range lastUnit(MatchResult m, LocalDate pub) {
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

    static Range weekday(MatchResult m, LocalDate pub) {
        if (pub == null) {
            return Range.UNKNOWN;
        }
        // News reports past events: "on Saturday" is the latest Saturday on or before publication.
        DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        LocalDate day = pub.with(TemporalAdjusters.previousOrSame(dow));
        return new Range(day, day);
    }

    /** The latest weekend that has begun by publication: Saturday and Sunday. */
    static Range weekend(MatchResult m, LocalDate pub) {
        if (pub == null) {
            return Range.UNKNOWN;
        }
        LocalDate saturday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return new Range(saturday, saturday.plusDays(1));
    }

    /** "a year earlier", "four years ago": the day that long before publication ("earlier" is another's). */
    static Range ago(int n, String unit, String relation, LocalDate pub) {
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

    private RelativePeriods() {
    }
}
