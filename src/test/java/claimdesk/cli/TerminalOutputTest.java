package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escape sequences planted in an article and its file name reach the ledger as they are, but never the terminal:
 * every command that prints article text shows them as visible stand-ins, and JSON escapes them.
 */
class TerminalOutputTest {

    // Retitles the terminal window, clears the screen, colours red (by ESC [ and by the one-character CSI).
    private static final String HEADLINE = "Breaking\u001b]0;owned\u0007 news\u001b[2J here\u009b31m now";
    private static final String BODY = "More than 75,000 \u001b[31mmigrants left Iran in the past two weeks, officials "
            + "said on Sunday in the provincial capital of the region.";

    @TempDir
    Path temp;

    @Test
    void listAndImportShowEscapesAsVisibleStandIns() throws Exception {
        String db = temp.resolve("x").toString();
        Path file = Files.writeString(temp.resolve("evil\u001b[2J.txt"), HEADLINE + "\n\n" + BODY);

        CliTest.Result imported = CliTest.run("import", "--db", db, file.toString());
        CliTest.Result listed = CliTest.run("list", "--db", db);

        assertEquals(0, imported.exit(), imported.err());
        assertEquals("evil\u241b[2J.txt: imported \"Breaking\u241b]0;owned\u2407 news\u241b[2J here\ufffd31m now\"",
                imported.out().strip());
        assertTrue(listed.out().strip()
                .endsWith("0 claims  Breaking\u241b]0;owned\u2407 news\u241b[2J here\ufffd31m now"), listed.out());
        assertNoControls(imported.out() + imported.err() + listed.out() + listed.err());
    }

    @Test
    void figuresTableAndCheckReportShowEscapesAsVisibleStandIns() throws Exception {
        Path first = Files.writeString(temp.resolve("a\u001b[31m.txt"), HEADLINE + "\n\n" + BODY);
        Path second = Files.writeString(temp.resolve("b.txt"), "Other news\n\n" + BODY.replace("75,000", "80,000"));

        CliTest.Result figures = CliTest.run("figures", first.toString());
        CliTest.Result check = CliTest.run("check", first.toString(), second.toString());

        assertEquals(0, figures.exit(), figures.err());
        assertTrue(figures.out().contains("a\u241b[31m.txt"), figures.out());
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("\u241b[31m"), check.out());
        assertNoControls(figures.out() + figures.err() + check.out() + check.err());
    }

    @Test
    void jsonEscapesControlCharactersAndKeepsTheExactText() throws Exception {
        Path first = Files.writeString(temp.resolve("a\u001b[31m.txt"), HEADLINE + "\n\n" + BODY);
        Path second = Files.writeString(temp.resolve("b.txt"), "Other news\n\n" + BODY.replace("75,000", "80,000"));

        CliTest.Result figures = CliTest.run("figures", "--json", first.toString());
        CliTest.Result check = CliTest.run("check", "--json", first.toString(), second.toString());

        assertNoControls(figures.out() + check.out());
        assertTrue(check.out().contains("a\\u001B[31m.txt"), check.out());
        var finding = new ObjectMapper().readTree(check.out()).at("/findings/0");
        assertEquals(first.toString(), finding.at("/figures/0/file").asText());
        // Messages name articles by headline (issue 11); its control characters survive JSON escaping exactly.
        assertTrue(finding.get("message").asText().contains("Breaking\u001b]0;owned\u0007 news"), finding.toString());
        assertEquals(first.toString(), new ObjectMapper().readTree(figures.out()).at("/articles/0/file").asText());
    }

    private static void assertNoControls(String output) {
        assertFalse(output.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t'),
                output);
    }
}
