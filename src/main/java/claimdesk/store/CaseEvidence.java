package claimdesk.store;

import claimdesk.model.Article;
import claimdesk.model.Attachment;
import claimdesk.model.CaseConflict;
import claimdesk.model.CaseContent;
import claimdesk.model.Claim;
import claimdesk.model.ClaimSource;
import claimdesk.model.Evidence;
import claimdesk.model.FindingRuling;
import claimdesk.model.LedgerFinding;
import claimdesk.model.Passage;
import claimdesk.model.Source;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The sources, citations, evidence files and rulings of a case, for {@link CaseStore}: gathering them from a
 * ledger, and merging them into one inside the caller's transaction with the same rules as claims (match by UUID,
 * fingerprint or hash; identical is skipped, new is added, different is listed as a conflict and the ledger's kept).
 */
final class CaseEvidence {

    private final LedgerStore ledger;
    private final Handle handle;
    private final CaseArticles localArticle;
    private final List<CaseConflict> conflicts;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private int added;
    private int unchanged;

    CaseEvidence(LedgerStore ledger, Handle handle, CaseArticles localArticle, List<CaseConflict> conflicts) {
        this.ledger = ledger;
        this.handle = handle;
        this.localArticle = localArticle;
        this.conflicts = conflicts;
    }

    record Counts(int added, int unchanged) {
    }

    static CaseContent export(LedgerStore ledger, SourceStore sources, FindingStore findings, List<Article> articles,
                              List<Claim> claims) throws IOException {
        Map<UUID, Source> cited = new LinkedHashMap<>();
        Map<String, Attachment> attachments = new LinkedHashMap<>();
        Map<String, List<UUID>> owners = new HashMap<>();
        List<CaseContent.Citation> citations = new ArrayList<>();
        Map<Long, UUID> claimUuids = new HashMap<>();
        for (Claim claim : claims) {
            claimUuids.put(claim.id(), claim.uuid());
            for (Evidence evidence : sources.evidenceOf(claim.id())) {
                ClaimSource link = evidence.link();
                citations.add(new CaseContent.Citation(claim.uuid(), evidence.source().uuid(), link.stance(),
                        link.quote(), link.passage()));
                if (cited.putIfAbsent(evidence.source().uuid(), evidence.source()) == null) {
                    for (Attachment a : evidence.attachments()) {
                        attachments.putIfAbsent(a.sha256(), a);
                        owners.computeIfAbsent(a.sha256(), k -> new ArrayList<>()).add(evidence.source().uuid());
                    }
                }
            }
        }
        List<CaseContent.EvidenceFile> files = new ArrayList<>();
        for (Attachment a : attachments.values()) {
            try (java.io.InputStream in = sources.openEvidence(a)) {
                files.add(new CaseContent.EvidenceFile(a, owners.get(a.sha256()), in.readAllBytes()));
            }
        }
        Set<Long> articleIds = new HashSet<>();
        articles.forEach(a -> articleIds.add(a.id()));
        List<CaseContent.Ruling> rulings = new ArrayList<>();
        for (LedgerFinding f : findings.all()) {
            if (f.ruling() != FindingRuling.OPEN && f.refs().stream().anyMatch(r -> articleIds.contains(r.articleId()))) {
                rulings.add(new CaseContent.Ruling(f.fingerprint(), f.kind(), f.measureKey(), f.message(), f.ruling(),
                        f.reason(), f.claimId() == null ? null : claimUuids.get(f.claimId())));
            }
        }
        return new CaseContent(articles, claims, List.copyOf(cited.values()), citations, files, rulings);
    }

