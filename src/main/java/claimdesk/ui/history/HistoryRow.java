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
    private static final int SOURCE = 14;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static HistoryRow of(ClaimChange change, ZoneId zone) {
        String who = change.reviewer() == null || change.reviewer().isBlank() ? "(unsigned)" : change.reviewer();
        // A source's title may be long; the table names it briefly, the tooltip and the detail area in full.
        String what = change.source() == null ? change.what()
                : "source \u201c" + cut(change.source(), SOURCE) + "\u201d " + change.fieldLabel();
        return new HistoryRow(change, WHEN.format(change.at().atZone(zone)), who, what,
                abbreviated(change.oldValue()), abbreviated(change.newValue()));
    }

    /** The full value: null is "(none)" (before a creation, after a deletion), "" is "(empty)". */
    static String full(String value) {
        return value == null ? "(none)" : value.isEmpty() ? "(empty)" : value;
    }

    static String abbreviated(String value) {
        return cut(full(value), SHORT);
    }

    private static String cut(String text, int limit) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= limit) {
            return line;
        }
        int space = line.lastIndexOf(' ', limit - 1);
        return line.substring(0, space > limit * 2 / 3 ? space : limit - 1) + "\u2026";
    }

    /** True when the table's cell shows less than the whole value, so the cell offers the whole in a tooltip. */
    boolean beforeCut() {
        return !before.equals(full(change.oldValue()));
    }

    boolean afterCut() {
        return !after.equals(full(change.newValue()));
    }

    boolean whatCut() {
        return !what.equals(change.what());
    }

    /** The full change for the detail area and tooltips: what, who and when, then the whole values before and after. */
    String detail() {
        return change.what() + " \u2014 " + who + ", " + when + "\nBefore: " + full(change.oldValue()) + "\nAfter: "
                + full(change.newValue());
    }
}
