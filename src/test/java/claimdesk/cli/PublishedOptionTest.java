package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.Figure;
import claimdesk.store.LedgerStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --published} on {@code figures} and {@code check}: it dates files that give no date, and only those. */
class PublishedOptionTest {

    private static final String BODY = "Deportations rise\n\nOn Saturday, 26320 Afghan migrants were deported from "
            + "Iran. More than 2.6 million people have been expelled this year.\n";

    @TempDir
    Path temp;

    private JsonNode figures(String... args) throws Exception {
        CliTest.Result result = CliTest.run(args);
        assertEquals(0, result.exit(), result.err());
        return new ObjectMapper().readTree(result.out()).get("articles").get(0).get("figures");
    }

    private static JsonNode find(JsonNode figures, String text) {
        for (JsonNode figure : figures) {
            if (figure.get("text").asText().equals(text)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + text + " in " + figures);
    }

    @Test
    void figuresPublishedTurnsSaturdayAndThisYearIntoDates() throws Exception {
        Path file = Files.writeString(temp.resolve("a.txt"), BODY);

        JsonNode undated = figures("figures", "--json", file.toString());
        JsonNode dated = figures("figures", "--json", "--published", "2025-07-06", file.toString());

        assertTrue(find(undated, "26320").get("periodFrom").isNull());
        assertEquals("On Saturday", find(dated, "26320").get("period").asText());
        assertEquals("2025-07-05", find(dated, "26320").get("periodFrom").asText());
        assertEquals("2025-07-05", find(dated, "26320").get("periodTo").asText());
        assertEquals("this year", find(dated, "More than 2.6 million").get("period").asText());
        assertEquals("2025-01-01", find(dated, "More than 2.6 million").get("periodFrom").asText());
    }

    @Test
    void aFilesOwnDateWinsOverPublished() throws Exception {
        Path file = Files.writeString(temp.resolve("a.md"), "---\ndate: 2016-02-04\n---\n" + BODY);

        JsonNode figures = figures("figures", "--json", "--published", "2025-07-06", file.toString());

        // Thursday 4 February 2016: the Saturday before it.
        assertEquals("2016-01-30", find(figures, "26320").get("periodFrom").asText());
        assertEquals("2016-01-01", find(figures, "More than 2.6 million").get("periodFrom").asText());
        int start = find(figures, "26320").get("start").asInt();
        assertEquals(BODY.indexOf("26320"), start, "offsets count from the text without its front matter");
    }

    @Test
    void checkPublishedDatesTheFilesItImportsAndTheirFigures() throws Exception {
        Path undated = Files.writeString(temp.resolve("undated.txt"), BODY);
        Path page = Files.writeString(temp.resolve("page.html"), "<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2016-02-04T22:00:00-05:00\"}</script></head>"
                + "<body><h1>Deportations rise</h1><p>On Saturday, 400 people left Iran.</p></body></html>");
        Path db = temp.resolve("ledger");

        CliTest.Result result = CliTest.run("check", "--json", "--db", db.toString(), "--published", "2025-07-06",
                undated.toString(), page.toString());

        assertEquals(0, result.exit(), result.err());
        try (LedgerStore store = LedgerStore.open(db, "tester")) {
            Article plain = stored(store, "undated.txt");
            assertEquals(LocalDate.of(2025, 7, 6), plain.metadata().publishedOn());
            assertEquals(LocalDate.of(2016, 2, 4), stored(store, "page.html").metadata().publishedOn(),
                    "the page's own date, in its own offset");
            Figure saturday = store.figuresOf(plain.id()).stream()
                    .filter(figure -> figure.text().equals("26320")).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2025, 7, 5), saturday.context().periodFrom());
        }
    }

    private static Article stored(LedgerStore store, String sourceName) {
        return store.articles().stream().map(summary -> store.article(summary.id()).orElseThrow())
                .filter(article -> sourceName.equals(article.sourceName())).findFirst().orElseThrow();
    }
}