    Counts merge(CaseContent content) {
        Map<UUID, Long> sourceIds = new HashMap<>();
        Set<UUID> conflicting = new HashSet<>();
        SourceDao sources = handle.attach(SourceDao.class);
        for (Source source : content.sources()) {
            Long articleId = source.articleId() == null ? null : localArticle.localId(source.articleId());
            Source theirs = new Source(0, source.uuid(), source.url(), source.title(), source.publisher(),
                    source.author(), source.publishedOn(), source.accessedOn(), articleId);
            Optional<Source> mine = handle.createQuery("SELECT * FROM source WHERE uuid = :uuid")
                    .bind("uuid", source.uuid().toString()).mapTo(Source.class).findOne();
            if (mine.isEmpty()) {
                long id = sources.insert(theirs, now);
                ledger.auditIn(handle, "source", id, "imported", null, theirs.title());
                sourceIds.put(source.uuid(), id);
                added++;
            } else if (sameSource(mine.get(), theirs)) {
                sourceIds.put(source.uuid(), mine.get().id());
                unchanged++;
            } else {
                sourceIds.put(source.uuid(), mine.get().id());
                conflicting.add(source.uuid());
                conflicts.add(new CaseConflict(CaseConflict.Kind.SOURCE, source.uuid(), "Source \u201c"
                        + source.title() + "\u201d differs (here: " + describe(mine.get()) + "; in the case: "
                        + describe(theirs) + "); yours was kept.", mine.get(), theirs));
            }
        }
        mergeCitations(content.citations(), sourceIds);
        mergeFiles(content.files(), sourceIds, conflicting);
        mergeRulings(content.rulings());
        return new Counts(added, unchanged);
    }

    private void mergeCitations(List<CaseContent.Citation> citations, Map<UUID, Long> sourceIds) {
        SourceDao dao = handle.attach(SourceDao.class);
        for (CaseContent.Citation c : citations) {
            Optional<Long> claimId = claimId(c.claimUuid());
            Long sourceId = sourceIds.get(c.sourceUuid());
            if (claimId.isEmpty() || sourceId == null) {
                continue; // the claim was not imported (its article conflicted)
            }
            Optional<ClaimSource> mine = dao.linksOf(claimId.get()).stream()
                    .filter(l -> l.sourceId() == sourceId).findFirst();
            Passage p = c.passage();
            if (p != null && localArticle.localId(p.articleId()) != null
                    && !localArticle.sameAt(p.articleId(), p.start(), p.end())) {
                conflicts.add(CaseConflict.listed(CaseConflict.Kind.CITATION, c.claimUuid(), "A cited passage of "
                        + "\u201c" + localArticle.localHeadline(p.articleId()) + "\u201d is not at the same place "
                        + "in your text; the citation \u201c" + c.quote() + "\u201d was not imported."));
                continue;
            }
            if (mine.isEmpty()) {
                Long article = p == null ? null : localArticle.localId(p.articleId());
                Passage local = article == null ? null : new Passage(article, p.start(), p.end());
                dao.insertLink(UUID.randomUUID().toString(), new ClaimSource(0, claimId.get(), sourceId, c.stance(),
                        c.quote(), local), local == null ? null : local.start(), local == null ? null : local.end(), now);
                ledger.auditIn(handle, "claim", claimId.get(), "source", null, c.stance().label() + " (imported)");
                added++;
            } else if (mine.get().stance() == c.stance() && mine.get().quote().equals(c.quote())) {
                unchanged++;
            } else {
                conflicts.add(CaseConflict.listed(CaseConflict.Kind.CITATION, c.claimUuid(), "A citation differs (here: " + mine.get().stance().label() + " \u201c"
                        + mine.get().quote() + "\u201d; in the case: " + c.stance().label() + " \u201c" + c.quote()
                        + "\u201d); yours was kept."));
            }
        }
    }

    private void mergeFiles(List<CaseContent.EvidenceFile> files, Map<UUID, Long> sourceIds, Set<UUID> conflicting) {
        AttachmentDao dao = handle.attach(AttachmentDao.class);
        for (CaseContent.EvidenceFile file : files) {
            Attachment a = file.attachment();
            Optional<Attachment> known = dao.findByHash(a.sha256());
            long id = known.map(Attachment::id).orElseGet(() -> dao.insert(a.sha256(), file.bytes().length,
                    a.mediaType(), a.originalName(), a.text(), now));
            boolean linked = false;
            for (UUID owner : file.sourceUuids()) {
                Long sourceId = sourceIds.get(owner);
                // A source in conflict keeps exactly what the receiver has, files included.
                if (sourceId != null && !conflicting.contains(owner) && dao.linkCount(sourceId, id) == 0) {
                    dao.link(sourceId, id);
                    ledger.auditIn(handle, "source", sourceId, "attachment", null,
                            a.originalName() + " (" + a.sha256() + ")");
                    linked = true;
                }
            }
            if (linked) {
                added++;
            } else {
                unchanged++;
            }
        }
        // Rows for files no source took (all owners in conflict) would never be cleaned up otherwise.
        dao.unreferenced().forEach(orphan -> dao.delete(orphan.id()));
    }

