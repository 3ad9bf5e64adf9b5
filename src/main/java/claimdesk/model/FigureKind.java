package claimdesk.model;

import java.util.Locale;

/**
 * What a number in a text is. The first six are statistics that the checks compare; the others look numeric
 * but are not statistics (a date, a year, a duration, an ordinal, an identifier or a time of day) and are kept
 * only so a reviewer can ask to see them. A PROPORTION is a share written as a fraction ("two thirds", "one in
 * five"): its value is the fraction itself (0.667), not a percentage. PROPORTION comes after RATE so that the
 * ordinals of the older kinds stay as they were.
 */
public enum FigureKind {
    COUNT, PERCENT, MONEY, MEASURE, RATE, PROPORTION,
    DATE, YEAR, DURATION, OTHER;

    public boolean isStatistic() {
        return ordinal() <= PROPORTION.ordinal();
    }

    /** The lower-case name used in JSON and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
