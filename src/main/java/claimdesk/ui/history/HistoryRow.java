package claimdesk.ui.history;

import claimdesk.model.ClaimChange;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One change as the history window shows it: the time in local time, who, what, and the values before and after,
 * each abbreviated to one short line for the table; {@link #change()} keeps the full values for the detail area and
 * the tooltips.
 */
public record HistoryRow(ClaimChange change, String when, String who, String what, String before, String after) {

    /** Longer values are cut, at a word when one ends near the limit, and get an ellipsis. */
    static final int SHORT = 60;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static HistoryRow of(ClaimChange change, ZoneId zone) {
        String who = change.reviewer() == null || change.reviewer().isBlank() ? "(unsigned)" : change.reviewer();
        return new HistoryRow(change, WHEN.format(change.at().atZone(zone)), who, change.what(),
                abbreviated(change.oldValue()), abbreviated(change.newValue()));
    }

    /** The full value: null is "(none)" (before a creation, after a deletion), "" is "(empty)". */
    static String full(String value) {
        return value == null ? "(none)" : value.isEmpty() ? "(empty)" : value;
    }

    static String abbreviated(String value) {
        String line = full(value).replaceAll("\\s+", " ").strip();
        if (line.length() <= SHORT) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SHORT - 1);
        return line.substring(0, cut > SHORT * 2 / 3 ? cut : SHORT - 1) + "\u2026";
    }

    /** True when the table's cell shows less than the whole value, so the cell offers the whole in a tooltip. */
    boolean beforeCut() {
        return !before.equals(full(change.oldValue()));
    }

    boolean afterCut() {
        return !after.equals(full(change.newValue()));
    }

    /** The full change for the detail area: what, who and when, then the values before and after on lines of their own. */
    String detail() {
        return what + " \u2014 " + who + ", " + when + "\n\nBefore:\n" + full(change.oldValue()) + "\n\nAfter:\n"
                + full(change.newValue());
    }
}
