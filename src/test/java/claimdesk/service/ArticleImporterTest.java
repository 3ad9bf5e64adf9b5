package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Progress;
import claimdesk.store.LedgerStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImporterTest {

    @TempDir
    Path temp;
    private LedgerStore store;
    private ArticleImporter importer;

    @BeforeEach
    void open() {
        store = LedgerStore.open(temp.resolve("ledger"), "tester");
        importer = new ArticleImporter(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importsTheSeedsAndKeepsTheirText() throws Exception {
        List<Path> seeds = seedFiles();
        List<long[]> progress = new ArrayList<>();

        List<ImportOutcome> outcomes = importer.importFiles(seeds, (done, total) -> progress.add(new long[] {done, total}));

        assertEquals(5, outcomes.size());
        outcomes.forEach(outcome -> assertInstanceOf(ImportOutcome.Imported.class, outcome));
        assertEquals(5, store.articles().size());
        assertEquals(5, progress.size());
        assertEquals(5, progress.get(4)[0]);
        String firstSeed = Files.readString(seeds.get(0), StandardCharsets.UTF_8).strip();
        assertEquals(firstSeed, store.article(store.articles().get(0).id()).orElseThrow().text());
    }

    @Test
    void theSameTextTwiceIsRecognised() throws Exception {
        Path seed = seedFiles().get(0);
        Path copy = Files.writeString(temp.resolve("copy.txt"),
                Files.readString(seed).replace("\n", "\r\n") + "\n\n");

        importer.importFile(seed);
        ImportOutcome second = importer.importFile(copy);

        ImportOutcome.AlreadyThere again = assertInstanceOf(ImportOutcome.AlreadyThere.class, second);
        assertEquals("Iran Steps Up Deportations Of Afghans, Schedules Talks With Taliban", again.article().headline());
        assertEquals(1, store.articles().size());
    }

    @Test
    void aBadFileIsReportedAndTheOthersStillImport() throws Exception {
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(temp.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10});
        Path latin1 = Files.write(temp.resolve("latin1.txt"), "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = temp.resolve("gone.txt");
        Path good = seedFiles().get(4);

        List<ImportOutcome> outcomes = importer.importFiles(List.of(empty, binary, latin1, missing, good),
                Progress.NONE);

        assertEquals("empty.txt: not imported, the file is empty", outcomes.get(0).describe());
        assertEquals("photo.jpg: not imported, the file is binary, not text", outcomes.get(1).describe());
        assertInstanceOf(ImportOutcome.Refused.class, outcomes.get(2));
        assertEquals("gone.txt: not imported, there is no such file", outcomes.get(3).describe());
        assertInstanceOf(ImportOutcome.Imported.class, outcomes.get(4));
        assertEquals(1, store.articles().size());
    }

    @Test
    void eachOutcomeIsHeardBeforeTheNextFileIsImported() throws Exception {
        List<Path> seeds = seedFiles().subList(0, 3);
        List<String> heard = new ArrayList<>();

        importer.importFiles(seeds, Progress.NONE,
                outcome -> heard.add(outcome.fileName() + " with " + store.articles().size() + " in the ledger"));

        assertEquals(List.of(seeds.get(0).getFileName() + " with 1 in the ledger",
                seeds.get(1).getFileName() + " with 2 in the ledger",
                seeds.get(2).getFileName() + " with 3 in the ledger"), heard);
    }

    @Test
    void aFolderIsCalledAFolder() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("articles"));

        assertEquals("articles: not imported, it is a folder, not a file", importer.importFile(folder).describe());
    }

    // Received material may hold a link to the reviewer's own files; importing it would copy them into a ledger
    // that may be handed over. So a link is refused, naming where it points.
    @Test
    void aSymbolicLinkIsRefusedNamingItsTarget() throws Exception {
        Path target = seedFiles().get(0).toAbsolutePath();
        Path link = Files.createSymbolicLink(temp.resolve("innocent.txt"), target);

        ImportOutcome outcome = importer.importFile(link);

        assertEquals("innocent.txt: not imported, it is a symbolic link to " + target
                + "; links are not followed, import the file itself if you mean it", outcome.describe());
        assertEquals(0, store.articles().size());
    }

    @Test
    void aLinkToAFolderOrToNothingIsRefusedAsALink() throws Exception {
        Path toFolder = Files.createSymbolicLink(temp.resolve("folder-link"), temp);
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling.txt"), temp.resolve("gone.txt"));

        assertTrue(importer.importFile(toFolder).describe().contains("it is a symbolic link to " + temp));
        assertTrue(importer.importFile(dangling).describe()
                .contains("it is a symbolic link to " + temp.resolve("gone.txt")));
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path pipe = temp.resolve("pipe.txt");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");

        assertEquals("pipe.txt: not imported, it is not a regular file (a device, pipe or socket)",
                importer.importFile(pipe).describe());
    }

    @Test
    void pastedTextBecomesAnArticle() {
        ImportOutcome outcome = importer.importText("pasted text", "Pasted headline\n\nSome 3,000 people.");

        assertEquals("pasted text: imported \"Pasted headline\"", outcome.describe());
    }

    static List<Path> seedFiles() throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
