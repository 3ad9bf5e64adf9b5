package claimdesk.model;

import java.util.Locale;

/**
 * What a number in a text is. The first five are statistics that the checks compare; the others look numeric
 * but are not statistics (a date, a year, a duration, an ordinal, an identifier or a time of day) and are kept
 * only so a reviewer can ask to see them.
 */
public enum FigureKind {
    COUNT, PERCENT, MONEY, MEASURE, RATE,
    DATE, YEAR, DURATION, OTHER;

    public boolean isStatistic() {
        return ordinal() <= RATE.ordinal();
    }

    /** The lower-case name used in JSON and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
