package claimdesk.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A source cited for a claim, as the report shows it. Only {@code title} is required; the other fields are null when
 * unknown. {@code stance} is free text such as "supports" or "contradicts". Sources arrive with a later issue; until
 * then every entry has none.
 */
public record ReportSource(String title, String url, String quote, String stance, LocalDate accessedOn) {

    public ReportSource {
        Objects.requireNonNull(title, "title");
    }
}
