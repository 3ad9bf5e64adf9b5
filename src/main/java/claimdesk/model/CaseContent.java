package claimdesk.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a case file carries from one reviewer's ledger to another's: articles, the claims on them, the sources the
 * claims cite, the evidence files of those sources and the rulings on consistency findings. Every {@code articleId}
 * in here (of a claim, a source or a passage) is the id of an article in {@code articles} and means nothing in any
 * other ledger; across ledgers, articles, claims and sources are matched by UUID, files by SHA-256 and rulings by
 * finding fingerprint. Immutable apart from the bytes of {@link EvidenceFile}, which nobody may change.
 */
public record CaseContent(List<Article> articles, List<Claim> claims, List<Source> sources, List<Citation> citations,
                          List<EvidenceFile> files, List<Ruling> rulings) {

    public CaseContent {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
        citations = List.copyOf(citations);
        files = List.copyOf(files);
        rulings = List.copyOf(rulings);
    }

    /** Articles and claims only, as format version 1 carried them. */
    public CaseContent(List<Article> articles, List<Claim> claims) {
        this(articles, claims, List.of(), List.of(), List.of(), List.of());
    }

    /** A claim citing a source; {@code passage} (or null) locates the quote in an article of the case. */
    public record Citation(UUID claimUuid, UUID sourceUuid, Stance stance, String quote, Passage passage) {
        public Citation {
            Objects.requireNonNull(claimUuid, "claimUuid");
            Objects.requireNonNull(sourceUuid, "sourceUuid");
            Objects.requireNonNull(stance, "stance");
            quote = quote == null ? "" : quote.strip();
        }
    }

    /** An evidence file: its description (id meaningless), the sources it is attached to, and its bytes. */
    public record EvidenceFile(Attachment attachment, List<UUID> sourceUuids, byte[] bytes) {
        public EvidenceFile {
            sourceUuids = List.copyOf(sourceUuids);
        }
    }

    /**
     * A reviewer's ruling on the finding with this fingerprint, with what the checker said about it so the
     * receiver can show it before re-checking. {@code claimUuid} is the confirming claim, or null.
     */
    public record Ruling(String fingerprint, String kind, String measureKey, String message, FindingRuling ruling,
                         String reason, UUID claimUuid) {
        public Ruling {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(ruling, "ruling");
        }
    }
}
