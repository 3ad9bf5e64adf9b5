package claimdesk.analysis.figures;

import claimdesk.analysis.figures.PeriodResolver.Range;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** How a period's words are written (the regex pieces every rule shares) and the date each written piece means. */
final class WrittenDates {
    /** Month names, and their abbreviations with or without a dot ("Dec. 5, 2014", "Feb 11"). */
    static final String MONTH = "(?-i:(January|February|March|April|May|June|July|August|September"
            + "|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?))";
    static final String WEEKDAY = "(?-i:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";
    static final String YEAR = "((?:19|20)\\d\\d)";
    static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    static final String COUNT = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|few|several)";
    static final String UNTIL = "\\s+(?:and|to|until|through)\\s+";
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** A written count ("two", "10"); 0 for "few", "several" or a number too long to be a period length. */
    static int count(String written) {
        String count = written == null ? "1" : written.toLowerCase(Locale.ROOT);
        if (Character.isDigit(count.charAt(0))) {
            return count.length() > 4 ? 0 : Integer.parseInt(count);
        }
        return NUMBER_WORDS.indexOf(count) + 1;
    }

    static Integer yearOf(LocalDate pub) {
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
    static YearMonth monthOf(String monthName, String yearText, LocalDate pub) {
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

    static Range day(String dayText, String monthName, String yearText, LocalDate pub) {
        YearMonth ym = monthOf(monthName, yearText, pub);
        int d = Integer.parseInt(dayText);
        if (ym == null || d < 1 || d > ym.lengthOfMonth()) {
            return Range.UNKNOWN;
        }
        LocalDate date = ym.atDay(d);
        return new Range(date, date);
    }

    private WrittenDates() {
    }
}
