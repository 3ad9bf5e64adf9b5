package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.LedgerChange;
import claimdesk.model.LedgerChange.Entity;
import claimdesk.model.NewArticle;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two windows on one desk: what one store commits reaches the other store's listener, and never its own. Waits are
 * generous (CI is slow); they bound a failure, they do not measure speed.
 */
@ExtendWith(PostgresCluster.Extension.class)
class DeskChangesTest {

    private static final String TEXT = "Returns\n\nMore than 75,000 migrants left Iran in the past two weeks.";
    private static final int WAIT_SECONDS = 15;

    private PostgresCluster cluster;
    private LedgerServer server;
    private LedgerStore amina;
    private LedgerStore bilal;
    private DeskChanges listening;
    private final BlockingQueue<LedgerChange> heardByBilal = new LinkedBlockingQueue<>();
    private Article article;

    @BeforeEach
    void openTwoWindows(PostgresCluster shared) {
        cluster = shared;
        server = cluster.newDatabase();
        amina = LedgerStore.open(server, "amina", null);
        bilal = LedgerStore.open(server, "bilal", null);
        article = amina.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Returns"), TEXT, "h1", "a.txt"))
                .article();
        listening = bilal.listen(heardByBilal::add).orElseThrow();
    }

    @AfterEach
    void close() {
        listening.close();
        bilal.close();
        amina.close();
    }

    private Claim tag(LedgerStore store, int start, int end) {
        return store.createClaim(article.id(), TextQuote.of(TEXT, start, end), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
    }

    /** The next change Bilal hears, failing if none comes in time. */
    private LedgerChange next() throws InterruptedException {
        LedgerChange change = heardByBilal.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertTrue(change != null, "no change heard within " + WAIT_SECONDS + " s");
        return change;
    }

    @Test
    void aClaimCreatedUpdatedAndDeletedInOneWindowIsHeardInTheOther() throws Exception {
        Claim claim = tag(amina, 10, 26);
        assertEquals(new LedgerChange(Entity.CLAIM, claim.id(), article.id()), next());

        amina.updateClaim(new Claim(claim.id(), claim.uuid(), claim.articleId(), claim.quote(), List.of("figure"),
                Verdict.FALSE, ClaimStatus.IN_REVIEW, "checked against UNHCR", claim.createdAt(), claim.updatedAt(),
                null, null, claim.version()));
        assertEquals(new LedgerChange(Entity.CLAIM, claim.id(), article.id()), next(),
                "an edit of four fields is one notification: the payloads are equal");

        amina.deleteClaim(claim.id());
        assertEquals(new LedgerChange(Entity.CLAIM, claim.id(), article.id()), next(),
                "a deleted claim still names its article");

        Claim marker = tag(amina, 0, 7);
        assertEquals(marker.id(), next().id(), "nothing else was heard in between");
    }

    @Test
    void aWindowDoesNotHearItsOwnChanges() throws Exception {
        Claim own = tag(bilal, 10, 26);
        Claim theirs = tag(amina, 0, 7);

        LedgerChange heard = next();
        assertEquals(theirs.id(), heard.id());
        assertNotEquals(own.id(), heard.id());
    }

    @Test
    void articlesSourcesAndCitationsAreHeardWithTheirArticle() throws Exception {
        Claim claim = tag(amina, 10, 26);
        next();
        SourceStore sources = new SourceStore(amina);
        Source source = sources.createSource(Source.draft("https://data.unhcr.org/iran", "Iran: returns update",
                "UNHCR", "", null, null));
        assertEquals(new LedgerChange(Entity.SOURCE, source.id(), 0), next());

        sources.link(claim.id(), source.id(), Stance.CONTRADICTS, "about 30,000 returned", null);
        assertEquals(new LedgerChange(Entity.CLAIM, claim.id(), article.id()), next(),
                "a citation changes the claim's sources, so it is heard as a change of the claim");

        long added = amina.addArticle(new NewArticle(ArticleMetadata.headlineOnly("More"), "More text.", "h2",
                "b.txt")).article().id();
        assertEquals(new LedgerChange(Entity.ARTICLE, added, added), next());
    }

    @Test
    void aLostConnectionIsReopenedAndReportedAsPossiblyMissedChanges() throws Exception {
        try (Connection admin = cluster.connect(server.database());
             ResultSet killed = admin.createStatement().executeQuery("""
                     SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE application_name = 'Claimdesk changes' AND datname = current_database()""")) {
            assertTrue(killed.next() && killed.getBoolean(1), "the listener's connection was found and ended");
        }

        assertEquals(LedgerChange.everything(), next(), "after reconnecting: reload, changes may have been missed");
        Claim claim = tag(amina, 10, 26);
        assertEquals(claim.id(), next().id(), "listening again");
    }

    @Test
    void aLedgerInAFolderHasNoOneToListenTo(@TempDir Path temp) {
        try (LedgerStore alone = LedgerStore.open(temp.resolve("ledger"), "amina")) {
            List<LedgerChange> heard = new ArrayList<>();
            assertEquals(Optional.empty(), alone.listen(heard::add));
        }
    }

    @Test
    void payloadsFromThisSessionOrFromANewerVersionAreSkipped() {
        assertEquals(Optional.of(new LedgerChange(Entity.MEASURE, 4, 0)),
                DeskChanges.parse("measure_alias:4:0:other", "mine"));
        assertEquals(Optional.empty(), DeskChanges.parse("claim:4:2:mine", "mine"));
        assertEquals(Optional.empty(), DeskChanges.parse("timeline:4:2:other", "mine"));
        assertEquals(Optional.empty(), DeskChanges.parse("claim:4:2", "mine"));
        assertEquals(Optional.empty(), DeskChanges.parse("claim:x:2:other", "mine"));
    }
}
