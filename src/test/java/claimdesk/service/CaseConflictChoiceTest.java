package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.AuditEntry;
import claimdesk.model.CaseConflict;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both reviewers edited the same claim and source: the import lists both, and each can be kept or taken over. */
class CaseConflictChoiceTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in two weeks.";

    @TempDir
    Path temp;
    private LedgerStore alice;
    private LedgerStore bob;
    private long articleId;

    @BeforeEach
    void handOverThenEditOnBothSides() throws Exception {
        alice = LedgerStore.open(temp.resolve("alice"), "alice");
        bob = LedgerStore.open(temp.resolve("bob"), "bob");
        articleId = alice.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Deportations"), TEXT, "h1",
                "a.txt")).article().id();
        Claim claim = alice.createClaim(articleId, TextQuote.of(TEXT, 14, 30), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        SourceStore aliceSources = new SourceStore(alice);
        Source source = aliceSources.createSource(Source.draft("https://unhcr.org/iran", "UNHCR update", "UNHCR",
                null, null, null));
        aliceSources.link(claim.id(), source.id(), Stance.SUPPORTS, "70,000 returned", null);
        new CaseStore(bob).merge(CaseFile.read(export()));

        edit(alice, Verdict.MOSTLY_TRUE, "UNHCR says 70,000", "UNHCR weekly update");
        edit(bob, Verdict.FALSE, "no figure found", "UNHCR press note");
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    private Path export() throws Exception {
        Path file = temp.resolve("case-" + System.nanoTime() + CaseFile.EXTENSION);
        CaseFile.write(new CaseStore(alice).export(List.of(articleId)), file, "alice");
        return file;
    }

    private static void edit(LedgerStore ledger, Verdict verdict, String note, String title) {
        Claim c = ledger.allClaims().get(0);
        ledger.updateClaim(new Claim(c.id(), c.uuid(), c.articleId(), c.quote(), c.tags(), verdict, c.status(), note,
                null, null, null, null, c.version()));
        SourceStore sources = new SourceStore(ledger);
        Source s = sources.sources().get(0);
        sources.updateSource(new Source(s.id(), s.uuid(), s.url(), title, s.publisher(), s.author(), s.publishedOn(),
                s.accessedOn(), s.articleId()));
    }

    @Test
    void takesTheirClaimAndKeepsMySourceWithAuditRows() throws Exception {
        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(export()));

        List<CaseConflict> conflicts = result.conflicts();
        assertEquals(List.of(CaseConflict.Kind.CLAIM, CaseConflict.Kind.SOURCE),
                conflicts.stream().map(CaseConflict::kind).toList());
        CaseConflict claimConflict = conflicts.get(0);
        assertEquals(Verdict.FALSE, ((Claim) claimConflict.mine()).verdict());
        assertEquals(Verdict.MOSTLY_TRUE, ((Claim) claimConflict.theirs()).verdict());
        assertEquals("UNHCR press note", ((Source) conflicts.get(1).mine()).title());
        assertEquals("UNHCR weekly update", ((Source) conflicts.get(1).theirs()).title());
        Claim before = bob.allClaims().get(0);
        Source bobsSource = new SourceStore(bob).sources().get(0);
        int sourceAudits = bob.auditOf("source", bobsSource.id()).size();

        int replaced = new CaseStore(bob).takeTheirs(List.of(claimConflict));

        assertEquals(1, replaced);
        Claim after = bob.claim(before.id()).orElseThrow();
        assertEquals(Verdict.MOSTLY_TRUE, after.verdict());
        assertEquals("UNHCR says 70,000", after.note());
        assertEquals(before.uuid(), after.uuid());
        assertEquals("UNHCR press note", new SourceStore(bob).source(bobsSource.id()).orElseThrow().title());
        List<AuditEntry> audit = bob.auditOf("claim", before.id());
        AuditEntry verdict = audit.stream().filter(e -> e.field().equals("verdict")
                && e.newValue().equals(Verdict.MOSTLY_TRUE.label())).findFirst().orElseThrow();
        assertEquals(Verdict.FALSE.label(), verdict.oldValue());
        assertEquals("bob", verdict.reviewer());
        assertEquals(1, audit.stream().filter(e -> e.field().equals("note")
                && "UNHCR says 70,000".equals(e.newValue())).count());
        assertEquals(sourceAudits, bob.auditOf("source", bobsSource.id()).size());

        CaseStore.MergeResult again = new CaseStore(bob).merge(CaseFile.read(export()));
        assertEquals(List.of(CaseConflict.Kind.SOURCE), again.conflicts().stream().map(CaseConflict::kind).toList());
    }

    @Test
    void takesTheirSourceAndWritesNothingWhenAChosenRecordIsGone() throws Exception {
        List<CaseConflict> conflicts = new CaseStore(bob).merge(CaseFile.read(export())).conflicts();
        bob.deleteClaim(bob.allClaims().get(0).id());

        assertThrows(RuntimeException.class, () -> new CaseStore(bob).takeTheirs(conflicts));
        assertEquals("UNHCR press note", new SourceStore(bob).sources().get(0).title());

        new CaseStore(bob).takeTheirs(List.of(conflicts.get(1)));
        assertEquals("UNHCR weekly update", new SourceStore(bob).sources().get(0).title());
    }
}
