package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.ClaimStatus;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerEncryptionTest {

    private static final String SECRET = "Quillfeather smuggled 4,812 crates";
    private static final String TEXT = "Leak\n\n" + SECRET + " across the border, the source said.";
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path folder;

    private static void fill(LedgerStore store) {
        long article = store.addArticle(new NewArticle(ArticleMetadata.headlineOnly("Leak"), TEXT, "leak-hash",
                "leak.txt")).article().id();
        store.createClaim(article, TextQuote.of(TEXT, 6, 6 + SECRET.length()), List.of("figure"), Verdict.FALSE,
                ClaimStatus.IN_REVIEW, "confidential note");
    }

    private static boolean fileContains(Path file, String text) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    private Path dbFile() {
        return folder.resolve("ledger.mv.db");
    }

    @Test
    void aPlainLedgerShowsClaimTextButAnEncryptedOneDoesNot() throws IOException {
        Path plain = folder.resolve("plain");
        try (LedgerStore store = LedgerStore.open(plain, "tester")) {
            fill(store);
            // Read while open: the compaction at close also compresses, which would hide the text as well.
            assertTrue(fileContains(plain.resolve("ledger.mv.db"), SECRET), "the check itself must see plain text");
        }

        try (LedgerStore store = LedgerStore.open(folder, "tester", PASSPHRASE)) {
            fill(store);
        }
        assertTrue(LedgerEncryption.isEncrypted(folder));
        assertFalse(fileContains(dbFile(), SECRET));
        assertFalse(fileContains(dbFile(), "confidential note"));
    }

    @Test
    void opensOnlyWithTheRightPassphrase() {
        try (LedgerStore store = LedgerStore.open(folder, "tester", PASSPHRASE)) {
            fill(store);
        }

        LedgerPassphraseException none = assertThrows(LedgerPassphraseException.class,
                () -> LedgerStore.open(folder, "tester"));
        assertFalse(none.passphraseGiven());
        assertTrue(none.getMessage().contains("passphrase"), none.getMessage());
        LedgerPassphraseException wrong = assertThrows(LedgerPassphraseException.class,
                () -> LedgerStore.open(folder, "tester", "correct horse".toCharArray()));
        assertTrue(wrong.passphraseGiven());
        assertTrue(wrong.getMessage().contains("wrong"), wrong.getMessage());

        try (LedgerStore store = LedgerStore.open(folder, "tester", PASSPHRASE)) {
            assertEquals(SECRET, store.allClaims().get(0).quote().exact());
        }
    }

    @Test
    void encryptsAnExistingLedgerAndItsBackups() throws IOException {
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            fill(store);
            new LedgerBackups(folder).backUp(store, "exit");
        }
        LedgerBackups.Backup backup = new LedgerBackups(folder).list().get(0);
        assertTrue(zippedLedgerContains(backup.file(), SECRET));

        LedgerEncryption.encrypt(folder, PASSPHRASE);

        assertFalse(fileContains(dbFile(), SECRET));
        assertFalse(zippedLedgerContains(backup.file(), SECRET));
        assertThrows(LedgerPassphraseException.class, () -> LedgerEncryption.decrypt(folder, "nope".toCharArray()));
        new LedgerBackups(folder).restore(backup);
        try (LedgerStore store = LedgerStore.open(folder, "tester", PASSPHRASE)) {
            assertEquals("confidential note", store.allClaims().get(0).note());
        }
        LedgerEncryption.decrypt(folder, PASSPHRASE);
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            assertEquals(1, store.allClaims().size());
        }
    }

    private static boolean zippedLedgerContains(Path zip, String text) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(text);
        }
    }
}
