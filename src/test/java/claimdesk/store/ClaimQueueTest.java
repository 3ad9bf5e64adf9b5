package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.AuditEntry;
import claimdesk.model.Claim;
import claimdesk.model.LedgerChange;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.QueueFilter;
import claimdesk.model.QueuedClaim;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The desk's claim queue (V13) on both kinds of ledger: each filter narrows, and an assignment is audited. */
@ParameterizedClass
@EnumSource(TestLedger.Kind.class)
@ExtendWith(PostgresCluster.Extension.class)
class ClaimQueueTest {

    private static final String FLOODS = "Floods\n\nThe floods displaced 12,000 people in the north, officials said.";
    private static final String BUDGET = "Budget\n\nThe budget grew by 4% to 2 billion, the ministry said.";

    @Parameter
    TestLedger.Kind kind;
    @TempDir
    Path folder;
    private LedgerStore store;
    private ClaimQueue queue;
    private Article floods;
    private Claim displaced;
    private Claim officials;
    private Claim grew;

    @BeforeEach
    void create(PostgresCluster cluster) {
        store = kind.create(folder, cluster).open();
        queue = new ClaimQueue(store);
        floods = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Floods"), FLOODS, "h1", "f.txt"))
                .article();
        Article budget = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Budget"), BUDGET, "h2",
                "b.txt")).article();
        displaced = store.createClaim(floods.id(), TextQuote.of(FLOODS, 8, 42), List.of("figure", "UN"),
                Verdict.FALSE, ClaimStatus.IN_REVIEW, "");
        officials = store.createClaim(floods.id(), TextQuote.of(FLOODS, 57, 71), List.of("attribution"),
                Verdict.UNRATED, ClaimStatus.DRAFT, "");
        grew = verified(store.createClaim(budget.id(), TextQuote.of(BUDGET, 8, 42), List.of("figure"),
                Verdict.TRUE, ClaimStatus.IN_REVIEW, ""));
    }

    /** Verified the only way a desk allows: a second reviewer agrees. */
    private Claim verified(Claim inReview) {
        String author = store.reviewer();
        store.setReviewer("second reviewer");
        new ReviewStore(store).submitSecondReview(inReview.id(), inReview.verdict());
        store.setReviewer(author);
        return store.claim(inReview.id()).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsEveryClaimByStatusWithItsArticleAndTags() {
        List<QueuedClaim> all = queue.list(QueueFilter.all());

        assertEquals(List.of(officials.id(), displaced.id(), grew.id()), ids(all), "Draft, In review, Verified");
        QueuedClaim first = all.get(1);
        assertEquals("Floods", first.headline());
        assertEquals(floods.id(), first.articleId());
        assertEquals(displaced.quote().exact(), first.quote());
        assertEquals(List.of("figure", "UN"), first.tags());
        assertEquals(Verdict.FALSE, first.verdict());
        assertNull(first.assignee());
    }

    @Test
    void withinAStatusTheLatestSaveComesFirst() {
        Claim older = store.createClaim(floods.id(), TextQuote.of(FLOODS, 43, 55), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        store.updateClaim(store.claim(officials.id()).orElseThrow().withNote("checked the wire"));

        List<QueuedClaim> drafts = queue.list(QueueFilter.all().withStatuses(Set.of(ClaimStatus.DRAFT)));

        assertEquals(List.of(officials.id(), older.id()), ids(drafts));
    }

    @Test
    void eachFilterNarrowsTheQueue() {
        queue.assign(displaced.id(), "Amira");
        QueueFilter all = QueueFilter.all();

        assertEquals(List.of(officials.id(), grew.id()),
                ids(queue.list(all.withStatuses(Set.of(ClaimStatus.DRAFT, ClaimStatus.VERIFIED)))));
        assertEquals(List.of(displaced.id()), ids(queue.list(all.withAssignee("amira"))));
        assertEquals(List.of(officials.id(), grew.id()),
                ids(queue.list(all.withAssignee(QueueFilter.UNASSIGNED))));
        assertEquals(List.of(displaced.id(), grew.id()),
                ids(queue.list(all.withVerdicts(Set.of(Verdict.FALSE, Verdict.TRUE)))));
        assertEquals(List.of(displaced.id(), grew.id()), ids(queue.list(all.withTag("Figure"))));
        assertEquals(List.of(displaced.id()), ids(queue.list(all.withTag("un"))));
        assertEquals(List.of(officials.id(), displaced.id()), ids(queue.list(all.withArticle(floods.id()))));
        assertEquals(List.of(displaced.id()),
                ids(queue.list(all.withArticle(floods.id()).withTag("figure").withAssignee("Amira"))));
        assertEquals(List.of(), ids(queue.list(all.withTag("figure").withVerdicts(Set.of(Verdict.UNRATED)))));
    }

    @Test
    void aValueThatLooksLikeSqlIsOnlyAValue() {
        assertEquals(List.of(), queue.list(QueueFilter.all().withTag("x') OR 1=1 OR ('a'='a")));
        assertEquals(3, queue.list(QueueFilter.all()).size(), "the claims are all still there");
    }

    @Test
    void anAssignmentIsAuditedAndReturnsWhoHadTheClaim() {
        assertNull(queue.assign(displaced.id(), "  Amira "));
        assertEquals("Amira", queue.assign(displaced.id(), "Jonas"));
        assertEquals("Jonas", queue.assign(displaced.id(), "Jonas"), "the same name again changes nothing");
        assertEquals("Jonas", queue.assign(displaced.id(), null));

        List<AuditEntry> assignments = store.auditOf("claim", displaced.id()).stream()
                .filter(entry -> entry.field().equals("assignee")).toList();
        assertEquals(3, assignments.size());
        assertNull(assignments.get(0).oldValue());
        assertEquals("Amira", assignments.get(0).newValue());
        assertEquals("Amira", assignments.get(1).oldValue());
        assertEquals("Jonas", assignments.get(1).newValue());
        assertNull(assignments.get(2).newValue());
        assertEquals(TestLedger.REVIEWER, assignments.get(2).reviewer());
        assertNull(queue.list(QueueFilter.all().withArticle(floods.id())).get(1).assignee());
    }

    @Test
    void anAssignmentIsNotASaveOfTheClaim() {
        Claim open = store.claim(displaced.id()).orElseThrow();

        queue.assign(displaced.id(), "Amira");

        assertEquals(open, store.claim(displaced.id()).orElseThrow(), "same version and updated_at");
        store.updateClaim(open.withNote("a colleague's edit, read before the assignment, still saves"));
        assertEquals("Amira", queue.list(QueueFilter.all().withAssignee("Amira")).get(0).assignee());
    }

    @Test
    void anAssignmentIsHeardByTheDesksOtherWindows() throws InterruptedException {
        BlockingQueue<LedgerChange> heard = new LinkedBlockingQueue<>();
        if (kind == TestLedger.Kind.H2) {
            assertTrue(store.listen(heard::add).isEmpty(), "a ledger in a folder has no other windows");
            return;
        }
        try (LedgerStore other = LedgerStore.open(store.server().orElseThrow(), "bilal", null);
             DeskChanges listening = other.listen(heard::add).orElseThrow()) {
            queue.assign(displaced.id(), "Bilal");

            assertEquals(new LedgerChange(LedgerChange.Entity.CLAIM, displaced.id(), floods.id()),
                    heard.poll(15, TimeUnit.SECONDS));
            assertEquals("Bilal", new ClaimQueue(other).list(QueueFilter.all().withAssignee("bilal")).get(0)
                    .assignee());
        }
    }

    @Test
    void assigningAMissingClaimIsRefused() {
        assertThrows(NoSuchElementException.class, () -> queue.assign(9999, "Amira"));
    }

    @Test
    void offersTheNamesInUseAndTheReviewersOfTheAudit() {
        queue.assign(displaced.id(), "Amira");
        queue.assign(grew.id(), "amira");
        queue.assign(officials.id(), "Jonas");

        List<String> names = queue.assignees();

        assertEquals(List.of("Amira", "Jonas", "second reviewer", TestLedger.REVIEWER), names);
        assertTrue(names.contains(TestLedger.REVIEWER), "who signed the audit can be assigned too");
    }

    private static List<Long> ids(List<QueuedClaim> rows) {
        return rows.stream().map(QueuedClaim::claimId).toList();
    }
}
