package claimdesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One change in a claim's history: an audit row of the claim itself, or of a source the claim cites. {@code source}
 * is null for the claim's own rows (its fields, its citations) and the cited source's title for that source's rows
 * (its title, address, files). {@code oldValue} is null for a creation and {@code newValue} for a deletion, as in
 * {@link AuditEntry}; {@code reviewer} may be null for rows written before changes were signed. Equal when all parts
 * are.
 */
public record ClaimChange(Instant at, String reviewer, String source, String field, String oldValue,
                          String newValue) {

    public ClaimChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
    }

    /** The claim's own audit row, or ({@code source} not null) a row of the cited source of that title. */
    public static ClaimChange of(AuditEntry entry, String source) {
        return new ClaimChange(entry.at(), entry.reviewer(), source, entry.field(), entry.oldValue(),
                entry.newValue());
    }

    /**
     * What changed, as a reader names it: "note", "citation" (a source cited or removed), or "source “WHO report”
     * title" for a cited source's own field.
     */
    public String what() {
        return source == null ? fieldLabel() : "source \u201c" + source + "\u201d " + fieldLabel();
    }

    /** The field in words: the audit trail's names for citations and dates are for programs. */
    public String fieldLabel() {
        return switch (field) {
            case "source" -> "citation";
            case "sourceStance" -> "citation stance";
            case "sourceQuote" -> "citation quote";
            case "publishedOn" -> "published on";
            case "accessedOn" -> "accessed on";
            default -> field;
        };
    }
}
