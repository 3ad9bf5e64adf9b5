package claimdesk.store;

import claimdesk.model.Claim;
import claimdesk.model.ClaimFigure;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Span;
import claimdesk.model.Tags;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The claims of the ledger with their tags, behind {@link LedgerStore}. A save names the version it was read at and
 * is refused when the row has moved on ({@link StaleClaimException}); every save passes the second-reviewer rule
 * ({@link VerifyGate}) and writes one audit row per field that differs, after the save, so a refused one leaves none.
 * Methods taking a {@link Handle} run inside the caller's transaction; the others open their own.
 */
final class LedgerClaims {

    private final Jdbi jdbi;
    private final LedgerAudit audit;
    private final BooleanSupplier secondReviewRequired;

    LedgerClaims(Jdbi jdbi, LedgerAudit audit, BooleanSupplier secondReviewRequired) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.secondReviewRequired = secondReviewRequired;
    }

    Claim create(long articleId, TextQuote quote, List<String> tags, Verdict verdict, ClaimStatus status,
                 String note, Span figure) {
        Instant now = LedgerAudit.now();
        TextQuote trimmed = quote.trimmed();
        ClaimFigure link = figure == null ? null : ClaimFigure.in(trimmed, figure.start(), figure.end(), figure.text());
        Claim draft = Claim.unsaved(UUID.randomUUID(), articleId, trimmed, tags, verdict, status, note, now, now,
                null, link);
        VerifyGate.checkNew(status, secondReviewRequired.getAsBoolean());
        return jdbi.inTransaction(handle -> {
            ClaimDao dao = handle.attach(ClaimDao.class);
            long id = DeskRefusals.writing(() -> dao.insert(draft));
            dao.addTags(id, draft.tags());
            audit.record(handle, "claim", id, "created", null, draft.quote().exact());
            return read(handle, id);
        });
    }

    /** Stores every field of {@code changed} but its uuid, article and creation time; returns the claim as it was. */
    Claim update(Handle handle, Claim changed) {
        Claim before = read(handle, changed.id());
        // The second-reviewer rule; a ReviewStore review that agrees stores its row before it calls this.
        VerifyGate.check(handle, before, changed, secondReviewRequired.getAsBoolean());
        saveAudited(handle, before, new Claim(changed.id(), before.uuid(), before.articleId(), changed.quote(),
                changed.tags(), changed.verdict(), changed.status(), changed.note(), before.createdAt(),
                LedgerAudit.now(), changed.claimant(), changed.figure(), changed.version()), changed);
        return before;
    }

    /**
     * Stores {@code moved} as a claim of {@code articleId}, whose text was just replaced; checked like any save,
     * since the caller read the claim before this transaction began.
     */
    void move(Handle handle, long articleId, Claim moved) {
        Claim old = read(handle, moved.id());
        VerifyGate.check(handle, old, moved, secondReviewRequired.getAsBoolean());
        saveAudited(handle, old, new Claim(moved.id(), old.uuid(), articleId, moved.quote(), moved.tags(),
                moved.verdict(), moved.status(), moved.note(), old.createdAt(), LedgerAudit.now(), moved.claimant(),
                moved.figure(), moved.version()), moved);
    }

    Claim delete(long claimId) {
        return jdbi.inTransaction(handle -> {
            Claim before = read(handle, claimId);
            audit.announce(handle, "claim", claimId); // now, while the claim's article can still be looked up
            DeskRefusals.requireWritten(handle.attach(ClaimDao.class).delete(claimId), before, "delete");
            audit.record(handle, "claim", claimId, "deleted", before.quote().exact(), null);
            return before;
        });
    }

    Claim restore(Claim deleted) {
        return jdbi.inTransaction(handle -> {
            ClaimDao dao = handle.attach(ClaimDao.class);
            DeskRefusals.writing(() -> {
                dao.insertWithId(deleted);
                return deleted.id();
            });
            dao.addTags(deleted.id(), deleted.tags());
            audit.record(handle, "claim", deleted.id(), "restored", null, deleted.quote().exact());
            return read(handle, deleted.id());
        });
    }

    Optional<Claim> find(long claimId) {
        return jdbi.withHandle(handle -> handle.attach(ClaimDao.class).find(claimId).map(c -> withTags(handle, c)));
    }

    List<Claim> ofArticle(long articleId) {
        return jdbi.withHandle(handle -> withTags(handle, handle.attach(ClaimDao.class).byArticle(articleId)));
    }

    List<Claim> all() {
        return jdbi.withHandle(handle -> withTags(handle, handle.attach(ClaimDao.class).all()));
    }

    int sourceCountOf(long claimId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM claim_source WHERE claim_id = :id")
                .bind("id", claimId).mapTo(Integer.class).one());
    }

    List<String> tags() {
        return Tags.normalise(jdbi.withExtension(ClaimDao.class, ClaimDao::allTags));
    }

    /** The claim with its tags; fails with {@link NoSuchElementException} when there is none. */
    Claim read(Handle handle, long claimId) {
        Claim claim = handle.attach(ClaimDao.class).find(claimId)
                .orElseThrow(() -> LedgerStore.missing("claim", claimId));
        return withTags(handle, claim);
    }

    /** Saves {@code stamped} over {@code before}, then its tags and one audit row per field that differs. */
    private void saveAudited(Handle handle, Claim before, Claim stamped, Claim mine) {
        save(handle, stamped, mine);
        if (!before.tags().equals(stamped.tags())) {
            ClaimDao dao = handle.attach(ClaimDao.class);
            dao.clearTags(stamped.id());
            dao.addTags(stamped.id(), stamped.tags());
        }
        differences(before, stamped).forEach((field, values) ->
                audit.record(handle, "claim", stamped.id(), field, values[0], values[1]));
    }

    /**
     * Writes {@code stamped} if the row is still at the version it was read at, else refuses {@code mine} (the claim
     * as the caller gave it). Callers write audit rows after this, so a refused save leaves none.
     */
    private void save(Handle handle, Claim stamped, Claim mine) {
        if (DeskRefusals.writing(() -> handle.attach(ClaimDao.class).update(stamped)) == 0) {
            // Read again: under READ COMMITTED this sees the save that won, which the caller's read predates.
            Claim current = read(handle, stamped.id());
            if (current.version() == stamped.version()) {
                // Nobody else saved: the desk's policies hid the row (a reviewer changing a Published claim).
                DeskRefusals.requireWritten(0, current, "change");
            }
            throw StaleClaimException.of(mine, current, handle.attach(AuditDao.class).of("claim", stamped.id()));
        }
    }

    private static Claim withTags(Handle handle, Claim claim) {
        List<String> tags = handle.attach(ClaimDao.class).tags(claim.id());
        return claim.withTags(tags);
    }

    private static List<Claim> withTags(Handle handle, List<Claim> claims) {
        if (claims.isEmpty()) {
            return claims;
        }
        Map<Long, List<String>> tags = new LinkedHashMap<>();
        handle.attach(ClaimDao.class).tagsOf(claims.stream().map(Claim::id).toList())
                .forEach(row -> tags.computeIfAbsent(row.claimId(), id -> new ArrayList<>()).add(row.tag()));
        return claims.stream().map(c -> c.withTags(tags.getOrDefault(c.id(), List.of()))).toList();
    }

    private static Map<String, String[]> differences(Claim before, Claim after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        putIfChanged(changes, "verdict", before.verdict().label(), after.verdict().label());
        putIfChanged(changes, "status", before.status().label(), after.status().label());
        putIfChanged(changes, "note", before.note(), after.note());
        putIfChanged(changes, "tags", String.join(", ", before.tags()), String.join(", ", after.tags()));
        putIfChanged(changes, "claimant", Objects.toString(before.claimant(), ""),
                Objects.toString(after.claimant(), ""));
        putIfChanged(changes, "quote", before.quote().start() + ".." + before.quote().end(),
                after.quote().start() + ".." + after.quote().end());
        return changes;
    }

    private static void putIfChanged(Map<String, String[]> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.put(field, new String[] {before, after});
        }
    }
}
