package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClaimdeskCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void importThenListPrintsTheFiveHeadlines() throws Exception {
        String db = temp.resolve("x").toString();
        List<String> args = new ArrayList<>(List.of("import", "--db", db));
        try (var seeds = Files.list(Path.of("seeds"))) {
            seeds.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> args.add(f.toString()));
        }

        Result imported = run(args.toArray(String[]::new));
        Result listed = run("list", "--db", db);

        assertEquals(0, imported.exit(), imported.err());
        assertEquals(0, listed.exit(), listed.err());
        List<String> lines = listed.out().lines().toList();
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).endsWith("0 claims  Iran Steps Up Deportations Of Afghans, Schedules Talks With Taliban"),
                lines.get(0));
        assertTrue(lines.get(3).endsWith("as the latest UN figures\u2026"), lines.get(3));
    }

    @Test
    void aMistypedLedgerFolderIsAnErrorForEveryCommandButImportAndCreatesNothing() {
        Path missing = temp.resolve("mistyped");

        Result listed = run("list", "--db", missing.toString());
        Result reported = run("report", "--db", missing.toString(), "--format", "csv", "--out",
                temp.resolve("r.csv").toString());

        for (Result result : List.of(listed, reported)) {
            assertEquals(ClaimdeskCli.EXIT_LEDGER, result.exit());
            assertEquals("claimdesk: no ledger at " + missing.toAbsolutePath() + " (import articles into it first:"
                    + " claimdesk import --db " + missing.toAbsolutePath() + " FILE...)", result.err().strip());
        }
        assertFalse(Files.exists(missing), "no stray ledger folder is left behind");
        assertFalse(Files.exists(temp.resolve("r.csv")), "no empty report is written");
    }

    @Test
    void importingARefusedFileExitsWithOneAndSaysWhy() throws Exception {
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);

        Result result = run("import", "--db", temp.resolve("x").toString(), empty.toString());

        assertEquals(ClaimdeskCli.EXIT_PROBLEM, result.exit());
        assertEquals("empty.txt: not imported, the file is empty", result.err().strip());
    }

    // The first line is printed before the second file is read: deleting that file when the first line arrives
    // makes its import fail. Had the command printed only at the end, both files would be in.
    @Test
    void importPrintsEachFilesOutcomeAsSoonAsItIsDone() throws Exception {
        Path first = Files.writeString(temp.resolve("first.txt"), "First headline\n\nSome text.");
        Path second = Files.writeString(temp.resolve("second.txt"), "Second headline\n\nOther text.");
        StringWriter out = new StringWriter() {
            @Override
            public void write(String text, int offset, int length) {
                second.toFile().delete();
                super.write(text, offset, length);
            }
        };
        StringWriter err = new StringWriter();

        int exit = ClaimdeskCli.run(new String[] {"import", "--db", temp.resolve("x").toString(), first.toString(),
                second.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertEquals("first.txt: imported \"First headline\"", out.toString().strip());
        assertEquals("second.txt: not imported, there is no such file", err.toString().strip());
        assertEquals(ClaimdeskCli.EXIT_PROBLEM, exit);
    }

    @Test
    void helpNamesTheDbOption() {
        Result result = run("import", "--help");

        assertEquals(0, result.exit());
        assertTrue(result.out().contains("--db=PATH"), result.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result result = run("list", "--bogus");

        assertEquals(ClaimdeskCli.EXIT_USAGE, result.exit());
        assertTrue(result.err().contains("Unknown option: '--bogus'"), result.err());
    }

    @Test
    void commandsAreToldApartFromAppArguments() {
        assertTrue(ClaimdeskCli.isCommand(new String[] {"list"}));
        assertTrue(ClaimdeskCli.isCommand(new String[] {"--version"}));
        assertEquals(false, ClaimdeskCli.isCommand(new String[] {"--db", "/tmp/x"}));
        assertEquals(false, ClaimdeskCli.isCommand(new String[0]));
    }
}
