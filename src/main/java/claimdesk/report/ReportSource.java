package claimdesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A source cited for a claim, as the report shows it. Only {@code title} is required; the other fields are null when
 * unknown ({@code quote} also when empty). {@code stance} is the stance's label ("supports", "contradicts",
 * "context"). {@code files} are the evidence files attached to the source, never null. Equal when all parts are.
 */
public record ReportSource(String title, String publisher, String url, String quote, String stance,
                           LocalDate accessedOn, List<File> files) {

    public ReportSource {
        Objects.requireNonNull(title, "title");
        quote = quote == null || quote.isBlank() ? null : quote.strip();
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** An evidence file by its name when attached and the SHA-256 (lower-case hex) a reader checks a copy against. */
    public record File(String name, String sha256) {

        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
        }
    }
}
