package claimdesk.service;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimFigure;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Source;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes inside a case file, kept apart from the model so the model can change without breaking files. */
final class CaseJson {

    private CaseJson() {
    }

    record Manifest(String format, int formatVersion, String createdAt, String createdBy,
                    Map<String, String> sha256) {
    }

    record ArticleJson(String uuid, String headline, String outlet, String author, String url, String publishedOn,
                       String text, String textHash, String sourceName, String importedAt) {

        static ArticleJson of(Article a) {
            ArticleMetadata m = a.metadata();
            return new ArticleJson(a.uuid().toString(), m.headline(), m.outlet(), m.author(), m.url(),
                    m.publishedOn() == null ? null : m.publishedOn().toString(), a.text(), a.textHash(),
                    a.sourceName(), a.importedAt().toString());
        }

        /** The article under a file-local id, which its claims refer to, with the hash the reader computed. */
        Article toArticle(long localId, String computedHash) {
            return new Article(localId, UUID.fromString(uuid), new ArticleMetadata(headline, outlet, author, url,
                    publishedOn == null ? null : LocalDate.parse(publishedOn)), text, computedHash, sourceName,
                    Instant.parse(importedAt));
        }
    }

    record ClaimJson(String uuid, String articleUuid, int start, int end, String exact, String prefix, String suffix,
                     List<String> tags, String verdict, String status, String note, String createdAt,
                     String updatedAt, String claimant, Integer figureOffset, String figureText) {

        static ClaimJson of(Claim c, UUID articleUuid) {
            TextQuote q = c.quote();
            return new ClaimJson(c.uuid().toString(), articleUuid.toString(), q.start(), q.end(), q.exact(),
                    q.prefix(), q.suffix(), c.tags(), c.verdict().name(), c.status().name(), c.note(),
                    c.createdAt().toString(), c.updatedAt().toString(), c.claimant(), c.figureOffset(),
                    c.figureText());
        }

        Claim toClaim(long articleLocalId) {
            TextQuote quote = new TextQuote(start, end, exact, prefix, suffix);
            return Claim.unsaved(UUID.fromString(uuid), articleLocalId, quote, tags, Verdict.valueOf(verdict),
                    ClaimStatus.valueOf(status), note, Instant.parse(createdAt), Instant.parse(updatedAt), claimant,
                    figureOffset == null || figureText == null ? null : new ClaimFigure(figureOffset, figureText));
        }
    }

    record SourceJson(String uuid, String url, String title, String publisher, String author, String publishedOn,
                      String accessedOn, String articleUuid) {

        static SourceJson of(Source s, UUID articleUuid) {
            return new SourceJson(s.uuid().toString(), s.url(), s.title(), s.publisher(), s.author(),
                    s.publishedOn() == null ? null : s.publishedOn().toString(),
                    s.accessedOn() == null ? null : s.accessedOn().toString(),
                    articleUuid == null ? null : articleUuid.toString());
        }

        Source toSource(Long articleLocalId) {
            return new Source(0, UUID.fromString(uuid), url, title, publisher, author,
                    publishedOn == null ? null : LocalDate.parse(publishedOn),
                    accessedOn == null ? null : LocalDate.parse(accessedOn), articleLocalId);
        }
    }

    /** {@code passageArticleUuid} and the offsets are all null when the citation has no passage. */
    record CitationJson(String claimUuid, String sourceUuid, String stance, String quote, String passageArticleUuid,
                        Integer passageStart, Integer passageEnd) {
    }

    /** The bytes are the zip entry {@code attachments/<sha256>}. */
    record AttachmentJson(String sha256, long size, String mediaType, String originalName, String text,
                          List<String> sourceUuids) {
    }

    record RulingJson(String fingerprint, String kind, String measureKey, String message, String ruling,
                      String reason, String claimUuid) {
    }
}
