package claimdesk.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day an article was published from the ISO 8601 forms pages and front matter use: {@code 2016-02-04},
 * {@code 2016-02-04T23:30:00+05:30}, {@code 2016-02-04 10:00:00}, {@code 2016-02-04T10:00:00.000Z}.
 */
final class PublicationDate {

    /*
     * The date part of an ISO timestamp is already the date in the writer's own offset, which is the day the
     * article says it appeared. Converting to UTC or to this machine's zone would move a late-evening story in
     * Kabul (+04:30) or an early-morning one in New York to the neighbouring day, so the offset is not applied.
     */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}.*)?");

    private PublicationDate() {
    }

    /** The date, or null when {@code value} is null, not ISO 8601 or not a real day (2016-02-30). */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher iso = ISO.matcher(value.strip());
        if (!iso.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
