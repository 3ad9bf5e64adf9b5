package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.LedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReplacerTest {

    private static final String TEXT = "Deportations rise\n\nMore than 75,000 migrants left Iran. Some 3,000 stayed.";

    @TempDir
    Path temp;
    private LedgerStore store;
    private Article article;

    @BeforeEach
    void open() {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        article = ((ImportOutcome.Imported) new ArticleImporter(store).importText("a.txt", TEXT)).article();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Claim tag(String quote) {
        int start = TEXT.indexOf(quote);
        return store.createClaim(article.id(), TextQuote.of(TEXT, start, start + quote.length()), List.of(),
                Verdict.FALSE, ClaimStatus.IN_REVIEW, "note");
    }

    @Test
    void claimsFollowTheirQuotesIntoTheNewTextAndLostOnesAreTaggedNotDeleted() throws Exception {
        Claim kept = tag("More than 75,000 migrants");
        Claim changed = tag("Some 3,000 stayed");
        String corrected = "Deportations rise sharply\n\nMore than 75,000 migrants left Iran. About 4,000 stayed.";
        Path file = Files.writeString(temp.resolve("a-v2.txt"), corrected);

        TextReplacer.Replaced result = new TextReplacer(store).replaceFromFile(article.id(), file);

        assertEquals(1, result.anchored());
        assertEquals(corrected, store.article(article.id()).orElseThrow().text());
        Claim moved = store.claim(kept.id()).orElseThrow();
        assertEquals(corrected.indexOf("More than 75,000"), moved.quote().start());
        assertEquals(Verdict.FALSE, moved.verdict());
        Claim lost = store.claim(changed.id()).orElseThrow();
        assertEquals(List.of(TextReplacer.LOST_TAG), lost.tags());
        assertEquals("Some 3,000 stayed", lost.quote().exact());
        assertEquals(2, store.claimsOf(article.id()).size());
    }

    @Test
    void aTextThatAnotherArticleHasIsRefusedAndNothingChanges() {
        new ArticleImporter(store).importText("b.txt", "Other article\n\nText.");
        Claim claim = tag("Some 3,000 stayed");

        ImportRefusedException error = assertThrows(ImportRefusedException.class, () -> new TextReplacer(store)
                .replace(article.id(), new ArticleReader().fromText("b.txt", "Other article\n\nText.")));

        assertEquals("b.txt: Another article in the library already has this text (id 2)", error.getMessage());
        assertEquals(TEXT, store.article(article.id()).orElseThrow().text());
        assertEquals(claim, store.claim(claim.id()).orElseThrow());
    }
}
