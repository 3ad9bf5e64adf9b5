package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --json} on the seeds and on planted errors: the contract shape and the findings a reviewer needs. */
class CheckCommandTest {

    @TempDir
    Path temp;

    private static List<String> seeds() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.map(Path::toString).filter(f -> f.endsWith(".txt")).sorted().toList();
        }
    }

    private static JsonNode check(List<String> files) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--json"));
        args.addAll(files);
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.err());
        return new ObjectMapper().readTree(result.out()).get("findings");
    }

    private static List<JsonNode> ofKind(JsonNode findings, String kind) {
        List<JsonNode> found = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("kind").asText().equals(kind)) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    void seedsShowTheDifferingTotalsAndNoBrokenSumOrConflict() throws Exception {
        JsonNode findings = check(seeds());

        assertTrue(ofKind(findings, "sum").isEmpty(), "12574 + 13746 = 26320 holds");
        assertTrue(ofKind(findings, "conflict").isEmpty());
        assertTrue(ofKind(findings, "copy-changed").isEmpty(), "001 and 002 agree today");
        JsonNode totals = ofKind(findings, "differs").stream()
                .filter(f -> f.get("message").asText().contains("more than 1.2 million")
                        && f.get("message").asText().contains("more than 2.6 million"))
                .findFirst().orElseThrow();
        JsonNode figure = totals.get("figures").get(0);
        assertEquals("seeds/000_855578ea834ac26d.txt", figure.get("file").asText());
        String text = Files.readString(Path.of(figure.get("file").asText())).strip();
        assertEquals(figure.get("text").asText(),
                text.substring(figure.get("start").asInt(), figure.get("end").asInt()));
        assertFalse(ofKind(findings, "duplicate").isEmpty(), "000 repeats its lead; 001 and 002 share paragraphs");
        for (JsonNode f : findings) {
            assertFalse(f.get("message").asText().contains("2.6 million")
                    && f.get("message").asText().contains("registered"), "expelled and registered are two measures");
        }
    }

    @Test
    void seedsGiveTheirThreeRepeatsAndOneLowConfidenceNote() throws Exception {
        JsonNode findings = check(seeds());

        // Issue 11: every other numeric finding on the seeds was a false alarm.
        assertEquals(3, ofKind(findings, "duplicate").size(), findings.toString());
        assertEquals(4, findings.size(), findings.toString());
        JsonNode note = ofKind(findings, "differs").get(0);
        assertEquals("low", note.get("confidence").asText());
        assertEquals("same-quantity", note.get("relation").asText());
        assertTrue(note.get("message").asText().contains("\u201cIran Steps Up Deportations Of Afghans"),
                "named by headline: " + note.get("message").asText());
        assertTrue(note.get("why").asText().contains("year-to-date"), note.get("why").asText());
        JsonNode parts = note.get("measureParts");
        assertEquals("deport", parts.get("counted").asText());
        assertEquals("iran+pakistan", parts.get("place").asText());
        assertEquals("actual", parts.get("mode").asText());
        assertEquals("count", parts.get("dimension").asText());
        for (JsonNode duplicate : ofKind(findings, "duplicate")) {
            assertEquals("passage", duplicate.get("relation").asText());
            assertFalse(duplicate.get("why").asText().isEmpty());
        }
    }

    @Test
    void theReadableReportPrintsWhyUnderEachMessage() throws Exception {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(seeds());

        CliTest.Result result = CliTest.run(args.toArray(String[]::new));

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("    why (low confidence): Possibly the same quantity"), result.out());
    }

    @Test
    void aChangedPartBreaksTheSumAndIsFlagged() throws Exception {
        Path seed = Path.of(seeds().get(0));
        Path broken = Files.writeString(temp.resolve("000-broken.txt"),
                Files.readString(seed).replace("13746 crossed", "13476 crossed"));

        JsonNode sums = new ObjectMapper().valueToTree(ofKind(check(List.of(broken.toString())), "sum"));

        assertEquals(1, sums.size(), sums.toString());
        assertEquals("12574 + 13476 = 26050, not 26320", sums.get(0).get("message").asText());
    }

    @Test
    void aNumberChangedInACopiedParagraphIsFlagged() throws Exception {
        List<String> files = new ArrayList<>(seeds());
        Path copy = Path.of(files.get(2));
        Path changed = Files.writeString(temp.resolve("002-changed.txt"),
                Files.readString(copy).replace("286,631", "268,631"));
        files.set(2, changed.toString());

        List<JsonNode> copies = ofKind(check(files), "copy-changed");

        assertEquals(1, copies.size());
        String message = copies.get(0).get("message").asText();
        assertTrue(message.contains("286,631") && message.contains("268,631"), message);
    }

    @Test
    void readableReportNamesKindsAndFiles() throws Exception {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(seeds());

        CliTest.Result result = CliTest.run(args.toArray(String[]::new));

        assertEquals(0, result.exit());
        assertTrue(result.out().contains("[differs]"), result.out());
        assertTrue(result.out().contains("seeds/000_855578ea834ac26d.txt:"), result.out());
    }
}
