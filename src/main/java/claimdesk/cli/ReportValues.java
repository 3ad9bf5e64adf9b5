package claimdesk.cli;

import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the values of {@code report}'s options. The command takes them as text and reads them here, rather than
 * through picocli converters, because picocli reports a failed conversion with the exception's class name and the
 * whole usage text; a reviewer needs one line naming the bad value and the allowed ones.
 */
final class ReportValues {

    private ReportValues() {
    }

    /** A value an option does not accept; the message is the whole line to print. */
    static final class BadValue extends Exception {
        BadValue(String option, String value, String what, String allowed) {
            super(option + " " + quoted(value) + " is not " + what + "; use " + allowed + ".");
        }
    }

    static ReportFormat format(String value) throws BadValue {
        String code = value.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : ReportFormat.values()) {
            if (format.code().equals(code)) {
                return format;
            }
        }
        throw new BadValue("--format", value, "a report format", oneOf(Arrays.stream(ReportFormat.values())
                .map(ReportFormat::code).toList()));
    }

    /** Null stays null (the option was not given). */
    static LocalDate date(String option, String value) throws BadValue {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadValue(option, value, "a date", "yyyy-mm-dd, e.g. 2025-03-01");
        }
    }

    /** Null (not given) stays null; "in-review", "IN_REVIEW" and "in review" are alike. */
    static Set<ClaimStatus> statuses(List<String> values) throws BadValue {
        if (values == null) {
            return null;
        }
        Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
        for (String value : values) {
            statuses.add(constant(ClaimStatus.class, "--status", value, "a status"));
        }
        return statuses;
    }

    static Set<Verdict> verdicts(List<String> values) throws BadValue {
        if (values == null) {
            return null;
        }
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        for (String value : values) {
            verdicts.add(constant(Verdict.class, "--verdict", value, "a verdict"));
        }
        return verdicts;
    }

    static ReportFilter.DateBasis dateBasis(String value) throws BadValue {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "updated" -> ReportFilter.DateBasis.CLAIM_UPDATED;
            case "published" -> ReportFilter.DateBasis.ARTICLE_PUBLISHED;
            default -> throw new BadValue("--date-of", value, "a date to filter on", "updated or published");
        };
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String option, String value, String what)
            throws BadValue {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new BadValue(option, value, what, oneOf(Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
    }

    /** "a, b or c". */
    static String oneOf(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.get(names.size() - 1);
    }

    private static String quoted(String value) {
        return "\"" + TerminalText.safe(value) + "\"";
    }
}
