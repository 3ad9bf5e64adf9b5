package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.analysis.figures.FigureExtractor;
import claimdesk.model.ArticleMetadata;
import claimdesk.model.Figure;
import claimdesk.model.NewArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text and Markdown files that carry their details in a front-matter block. */
class FrontMatterTest {

    private static final String BODY = "Deportations rise\n\nOn Saturday, 26320 Afghan migrants were deported.";

    @TempDir
    Path temp;

    private NewArticle read(String name, String content) throws Exception {
        Path file = Files.writeString(temp.resolve(name), content);
        return new ArticleReader().read(name, Files.readAllBytes(file));
    }

    @Test
    void theBlockGivesTheDetailsAndIsNotStored() throws Exception {
        NewArticle article = read("a.md", """
                ---
                date: 2016-02-04
                title: "Iran steps up deportations"
                outlet: Amu TV
                author: Sara Ahmadi
                url: https://amu.tv/180000/
                tags:
                  - migration
                ---

                """ + BODY);

        assertEquals(new ArticleMetadata("Iran steps up deportations", "Amu TV", "Sara Ahmadi",
                "https://amu.tv/180000/", LocalDate.of(2016, 2, 4)), article.metadata());
        assertEquals(BODY, article.text());
        assertEquals(ArticleReader.hash(BODY), article.textHash());
    }

    @Test
    void figureOffsetsCountFromTheStrippedText() throws Exception {
        NewArticle article = read("a.txt", "---\r\npublished: 2025-07-06T09:00:00+04:30\r\n---\r\n" + BODY);
        FigureExtractor extractor = FigureIndexer.extractor();

        Figure figure = extractor.extract(article.text(), article.metadata().publishedOn()).get(0);

        assertEquals("26320", article.text().substring(figure.start(), figure.end()));
        assertEquals(BODY.indexOf("26320"), figure.start());
        assertEquals(LocalDate.of(2025, 7, 6), article.metadata().publishedOn());
    }

    @Test
    void withoutATitleTheHeadlineIsTheFirstLineAfterTheBlock() throws Exception {
        NewArticle article = read("a.md", "---\nDate: 2016-02-04\n---\n# Deportations rise\n\nText.");

        assertEquals("Deportations rise", article.metadata().headline());
        assertEquals(LocalDate.of(2016, 2, 4), article.metadata().publishedOn());
    }

    @Test
    void aBlockThatNeverClosesIsText() throws Exception {
        String text = "---\ndate: 2016-02-04\n" + String.join("\n", Collections.nCopies(45, "line: of text"))
                + "\n---\nEnd.";

        NewArticle article = read("a.txt", text);

        assertEquals(text, article.text());
        assertEquals(ArticleMetadata.headlineOnly("---"), article.metadata());
    }

    @Test
    void anOpeningRuleFollowedByProseIsText() throws Exception {
        String text = "---\nDeportations rise as talks begin\n\nMore than 75,000 people left.\n---\nEnd.";

        NewArticle article = read("a.md", text);

        assertEquals(text, article.text());
        assertEquals(null, article.metadata().publishedOn());
    }

    @Test
    void aRuleAroundAnEditorsNoteIsText() throws Exception {
        String text = "---\nUpdate: the figures were corrected on 5 February.\n---\n" + BODY;

        assertEquals(text, read("a.md", text).text());
    }

    @Test
    void aBadDateARelativeAddressAndAFoldedTitleAreLeftOut() throws Exception {
        NewArticle article = read("a.md", "---\ndate: last week\nurl: /2016/02/slug\ntitle: >\n  Folded\n---\n" + BODY);

        assertEquals(ArticleMetadata.headlineOnly("Deportations rise"), article.metadata());
        assertEquals(BODY, article.text());
    }
}
