package claimdesk.report;

import java.util.Objects;

/**
 * An inconsistent-figure finding linked to a claim, as the report shows it: a short kind ("count mismatch") and a
 * sentence for the reader. Findings arrive with a later issue; until then every entry has none.
 */
public record ReportFinding(String kind, String description) {

    public ReportFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
