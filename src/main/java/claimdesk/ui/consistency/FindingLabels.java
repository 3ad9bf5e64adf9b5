package claimdesk.ui.consistency;

import claimdesk.analysis.consistency.FindingKind;
import claimdesk.model.LedgerFinding;
import java.util.Map;

/** The words the Consistency tab uses for a finding's kind, confidence, relation and state. */
public final class FindingLabels {

    private static final Map<String, String> KINDS = Map.of(
            "conflict", "Conflict", "differs", "Differs", "sum", "Sum", "copy-changed", "Copy changed",
            "rate", "Rate", "part-exceeds-whole", "Part exceeds whole", "percent", "Percent", "update", "Update",
            "duplicate", "Repeated passage");
    private static final Map<String, String> RELATIONS = Map.of(
            "same-quantity", "same quantity", "part-of", "part of a whole", "update", "update of a total",
            "copy", "copied sentence", "passage", "repeated passage");

    private FindingLabels() {
    }

    /** "Conflict", "Part exceeds whole", ...; a kind this version does not know shows as its code. */
    public static String kind(String code) {
        return KINDS.getOrDefault(code, code);
    }

    /** Every kind the checker reports, in the checker's order. */
    static java.util.List<String> kindCodes() {
        return java.util.Arrays.stream(FindingKind.values()).map(FindingKind::code).toList();
    }

    /** "High", "Medium" or "Low". */
    public static String confidence(LedgerFinding finding) {
        String code = finding.confidence();
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    /** What the checker assumed links the figures, in words; "" when it did not say. */
    public static String relation(LedgerFinding finding) {
        return RELATIONS.getOrDefault(finding.relation(), finding.relation().replace('-', ' '));
    }

    /** "Open", "Confirmed" or "Dismissed", with "resolved" once the checker no longer finds it. */
    public static String state(LedgerFinding finding) {
        String ruling = switch (finding.ruling()) {
            case OPEN -> "Open";
            case CONFIRMED -> "Confirmed";
            case DISMISSED -> "Dismissed";
        };
        return finding.resolved() ? ruling + ", resolved" : ruling;
    }
}
