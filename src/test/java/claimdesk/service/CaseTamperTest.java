package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.CaseConflict;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerStore;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, defect 4: a case file that passes every checksum but lies about an article's text must not pin its
 * claims, with made-up quotes, on the receiver's article. Every claim in the receiving ledger must quote its own
 * article's text at its own place, whatever the case says.
 */
class CaseTamperTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in two weeks, over 75 percent.";
    private static final String FORGED = "Deportations\n\nThe minister said 200,000 migrants were expelled by force.";
    private static final String MADE_UP = "200,000 migrants were expelled by force";

    @TempDir
    Path temp;
    private LedgerStore alice;
    private LedgerStore bob;
    private final ArticleReader reader = new ArticleReader();

    @BeforeEach
    void open() {
        alice = LedgerStore.open(temp.resolve("alice"), "alice");
        bob = LedgerStore.open(temp.resolve("bob"), "bob");
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void aTextHashCopiedFromTheReceiversArticleDoesNotMatchIt() throws Exception {
        bob.addArticle(reader.fromTextUnchecked(TEXT));
        Path exported = export(FORGED, MADE_UP);
        String bobsHash = reader.fromTextUnchecked(TEXT).textHash();
        Path lying = new TamperedCase(exported).edit("articles.json",
                articles -> TamperedCase.first(articles).put("textHash", bobsHash))
                .writeTo(temp.resolve("lie.claimdesk"));

        new CaseStore(bob).merge(CaseFile.read(lying));

        assertEveryClaimQuotesItsArticle(bob);
        assertEquals(2, bob.articles().size(), "the forged text is an article of its own, not Bob's");
    }

    @Test
    void anotherTextUnderAKnownUuidIsAConflictNotUnchanged() throws Exception {
        Path exported = export(TEXT, "75,000 migrants");
        new CaseStore(bob).merge(CaseFile.read(exported));
        int start = FORGED.indexOf(MADE_UP);
        Path lying = new TamperedCase(exported)
                .edit("articles.json", articles -> TamperedCase.first(articles).put("text", FORGED))
                .edit("claims.json", claims -> TamperedCase.first(claims).put("uuid", UUID.randomUUID().toString())
                        .put("start", start).put("end", start + MADE_UP.length()).put("exact", MADE_UP))
                .writeTo(temp.resolve("lie.claimdesk"));

        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(lying));

        assertEveryClaimQuotesItsArticle(bob);
        assertEquals(1, bob.allClaims().size());
        assertTrue(result.conflicts().stream().anyMatch(c -> c.kind() == CaseConflict.Kind.ARTICLE),
                result.conflicts().toString());
    }

    @Test
    void claimsThatDoNotFitTheReceiversTextAreListedNotPinned() throws Exception {
        // The same article saved with one more space: the same text hash (it folds whitespace), other offsets.
        String spaced = TEXT.replace("left Iran", "left  Iran");
        bob.addArticle(reader.fromTextUnchecked(spaced));
        long article = alice.addArticle(reader.fromTextUnchecked(TEXT)).article().id();
        claim(alice, article, TEXT, "More than 75,000");
        claim(alice, article, TEXT, "over 75 percent");
        Path exported = temp.resolve("case.claimdesk");
        CaseFile.write(new CaseStore(alice).export(List.of(article)), exported, "alice");

        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(exported));

        assertEveryClaimQuotesItsArticle(bob);
        assertEquals(List.of("More than 75,000"), bob.allClaims().stream().map(c -> c.quote().exact()).toList());
        assertEquals(1, result.conflicts().size(), result.conflicts().toString());
        CaseConflict listed = result.conflicts().get(0);
        assertEquals(CaseConflict.Kind.CLAIM, listed.kind());
        assertFalse(listed.choosable(), "taking theirs would pin the quote on the wrong words");
        assertTrue(listed.description().contains("over 75 percent"), listed.description());
    }

    private Path export(String text, String quoted) throws Exception {
        long article = alice.addArticle(reader.fromTextUnchecked(text)).article().id();
        claim(alice, article, text, quoted);
        Path file = temp.resolve("case" + CaseFile.EXTENSION);
        CaseFile.write(new CaseStore(alice).export(List.of(article)), file, "alice");
        return file;
    }

    private static void claim(LedgerStore ledger, long article, String text, String quoted) {
        int start = text.indexOf(quoted);
        ledger.createClaim(article, TextQuote.of(text, start, start + quoted.length()), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "");
    }

    private static void assertEveryClaimQuotesItsArticle(LedgerStore ledger) {
        for (Claim claim : ledger.allClaims()) {
            Article article = ledger.article(claim.articleId()).orElseThrow();
            TextQuote q = claim.quote();
            assertTrue(q.end() <= article.text().length()
                            && article.text().substring(q.start(), q.end()).equals(q.exact()),
                    "\u201c" + q.exact() + "\u201d is not what " + article.headline() + " says at " + q.start() + ".."
                            + q.end());
        }
    }
}