    private void mergeRulings(List<CaseContent.Ruling> rulings) {
        for (CaseContent.Ruling r : rulings) {
            Long claimId = r.claimUuid() == null ? null : claimId(r.claimUuid()).orElse(null);
            Optional<Map<String, Object>> mine = handle.createQuery(
                    "SELECT id, ruling, reason FROM finding WHERE fingerprint = :fp").bind("fp", r.fingerprint())
                    .mapToMap().findOne();
            if (mine.isEmpty()) {
                // The receiver has not run the check on these articles yet: keep the ruling under its fingerprint;
                // the next check fills in the finding's references, or marks it resolved.
                long id = handle.createUpdate("""
                        INSERT INTO finding (fingerprint, kind, measure_key, message, ruling, reason, claim_id,
                                             resolved, first_seen, last_seen)
                        VALUES (:fp, :kind, :measureKey, :message, :ruling, :reason, :claimId, FALSE, :now, :now)""")
                        .bind("fp", r.fingerprint()).bind("kind", r.kind()).bind("measureKey", r.measureKey())
                        .bind("message", r.message()).bind("ruling", r.ruling().name()).bind("reason", r.reason())
                        .bind("claimId", claimId).bind("now", now)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                ledger.auditIn(handle, "finding", id, "ruling", null, r.ruling().name() + " (imported)");
                added++;
                continue;
            }
            long id = ((Number) mine.get().get("id")).longValue();
            FindingRuling ruling = FindingRuling.valueOf((String) mine.get().get("ruling"));
            String reason = (String) mine.get().get("reason");
            if (ruling == FindingRuling.OPEN) {
                handle.createUpdate("UPDATE finding SET ruling = :ruling, reason = :reason, claim_id = :claimId "
                        + "WHERE id = :id").bind("ruling", r.ruling().name()).bind("reason", r.reason())
                        .bind("claimId", claimId).bind("id", id).execute();
                ledger.auditIn(handle, "finding", id, "ruling", ruling.name(), r.ruling().name() + " (imported)");
                added++;
            } else if (ruling == r.ruling() && Objects.equals(reason, r.reason())) {
                unchanged++;
            } else {
                conflicts.add(CaseConflict.listed(CaseConflict.Kind.RULING, r.claimUuid(), "Finding \u201c"
                        + r.message() + "\u201d was ruled differently (here: " + ruling
                        + (reason == null ? "" : " \u201c" + reason + "\u201d") + "; in the case: " + r.ruling()
                        + (r.reason() == null ? "" : " \u201c" + r.reason() + "\u201d") + "); yours was kept."));
            }
        }
    }

    private Optional<Long> claimId(UUID uuid) {
        return handle.createQuery("SELECT id FROM claim WHERE uuid = :uuid").bind("uuid", uuid.toString())
                .mapTo(Long.class).findOne();
    }

    private static boolean sameSource(Source a, Source b) {
        return Objects.equals(a.url(), b.url()) && a.title().equals(b.title())
                && Objects.equals(a.publisher(), b.publisher()) && Objects.equals(a.author(), b.author())
                && Objects.equals(a.publishedOn(), b.publishedOn()) && Objects.equals(a.accessedOn(), b.accessedOn());
    }

    private static String describe(Source s) {
        return "\u201c" + s.title() + "\u201d" + (s.publisher() == null ? "" : ", " + s.publisher())
                + (s.url() == null ? "" : ", " + s.url());
    }
}
