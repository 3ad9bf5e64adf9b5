package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Attachment;
import claimdesk.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, defect 3: with a passphrase set, no evidence file under the ledger folder may be readable without it,
 * whether attached before protection was turned on or after; reading, opening and turning protection off still
 * give back exactly the bytes attached.
 */
class EvidenceEncryptionTest {

    private static final String MARKER = "Quillfeather-7731 leaked memo";
    private static final byte[] BEFORE = ("%PDF-1.4 attached before protection: " + MARKER)
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] AFTER = ("notes attached while protected: " + MARKER).getBytes(StandardCharsets.UTF_8);
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path temp;

    private Path ledger() {
        return temp.resolve("ledger");
    }

    @Test
    void aProtectedLedgerKeepsNoEvidenceInClearAndReadsItBack() throws Exception {
        Attachment before;
        try (LedgerStore store = LedgerStore.open(ledger(), "tester")) {
            before = attach(store, "memo.pdf", BEFORE);
        }
        assertTrue(anyFileContains(ledger(), MARKER), "the check itself must see the plain file");
        // What H2 writes on an error: the statement with its values, in clear (see the ADR on evidence encryption).
        Files.writeString(ledger().resolve("ledger.trace.db"), "INSERT INTO attachment VALUES ('" + MARKER + "')");

        LedgerEncryption.encrypt(ledger(), PASSPHRASE);
        Attachment after;
        try (LedgerStore store = openUnlocked(PASSPHRASE)) {
            after = attach(store, "notes.txt", AFTER);
            new LedgerBackups(ledger()).backUp(store, "test");
            SourceStore sources = new SourceStore(store);
            assertArrayEquals(BEFORE, read(sources, before));
            assertArrayEquals(AFTER, read(sources, after));
        }

        assertEquals(2, storedFiles().size());
        List<Path> leaking = filesContaining(ledger(), MARKER);
        assertEquals(List.of(), leaking, "readable without the passphrase");
    }

    @Test
    void theOpenCopyIsPlainAndPrivateAndGoesOnClose() throws Exception {
        Attachment memo;
        try (LedgerStore store = openUnlocked(PASSPHRASE)) {
            memo = attach(store, "memo.pdf", BEFORE);
            Path ended = endedRunFolder(temp.resolve("run"));
            EvidenceCopies copies = EvidenceCopies.create(temp.resolve("run"));
            assertFalse(Files.exists(ended), "a folder left by an ended run is removed at start");

            Path copy = copies.copyOf(new SourceStore(store), memo);

            assertArrayEquals(BEFORE, Files.readAllBytes(copy));
            assertEquals("memo.pdf", copy.getFileName().toString());
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copies.folder())));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
            copies.close();
            assertFalse(Files.exists(copies.folder()));
        }
    }

    @Test
    void turningProtectionOnThenOffGivesBackThePlainFiles() throws Exception {
        Attachment memo;
        try (LedgerStore store = LedgerStore.open(ledger(), "tester")) {
            memo = attach(store, "memo.pdf", BEFORE);
        }
        Path stored = new AttachmentFiles(ledger(), () -> null).pathOf(memo.sha256());

        LedgerEncryption.encrypt(ledger(), PASSPHRASE);
        assertFalse(Files.readString(stored, StandardCharsets.ISO_8859_1).contains(MARKER));
        LedgerEncryption.decrypt(ledger(), PASSPHRASE);

        assertArrayEquals(BEFORE, Files.readAllBytes(stored));
        assertFalse(Files.exists(ledger().resolve(EvidenceKey.FILE)));
        assertFalse(LedgerEncryption.isEncrypted(ledger()));
        try (LedgerStore store = openUnlocked(null)) {
            assertArrayEquals(BEFORE, read(new SourceStore(store), memo));
        }
    }

    @Test
    void aWrongPassphraseIsRefusedAndChangesNothing() throws Exception {
        try (LedgerStore store = openUnlocked(PASSPHRASE)) {
            attach(store, "memo.pdf", BEFORE);
        }
        byte[] sealed = Files.readAllBytes(storedFiles().get(0));
        char[] wrong = "Tr0ub4dor&3".toCharArray();

        assertThrows(LedgerPassphraseException.class, () -> LedgerEncryption.decrypt(ledger(), wrong));
        assertThrows(LedgerPassphraseException.class, () -> EvidenceKey.unlock(ledger(), wrong));

        assertArrayEquals(sealed, Files.readAllBytes(storedFiles().get(0)));
        assertTrue(LedgerEncryption.isEncrypted(ledger()));
    }

    @Test
    void aLockedLedgerNeitherWritesNorReadsEvidence() throws Exception {
        Attachment memo;
        try (LedgerStore store = openUnlocked(PASSPHRASE)) {
            memo = attach(store, "memo.pdf", BEFORE);
        }
        try (LedgerStore store = LedgerStore.open(ledger(), "tester", PASSPHRASE)) {
            assertThrows(LedgerPassphraseException.class, () -> attach(store, "notes.txt", AFTER));
            assertThrows(LedgerPassphraseException.class, () -> read(new SourceStore(store), memo));
        }
        assertEquals(List.of(), filesContaining(ledger(), MARKER));
    }

    @Test
    void aSwitchCutShortIsFinishedOnTheNextUnlock() throws Exception {
        Attachment memo;
        try (LedgerStore store = openUnlocked(PASSPHRASE)) {
            memo = attach(store, "memo.pdf", BEFORE);
            // As if the app died halfway through encrypting: this file is still (again) in clear.
            new AttachmentFiles(ledger(), store::evidenceKey).reseal(memo.sha256(), store.evidenceKey(), false);
        }
        assertTrue(anyFileContains(ledger(), MARKER));

        try (LedgerStore store = openUnlocked(PASSPHRASE)) {
            assertArrayEquals(BEFORE, read(new SourceStore(store), memo));
        }
        assertEquals(List.of(), filesContaining(ledger(), MARKER));
    }

    private LedgerStore openUnlocked(char[] passphrase) {
        LedgerStore store = LedgerStore.open(ledger(), "tester", passphrase);
        store.unlockEvidence(passphrase);
        return store;
    }

    private Attachment attach(LedgerStore store, String name, byte[] content) throws IOException {
        SourceStore sources = new SourceStore(store);
        Source source = sources.createSource(SourceStoreTest.unhcr());
        Path file = Files.write(temp.resolve(name), content);
        try {
            return sources.attach(source.id(), file, name, "application/octet-stream",
                    "extracted: " + MARKER);
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] read(SourceStore sources, Attachment attachment) throws IOException {
        try (InputStream in = sources.openEvidence(attachment)) {
            return in.readAllBytes();
        }
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ledger().resolve("attachments"))) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** A folder as a Claimdesk run that has ended would have left it: named by a process id that is gone. */
    private static Path endedRunFolder(Path base) throws Exception {
        Process done = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        done.waitFor();
        Path folder = Files.createDirectories(base.resolve("claimdesk-open-" + done.pid() + "-123"));
        Files.writeString(folder.resolve("memo.pdf"), MARKER);
        return folder;
    }

    private static boolean anyFileContains(Path root, String text) throws IOException {
        return !filesContaining(root, text).isEmpty();
    }

    /** Every file under {@code root} (ledger, trace file, backups, attachments) whose bytes contain {@code text}. */
    static List<Path> filesContaining(Path root, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = file.toString().endsWith(".zip") ? unzipped(file) : Files.readAllBytes(file);
                if (indexOf(bytes, utf8) >= 0 || indexOf(bytes, utf16) >= 0) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static byte[] unzipped(Path zip) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            while (in.getNextEntry() != null) {
                in.transferTo(all);
            }
        }
        return all.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
