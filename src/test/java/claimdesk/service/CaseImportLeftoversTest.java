package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, defect 4: a case import, killed or not, leaves no evidence file behind that no row names. */
class CaseImportLeftoversTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in two weeks, over 75 percent.";
    private static final byte[] PDF = "%PDF-1.4 the UNHCR weekly update".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;
    private LedgerStore alice;
    private LedgerStore bob;
    private SourceStore aliceSources;
    private Source unhcr;
    private long article;

    @BeforeEach
    void open() {
        alice = LedgerStore.open(temp.resolve("alice"), "alice");
        bob = LedgerStore.open(temp.resolve("bob"), "bob");
        article = alice.addArticle(new ArticleReader().fromTextUnchecked(TEXT)).article().id();
        Claim claim = alice.createClaim(article, TextQuote.of(TEXT, 14, 30), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
        aliceSources = new SourceStore(alice);
        unhcr = aliceSources.createSource(Source.draft("https://unhcr.org/iran", "UNHCR update", "UNHCR", null, null,
                null));
        aliceSources.link(claim.id(), unhcr.id(), Stance.SUPPORTS, "70,000 returned", null);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void whatAKilledImportLeftIsRemovedByTheNextImport() throws Exception {
        String sha = aliceSources.attach(unhcr.id(), Files.write(temp.resolve("u.pdf"), PDF), "u.pdf",
                "application/pdf", null).sha256();
        // A kill after the evidence was copied in and before the transaction committed leaves exactly this.
        Path attachments = temp.resolve("bob/attachments");
        Files.createDirectories(attachments.resolve(sha.substring(0, 2)));
        Files.write(attachments.resolve(sha.substring(0, 2)).resolve(sha), PDF);
        Files.write(attachments.resolve("incoming-4711.part"), PDF);
        Path notOurs = Files.writeString(attachments.resolve("README.txt"), "kept: not a name Claimdesk writes");

        new CaseStore(bob).merge(new CaseContentOf(alice).withoutEvidence());

        assertEquals(List.of(notOurs), files(attachments));
    }

    @Test
    void theFileOfASourceInConflictIsNotLeftBehind() throws Exception {
        Path first = write(temp.resolve("first.claimdesk"));
        new CaseStore(bob).merge(CaseFile.read(first));
        SourceStore bobSources = new SourceStore(bob);
        Source mine = bobSources.sources().get(0);
        bobSources.updateSource(new Source(mine.id(), mine.uuid(), mine.url(), "UNHCR weekly", mine.publisher(),
                mine.author(), mine.publishedOn(), mine.accessedOn(), mine.articleId()));
        aliceSources.attach(unhcr.id(), Files.write(temp.resolve("u.pdf"), PDF), "u.pdf", "application/pdf", null);

        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(write(temp.resolve("second.claimdesk"))));

        assertTrue(result.conflicts().stream().anyMatch(c -> c.description().contains("UNHCR weekly")));
        assertEquals(List.of(), bobSources.attachmentsOf(mine.id()));
        assertEquals(List.of(), files(temp.resolve("bob/attachments")), "no row names it, so no file may stay");
    }

    @Test
    void removeStrayFilesKeepsEveryFileARowNames() throws Exception {
        aliceSources.attach(unhcr.id(), Files.write(temp.resolve("u.pdf"), PDF), "u.pdf", "application/pdf", null);
        Files.write(temp.resolve("alice/attachments/incoming-1.part"), PDF);

        assertEquals(1, aliceSources.removeStrayFiles());

        assertEquals(1, files(temp.resolve("alice/attachments")).size());
        assertFalse(Files.exists(temp.resolve("alice/attachments/incoming-1.part")));
    }

    private Path write(Path target) throws Exception {
        CaseFile.write(new CaseStore(alice).export(List.of(article)), target, "alice");
        return target;
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** Alice's case as content, with the evidence files left out: an import that copies no file of its own. */
    private record CaseContentOf(LedgerStore ledger) {
        claimdesk.model.CaseContent withoutEvidence() throws Exception {
            claimdesk.model.CaseContent all = new CaseStore(ledger).export(ledger.articles().stream()
                    .map(claimdesk.model.ArticleSummary::id).toList());
            return new claimdesk.model.CaseContent(all.articles(), all.claims(), all.sources(), all.citations(),
                    List.of(), all.rulings());
        }
    }
}
