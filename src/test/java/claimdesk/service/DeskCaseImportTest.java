package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.CaseConflict;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerServer;
import claimdesk.store.LedgerStore;
import claimdesk.store.PostgresCluster;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, point 6: a reviewer who worked offline in a local ledger brings the work into the shared desk as a case
 * file, merged by stable ids as between two local ledgers, with an edit made on both sides listed as a conflict.
 */
@ExtendWith(PostgresCluster.Extension.class)
class DeskCaseImportTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in two weeks, over 75 percent.";

    @TempDir
    Path temp;

    @Test
    void offlineWorkArrivesOnTheDeskOnceAndABothSidesEditIsListed(PostgresCluster cluster) throws Exception {
        LedgerServer desk = cluster.newDatabase();
        Path caseFile = temp.resolve("offline" + CaseFile.EXTENSION);
        try (LedgerStore laptop = LedgerStore.open(temp.resolve("laptop"), "amina")) {
            long article = laptop.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Deportations"), TEXT, "h1",
                    "a.txt")).article().id();
            laptop.createClaim(article, TextQuote.of(TEXT, 14, 30), List.of("figure"), Verdict.MOSTLY_TRUE,
                    ClaimStatus.IN_REVIEW, "UNHCR says 70,000");
            laptop.createClaim(article, TextQuote.of(TEXT, 63, 78), List.of(), Verdict.UNRATED, ClaimStatus.DRAFT, "");
            CaseFile.write(new CaseStore(laptop).export(List.of(article)), caseFile, "amina");
        }

        try (LedgerStore shared = LedgerStore.open(desk, "bilal", null)) {
            assertEquals(new CaseStore.MergeResult(1, 2, 0, List.of()),
                    new CaseStore(shared).merge(CaseFile.read(caseFile)));
            assertEquals(new CaseStore.MergeResult(0, 0, 3, List.of()),
                    new CaseStore(shared).merge(CaseFile.read(caseFile)), "a second import adds nothing");

            Claim figure = shared.allClaims().stream().filter(c -> c.note().startsWith("UNHCR")).findFirst()
                    .orElseThrow();
            shared.updateClaim(figure.withNote("UNHCR says 71,400"));
        }

        Path edited = temp.resolve("edited" + CaseFile.EXTENSION);
        try (LedgerStore laptop = LedgerStore.open(temp.resolve("laptop"), "amina")) {
            Claim figure = laptop.allClaims().stream().filter(c -> c.note().startsWith("UNHCR")).findFirst()
                    .orElseThrow();
            laptop.updateClaim(figure.withNote("UNHCR says 72,000, IOM 69,000"));
            CaseFile.write(new CaseStore(laptop).export(List.of(figure.articleId())), edited, "amina");
        }
        try (LedgerStore shared = LedgerStore.open(desk, "bilal", null)) {
            CaseStore.MergeResult merged = new CaseStore(shared).merge(CaseFile.read(edited));

            assertEquals(List.of(CaseConflict.Kind.CLAIM),
                    merged.conflicts().stream().map(CaseConflict::kind).toList());
            assertEquals(List.of("UNHCR says 71,400", ""),
                    shared.allClaims().stream().map(Claim::note).sorted(java.util.Comparator.reverseOrder()).toList(),
                    "the desk's own edit is kept until someone chooses");
        }
    }
}
