package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.SearchHit;
import claimdesk.model.Source;
import claimdesk.model.Stance;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerSearchTest {

    private static final String TEXT = "Deportations\n\nMore than 75,000 migrants left Iran in the past two weeks.";

    @TempDir
    Path folder;
    private LedgerStore ledger;
    private SourceStore sources;
    private Article article;

    @BeforeEach
    void open() throws Exception {
        ledger = LedgerStore.open(folder.resolve("l"), "tester");
        sources = new SourceStore(ledger);
        article = ledger.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Deportations"), TEXT, "h", "a.txt"))
                .article();
        Claim claim = ledger.createClaim(article.id(), TextQuote.of(TEXT, 14, 30), List.of(), Verdict.UNRATED,
                ClaimStatus.DRAFT, "Checked against the UNHCR dashboard");
        Source source = sources.createSource(Source.draft(null, "Border crossings 100% verified", "IOM", null, null,
                null));
        sources.link(claim.id(), source.id(), Stance.CONTRADICTS, "Only 31,400 crossed at Islam Qala", null);
        Path file = Files.writeString(folder.resolve("dash.txt"), "Weekly dashboard: returns from Iran fell.");
        sources.attach(source.id(), file, "dash.txt", "text/plain", Files.readString(file));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void everyMatchInAnArticleIsAHitOfItsOwn() {
        String text = "Torkham\n\nAt Torkham, 500 crossed. Later torkham closed. TORKHAM reopened on Friday.";
        Article border = ledger.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Torkham"), text, "h2",
                "b.txt")).article();

        List<SearchHit> hits = sources.search("torkham", 50);

        List<Integer> starts = hits.stream().filter(h -> h.articleId() == border.id()).map(SearchHit::start).toList();
        assertEquals(List.of(0, 12, 40, 56), starts);
        hits.forEach(h -> assertEquals("torkham", text.substring(h.start(), h.end()).toLowerCase()));
    }

    @Test
    void findsArticleTextAtTheMatchingPassageIgnoringCase() {
        List<SearchHit> hits = sources.search("LEFT IRAN", 50);

        assertEquals(1, hits.size(), hits.toString());
        SearchHit hit = hits.get(0);
        assertEquals(SearchHit.Kind.ARTICLE, hit.kind());
        assertEquals(article.id(), hit.articleId());
        assertEquals("left Iran", TEXT.substring(hit.start(), hit.end()));
        assertTrue(hit.snippet().contains("left Iran"));
    }

    @Test
    void findsClaimsNotesSourcesQuotesAndAttachmentTexts() {
        assertEquals(List.of(SearchHit.Kind.ARTICLE, SearchHit.Kind.CLAIM), kinds("75,000"));
        assertEquals(List.of(SearchHit.Kind.NOTE, SearchHit.Kind.ATTACHMENT), kinds("dashboard"));
        assertEquals(List.of(SearchHit.Kind.QUOTE), kinds("islam qala"));
        assertEquals(List.of(SearchHit.Kind.SOURCE), kinds("iom"));
    }

    @Test
    void likeWildcardsAreSearchedLiterally() {
        assertEquals(List.of(SearchHit.Kind.SOURCE), kinds("100%"));
        assertEquals(List.of(SearchHit.Kind.SOURCE), kinds("%"), "not every row");
        assertTrue(sources.search("_", 50).isEmpty());
        assertTrue(sources.search("  ", 50).isEmpty());
    }

    private List<SearchHit.Kind> kinds(String query) {
        return sources.search(query, 50).stream().map(SearchHit::kind).toList();
    }
}
