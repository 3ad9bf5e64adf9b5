package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Attachment;
import claimdesk.model.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceAttachmentTest {

    @TempDir
    Path folder;
    @TempDir
    Path desk;
    private LedgerStore ledger;
    private SourceStore sources;

    @BeforeEach
    void open() {
        ledger = LedgerStore.open(folder.resolve("ledger"), "tester");
        sources = new SourceStore(ledger);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(desk.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void theSameBytesAreStoredOnceUnderTheirHash() throws Exception {
        Source a = sources.createSource(SourceStoreTest.unhcr());
        Source b = sources.createSource(Source.draft(null, "Copy", null, null, null, null));
        Path first = file("report.txt", "30,000 returned");
        Path copy = file("report-copy.txt", "30,000 returned");

        Attachment one = sources.attach(a.id(), first, "report.txt", "text/plain", "30,000 returned");
        Attachment two = sources.attach(b.id(), copy, "report-copy.txt", "text/plain", "30,000 returned");
        Attachment again = sources.attach(a.id(), first, "report.txt", "text/plain", "30,000 returned");

        assertEquals(one, two);
        assertEquals(one, again);
        assertEquals(1, sources.attachmentsOf(a.id()).size());
        Path stored = sources.fileOf(one);
        assertEquals(folder.resolve("ledger/attachments").resolve(one.sha256().substring(0, 2)).resolve(one.sha256()),
                stored);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(stored));
        assertEquals(64, one.sha256().length());
        assertEquals(15, one.size());
        assertEquals(1, storedFiles().size(), "no temp files left behind");
    }

    @Test
    void aFileIsRemovedOnlyWhenNoSourceUsesIt() throws Exception {
        Source a = sources.createSource(SourceStoreTest.unhcr());
        Source b = sources.createSource(Source.draft(null, "Copy", null, null, null, null));
        Attachment shared = sources.attach(a.id(), file("x.txt", "shared"), "x.txt", "text/plain", "shared");
        sources.attach(b.id(), file("y.txt", "shared"), "y.txt", "text/plain", "shared");

        sources.detach(a.id(), shared.id());
        assertTrue(Files.exists(sources.fileOf(shared)), "b still uses it");
        assertEquals(List.of(shared), sources.attachmentsOf(b.id()));

        sources.deleteSource(b.id());
        assertFalse(Files.exists(sources.fileOf(shared)));
        assertTrue(storedFiles().isEmpty());
    }

    @Test
    void attachingIsAudited() throws Exception {
        Source a = sources.createSource(SourceStoreTest.unhcr());
        sources.attach(a.id(), file("x.txt", "text"), "x.txt", "text/plain", "text");

        assertTrue(ledger.auditOf("source", a.id()).stream()
                .anyMatch(e -> e.field().equals("attachment") && e.newValue().startsWith("x.txt")));
    }

    private List<Path> storedFiles() throws Exception {
        Path root = folder.resolve("ledger/attachments");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
