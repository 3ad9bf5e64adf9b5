package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 random-Unicode article files (see {@link RandomArticles}) through {@code check --json} and {@code figures
 * --json}, in process: stdout is always one valid JSON document of the documented shape, and the exit code is 0,
 * or 1 with a line on stderr naming each refused file. The seed is fixed, so a failure names a file to replay.
 */
class CliFuzzTest {

    private static final int FILES = 200;
    private static final long SEED = 15;
    private static final int BATCH = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private final List<Path> files = new ArrayList<>();

    @BeforeEach
    void writeFiles() throws IOException {
        RandomArticles articles = new RandomArticles(SEED);
        for (int i = 0; i < FILES; i++) {
            files.add(Files.write(temp.resolve(String.format("fuzz-%03d.txt", i)), articles.next()));
        }
    }

    @Test
    void checkJsonAlwaysPrintsValidJson() {
        assertEquals(List.of(), brokenBatches("check", "--json"), "batches of " + BATCH + " files");
    }

    @Test
    void figuresJsonAlwaysPrintsValidJson() {
        assertEquals(List.of(), brokenBatches("figures", "--json", "--all"), "batches of " + BATCH + " files");
    }

    @Test
    void checkJsonGivesOffsetsInsideTheText() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--json"));
        files.subList(0, 40).forEach(file -> args.add(file.toString()));

        CliTest.Result result = CliTest.run(args.toArray(String[]::new));

        for (JsonNode finding : JSON.readTree(result.out()).get("findings")) {
            for (JsonNode figure : finding.get("figures")) {
                assertTrue(figure.get("start").asInt() >= 0, figure.toString());
                assertTrue(figure.get("end").asInt() >= figure.get("start").asInt(), figure.toString());
            }
        }
    }

    /**
     * Runs the command on the files {@link #BATCH} at a time (each run of {@code check} migrates a fresh ledger,
     * so one file per run took minutes) and names the batches that broke the contract, and how.
     */
    private List<String> brokenBatches(String... command) {
        List<String> broken = new ArrayList<>();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            List<String> args = new ArrayList<>(List.of(command));
            batch.forEach(file -> args.add(file.toString()));
            String problem = problem(CliTest.run(args.toArray(String[]::new)), batch, command[0]);
            if (problem != null) {
                broken.add(batch.get(0).getFileName() + "..: " + problem);
            }
        }
        return broken;
    }

    /** Why the run broke the contract, or null when it kept it. */
    private static String problem(CliTest.Result result, List<Path> batch, String command) {
        if (result.exit() != 0 && result.exit() != ClaimdeskCli.EXIT_PROBLEM) {
            return "exit " + result.exit() + ", stderr: " + firstLine(result.err());
        }
        for (String line : result.err().lines().toList()) {
            if (batch.stream().noneMatch(file -> line.contains(file.getFileName().toString()))) {
                return "stderr names no file: " + firstLine(line);
            }
        }
        if (result.exit() == ClaimdeskCli.EXIT_PROBLEM && result.err().isBlank()) {
            return "exit 1 and nothing on stderr";
        }
        String listName = command.equals("check") ? "findings" : "articles";
        try {
            JsonNode root = JSON.readTree(result.out());
            if (root == null || !root.has(listName) || !root.get(listName).isArray()) {
                return "no \"" + listName + "\" list in: " + firstLine(result.out());
            }
        } catch (IOException e) {
            return "not JSON (" + firstLine(e.getMessage()) + "), stderr: " + firstLine(result.err());
        }
        return null;
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
