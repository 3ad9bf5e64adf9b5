package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code figures --json} shape is a contract read by scripts: field names, types and offsets. */
class FiguresCommandTest {

    private static final String SEED = "seeds/000_855578ea834ac26d.txt";

    @TempDir
    Path temp;

    @Test
    void printsTheContractShapeForASeed() throws Exception {
        CliTest.Result result = CliTest.run("figures", "--json", SEED);

        assertEquals(0, result.exit(), result.err());
        JsonNode article = new ObjectMapper().readTree(result.out()).get("articles").get(0);
        assertEquals(SEED, article.get("file").asText());
        JsonNode figure = find(article.get("figures"), "more than 75,000");
        String text = Files.readString(Path.of(SEED)).strip();
        assertEquals("more than 75,000", text.substring(figure.get("start").asInt(), figure.get("end").asInt()));
        assertTrue(figure.get("low").isIntegralNumber());
        assertEquals(75000, figure.get("low").asLong());
        assertTrue(figure.get("high").isNull());
        assertEquals(false, figure.get("lowInclusive").asBoolean());
        assertEquals(false, figure.get("approx").asBoolean());
        assertEquals("count", figure.get("kind").asText());
        assertTrue(figure.get("unit").isNull());
        assertEquals("more than", figure.get("qualifier").asText());
        assertEquals("undocumented Afghan migrants", figure.get("subject").asText());
        assertEquals("left", figure.get("event").asText());
        assertEquals("Iran", figure.get("place").asText());
        assertEquals("in the past two weeks", figure.get("period").asText());
        assertEquals("Bijar", figure.get("source").asText());
        for (String field : List.of("start", "end", "text", "low", "high", "lowInclusive", "approx", "kind", "unit",
                "qualifier", "subject", "event", "place", "period", "source")) {
            assertTrue(figure.has(field), field);
        }
    }

    @Test
    void linksTheEndOfAChangeToItsStartAndGivesSubunitAmounts() throws Exception {
        String text = "Gold fell from $2,415 to $2,315 an ounce, and Acme shares rose 19 cents.";
        Path file = Files.writeString(temp.resolve("change.txt"), "Markets\n\n" + text);

        JsonNode figures = new ObjectMapper().readTree(CliTest.run("figures", "--json", file.toString()).out())
                .get("articles").get(0).get("figures");

        JsonNode from = find(figures, "$2,415");
        JsonNode to = find(figures, "$2,315");
        JsonNode cents = find(figures, "19 cents");
        assertTrue(from.get("changeFrom").isNull());
        assertEquals(from.get("start").asInt(), to.get("changeFrom").asInt());
        assertEquals(19, cents.get("low").asInt());
        assertEquals("cent", cents.get("unit").asText());
        assertEquals(0, new java.math.BigDecimal("0.19").compareTo(cents.get("amountLow").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("0.19").compareTo(cents.get("amountHigh").decimalValue()));
        assertEquals(2415, from.get("amountLow").asInt());
    }

    @Test
    void nonStatisticsAreListedOnlyWithAll() throws Exception {
        Path file = Files.writeString(temp.resolve("a.txt"), "Title\n\nOn 6 July 2025, 3,000 people left.");

        JsonNode plain = new ObjectMapper().readTree(CliTest.run("figures", "--json", file.toString()).out());
        JsonNode all = new ObjectMapper().readTree(CliTest.run("figures", "--json", "--all", file.toString()).out());

        assertEquals(1, plain.get("articles").get(0).get("figures").size());
        assertEquals("date", all.get("articles").get(0).get("figures").get(0).get("kind").asText());
    }

    @Test
    void aRefusedFileIsNamedAndTheOthersStillPrint() throws Exception {
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);

        CliTest.Result result = CliTest.run("figures", "--json", empty.toString(), SEED);

        assertEquals(ClaimdeskCli.EXIT_PROBLEM, result.exit());
        assertEquals("empty.txt: the file is empty", result.err().strip());
        assertEquals(1, new ObjectMapper().readTree(result.out()).get("articles").size());
    }

    @Test
    void tableIsReadable() {
        CliTest.Result result = CliTest.run("figures", SEED, "--published", "2025-07-06");

        assertTrue(result.out().contains("> 75,000 undocumented Afghan migrants \u00b7 left \u00b7 Iran \u00b7 "
                + "2025-06-22..2025-07-06 \u00b7 Bijar"), result.out());
    }

    private static JsonNode find(JsonNode figures, String text) {
        for (JsonNode figure : figures) {
            if (figure.get("text").asText().equals(text)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + text + " in " + figures);
    }
}
