package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} without {@code --db} checks the files in memory (issue 11); it must print what a check of the same
 * files added to a fresh ledger prints, refusals, duplicates and the publication-date fallback included.
 */
class FileCheckTest {

    @TempDir
    Path temp;

    private List<String> files;

    /** The seeds, a planted broken sum, a second copy of a seed, a missing file and a folder; made once a test. */
    private List<String> files() throws Exception {
        if (files != null) {
            return files;
        }
        files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            seeds.map(Path::toString).filter(f -> f.endsWith(".txt")).sorted().forEach(files::add);
        }
        Path seed = Path.of(files.get(0));
        files.add(Files.writeString(temp.resolve("000-broken.txt"),
                Files.readString(seed).replace("13746 crossed", "13476 crossed")).toString());
        files.add(Files.copy(seed, temp.resolve("000-again.txt")).toString());
        files.add(temp.resolve("missing.txt").toString());
        files.add(Files.createDirectory(temp.resolve("folder")).toString());
        return files;
    }

    private CliTest.Result check(boolean json, String db) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--published", "2025-07-06"));
        if (json) {
            args.add("--json");
        }
        if (db != null) {
            args.addAll(List.of("--db", db));
        }
        args.addAll(files());
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void jsonIsTheSameAsAFreshLedgersCheckOfTheFiles() throws Exception {
        CliTest.Result inMemory = check(true, null);
        CliTest.Result ledger = check(true, temp.resolve("ledger").toString());

        assertEquals(ledger.out(), inMemory.out());
        assertEquals(ledger.err(), inMemory.err());
        assertEquals(ClaimdeskCli.EXIT_PROBLEM, inMemory.exit(), "two files refused");
        assertTrue(inMemory.out().contains("12574 + 13476 = 26050, not 26320"), inMemory.out());
    }

    @Test
    void readableReportIsTheSameAsAFreshLedgersCheck() throws Exception {
        CliTest.Result inMemory = check(false, null);
        CliTest.Result ledger = check(false, temp.resolve("ledger").toString());

        assertEquals(ledger.out(), inMemory.out());
        assertEquals(ledger.exit(), inMemory.exit());
    }

    @Test
    void refusedFilesAreNamedInTheOrderGivenAndTheRestIsChecked() throws Exception {
        CliTest.Result result = check(true, null);

        List<String> lines = result.err().lines().toList();
        assertEquals(2, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith("missing.txt: not imported, there is no such file"), lines.get(0));
        assertTrue(lines.get(1).startsWith("folder: not imported, it is a folder"), lines.get(1));
        assertTrue(result.out().contains("\"findings\":[{"), result.out());
    }

    @Test
    void aFileWithTheSameTextAsAnEarlierOneIsNotCheckedTwice() throws Exception {
        String out = check(true, null).out();

        assertTrue(out.contains("seeds/000_855578ea834ac26d.txt"), out);
        assertTrue(!out.contains("000-again.txt"), "the copy adds no findings of its own: " + out);
    }
}
