package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.ArticleSummary;
import claimdesk.model.CaseContent;
import claimdesk.model.Claim;
import claimdesk.model.ClaimFigure;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-over between two reviewers' ledgers through a case file: merge by UUID, conflicts listed, bad files refused. */
class CaseFileTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in two weeks, over 75 percent.";

    @TempDir
    Path temp;
    private LedgerStore alice;
    private LedgerStore bob;
    private Path caseFile;

    @BeforeEach
    void open() throws IOException {
        alice = LedgerStore.open(temp.resolve("alice"), "alice");
        bob = LedgerStore.open(temp.resolve("bob"), "bob");
        long article = alice.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Deportations"), TEXT, "h1",
                "a.txt")).article().id();
        alice.createClaim(article, TextQuote.of(TEXT, 14, 30), List.of("figure"), Verdict.MOSTLY_TRUE,
                ClaimStatus.IN_REVIEW, "UNHCR says 70,000");
        alice.createClaim(article, TextQuote.of(TEXT, 63, 78), List.of(), Verdict.UNRATED, ClaimStatus.DRAFT, "");
        caseFile = temp.resolve("deportations" + CaseFile.EXTENSION);
        CaseFile.write(new CaseStore(alice).export(List.of(article)), caseFile, "alice");
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    private static List<Claim> sorted(List<Claim> claims) {
        return claims.stream().sorted(Comparator.comparing(Claim::uuid)).toList();
    }

    @Test
    void importsArticlesAndClaimsWithTheirUuidsOnceOnly() throws Exception {
        CaseStore.MergeResult first = new CaseStore(bob).merge(CaseFile.read(caseFile));
        assertEquals(new CaseStore.MergeResult(1, 2, 0, List.of()), first);

        List<Claim> mine = sorted(alice.allClaims());
        List<Claim> theirs = sorted(bob.allClaims());
        assertEquals(mine.stream().map(Claim::uuid).toList(), theirs.stream().map(Claim::uuid).toList());
        assertEquals(mine.stream().map(Claim::note).toList(), theirs.stream().map(Claim::note).toList());
        assertEquals(mine.get(0).tags(), theirs.get(0).tags());
        assertEquals(alice.articles().get(0).headline(), bob.articles().get(0).headline());

        CaseStore.MergeResult again = new CaseStore(bob).merge(CaseFile.read(caseFile));
        assertEquals(new CaseStore.MergeResult(0, 0, 3, List.of()), again);
    }

    @Test
    void theClaimantTravelsAndAQuoteFromAnOlderLedgerArrivesTrimmed() throws Exception {
        Claim first = alice.allClaims().get(0);
        alice.updateClaim(first.withClaimant("UNHCR").withQuote(TextQuote.of(TEXT, 13, 30)));
        CaseFile.write(new CaseStore(alice).export(List.of(first.articleId())), caseFile, "alice");

        CaseStore.MergeResult merged = new CaseStore(bob).merge(CaseFile.read(caseFile));

        assertEquals(new CaseStore.MergeResult(1, 2, 0, List.of()), merged);
        Claim theirs = bob.allClaims().get(0);
        assertEquals("UNHCR", theirs.claimant());
        assertEquals(TextQuote.of(TEXT, 14, 30), theirs.quote(), "the line break before the quote is trimmed");
        assertEquals(new CaseStore.MergeResult(0, 0, 3, List.of()), new CaseStore(bob).merge(CaseFile.read(caseFile)),
                "the untrimmed quote in the case is the same claim, not a conflict");
    }

    @Test
    void theFigureAClaimWasMadeFromTravelsAndStaysOnTheSameNumber() throws Exception {
        Claim first = alice.allClaims().get(0);
        String number = "75,000";
        int offset = first.quote().exact().indexOf(number);
        // An older ledger's quote began one character early, so the import trims it and the offset must follow.
        alice.updateClaim(first.withQuote(TextQuote.of(TEXT, first.quote().start() - 1, first.quote().end()))
                .withFigure(new ClaimFigure(offset + 1, number)));
        CaseFile.write(new CaseStore(alice).export(List.of(first.articleId())), caseFile, "alice");

        new CaseStore(bob).merge(CaseFile.read(caseFile));

        Claim theirs = bob.allClaims().stream().filter(c -> c.uuid().equals(first.uuid())).findFirst().orElseThrow();
        assertEquals(new ClaimFigure(offset, number), theirs.figure());
        assertEquals(first.quote().start() + offset, theirs.figure().startIn(theirs.quote()));
    }

    @Test
    void keepsTheReceiversEditAndListsTheConflict() throws Exception {
        new CaseStore(bob).merge(CaseFile.read(caseFile));
        Claim claim = bob.allClaims().stream().filter(c -> c.verdict() == Verdict.MOSTLY_TRUE).findFirst().orElseThrow();
        bob.updateClaim(new Claim(claim.id(), claim.uuid(), claim.articleId(), claim.quote(), claim.tags(),
                Verdict.FALSE, claim.status(), claim.note(), null, null, null, null, claim.version()));

        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(caseFile));

        assertEquals(1, result.conflicts().size());
        assertTrue(result.conflicts().get(0).description().contains("False"),
                result.conflicts().get(0).description());
        assertEquals(Verdict.FALSE, bob.claim(claim.id()).orElseThrow().verdict());
    }

    @Test
    void refusesTruncatedOrCorruptedFilesAndChangesNothing() throws IOException {
        byte[] whole = Files.readAllBytes(caseFile);
        Path truncated = temp.resolve("truncated.claimdesk");
        Files.write(truncated, Arrays.copyOf(whole, whole.length - 40));
        Path flipped = temp.resolve("flipped.claimdesk");
        byte[] damaged = whole.clone();
        damaged[whole.length / 3] ^= 0x55;
        Files.write(flipped, damaged);
        Path halved = temp.resolve("halved.claimdesk");
        Files.write(halved, Arrays.copyOf(whole, whole.length / 2));
        Path notZip = temp.resolve("notes.claimdesk");
        Files.writeString(notZip, "just some notes");

        for (Path bad : List.of(truncated, halved, flipped, notZip)) {
            CaseFileException refused = assertThrows(CaseFileException.class, () -> CaseFile.read(bad), bad.toString());
            assertTrue(refused.getMessage().startsWith(bad.getFileName().toString()), refused.getMessage());
        }
        assertEquals(List.<ArticleSummary>of(), bob.articles());
    }

    @Test
    void refusesAClaimThatDoesNotMatchItsArticle() throws IOException {
        CaseContent content = new CaseStore(alice).export(alice.articles().stream().map(ArticleSummary::id).toList());
        Claim claim = content.claims().get(0);
        Claim moved = claim.withQuote(new TextQuote(0, 5, "nope!", "", ""));
        Path bad = temp.resolve("bad.claimdesk");
        CaseFile.write(new CaseContent(content.articles(), List.of(moved)), bad, "alice");

        assertThrows(CaseFileException.class, () -> CaseFile.read(bad));
    }
}
