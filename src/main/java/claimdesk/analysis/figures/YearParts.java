package claimdesk.analysis.figures;

import static claimdesk.analysis.figures.WrittenDates.count;
import static claimdesk.analysis.figures.WrittenDates.yearOf;

import claimdesk.analysis.figures.PeriodResolver.Range;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;

/** Parts of one year: quarters, halves, "the first three months", "since the start of the year", "by 2008". */
final class YearParts {
    /** "the first quarter (of 2016)", "first-quarter": a quarter not yet begun at publication is last year's. */
    static Range quarter(MatchResult m, LocalDate pub) {
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

    static Range half(MatchResult m, LocalDate pub) {
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : yearOf(pub);
        if (year == null) {
            return Range.UNKNOWN;
        }
        boolean first = m.group(1).equalsIgnoreCase("first");
        return new Range(LocalDate.of(year, first ? 1 : 7, 1), LocalDate.of(year, first ? 6 : 12, first ? 30 : 31));
    }

    static Range firstMonths(MatchResult m, LocalDate pub) {
        int n = count(m.group(1));
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : yearOf(pub);
        if (year == null || n <= 0 || n > 12) {
            return Range.UNKNOWN;
        }
        return new Range(LocalDate.of(year, 1, 1), YearMonth.of(year, n).atEndOfMonth());
    }

    /** "by 2008", "by the end of 2017": open at the start, to the year's end. */
    static Range byYearEnd(MatchResult m, LocalDate pub) {
        String phrase = m.group().toLowerCase(Locale.ROOT);
        Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : yearOf(pub);
        if (year == null || phrase.contains("that year")) {
            return Range.UNKNOWN;
        }
        return new Range(null, LocalDate.of(phrase.contains("next year") ? year + 1 : year, 12, 31));
    }

    static Range sinceJanuary(Integer year, LocalDate pub) {
        return year == null ? Range.UNKNOWN : new Range(LocalDate.of(year, 1, 1), pub);
    }

    private YearParts() {
    }
}
