package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 defect 2 as the tester met it: one article with a 36-digit amount, then every later command. */
class AbsurdNumberCliTest {

    private static final String DIGITS = "100000000000000000000000000000000000";

    @TempDir
    Path temp;

    @Test
    void aThirtySixDigitAmountIsImportedAndEveryLaterCheckWorks() throws Exception {
        Path absurd = Files.writeString(temp.resolve("absurd.txt"),
                "Absurd\n\nThe fund held " + DIGITS + " dollars, and 40 people left.");
        String db = temp.resolve("ledger").toString();

        CliTest.Result imported = CliTest.run("import", "--db", db, absurd.toString(),
                "seeds/000_855578ea834ac26d.txt");
        CliTest.Result checked = CliTest.run("check", "--db", db, "--json");
        CliTest.Result again = CliTest.run("check", "--db", db);

        assertEquals(0, imported.exit(), imported.err());
        assertEquals("", imported.err());
        assertTrue(imported.out().startsWith("absurd.txt: imported \"Absurd\""), imported.out());
        assertEquals(0, checked.exit(), checked.err());
        assertTrue(new ObjectMapper().readTree(checked.out()).get("findings").isArray());
        assertEquals(0, again.exit(), again.err());
    }

    @Test
    void figuresJsonPrintsTheAmountInFull() throws Exception {
        Path absurd = Files.writeString(temp.resolve("absurd.txt"), "Absurd\n\nThe fund held " + DIGITS + " dollars.");

        CliTest.Result result = CliTest.run("figures", "--json", absurd.toString());

        assertEquals(0, result.exit(), result.err());
        JsonNode figure = new ObjectMapper().readTree(result.out()).get("articles").get(0).get("figures").get(0);
        assertEquals(DIGITS, figure.get("low").asText());
        assertEquals("USD", figure.get("currency").asText());
    }
}
