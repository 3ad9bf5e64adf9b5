package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.CaseContent;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Source;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import claimdesk.store.CaseStore;
import claimdesk.store.LedgerStore;
import claimdesk.store.SourceStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, defect 3: a case file exported from a protected ledger can be sealed with a passphrase of its own. */
class CaseFileProtectionTest {

    private static final String SECRET = "Quillfeather-7731";
    private static final String TEXT = "Leak\n\n" + SECRET + " smuggled 4,812 crates across the border.";
    private static final char[] PASSPHRASE = "case passphrase for bob".toCharArray();

    @TempDir
    Path temp;
    private LedgerStore alice;
    private LedgerStore bob;
    private CaseContent content;

    @BeforeEach
    void open() throws IOException {
        alice = LedgerStore.open(temp.resolve("alice"), "alice", "alice's ledger passphrase".toCharArray());
        alice.unlockEvidence("alice's ledger passphrase".toCharArray());
        bob = LedgerStore.open(temp.resolve("bob"), "bob");
        long article = alice.addArticle(new ArticleReader().fromTextUnchecked(TEXT)).article().id();
        Claim claim = alice.createClaim(article, TextQuote.of(TEXT, 6, 6 + SECRET.length()), List.of(),
                Verdict.FALSE, ClaimStatus.IN_REVIEW, "note about " + SECRET);
        SourceStore sources = new SourceStore(alice);
        Source memo = sources.createSource(Source.draft(null, "Memo", null, null, null, null));
        sources.attach(memo.id(), Files.writeString(temp.resolve("memo.txt"), "memo: " + SECRET), "memo.txt",
                "text/plain", "memo: " + SECRET);
        sources.link(claim.id(), memo.id(), claimdesk.model.Stance.SUPPORTS, "", null);
        content = new CaseStore(alice).export(List.of(article));
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void aProtectedCaseFileHidesEverythingAndImportsWithItsPassphrase() throws Exception {
        Path file = temp.resolve("leak" + CaseFile.EXTENSION);
        CaseFile.write(content, file, "alice", PASSPHRASE);

        assertTrue(CaseFile.isProtected(file));
        assertFalse(contains(file, SECRET), "nothing of the case may be readable without the passphrase");
        CaseStore.MergeResult result = new CaseStore(bob).merge(CaseFile.read(file, PASSPHRASE));

        assertEquals(1, result.articlesAdded());
        assertEquals(1, result.claimsAdded());
        assertEquals("note about " + SECRET, bob.allClaims().get(0).note());
        assertEquals(1, new SourceStore(bob).sources().size());
    }

    @Test
    void withoutOrWithAWrongPassphraseItIsRefused() throws Exception {
        Path file = temp.resolve("leak" + CaseFile.EXTENSION);
        CaseFile.write(content, file, "alice", PASSPHRASE);

        CasePassphraseException none = assertThrows(CasePassphraseException.class, () -> CaseFile.read(file));
        CasePassphraseException wrong = assertThrows(CasePassphraseException.class,
                () -> CaseFile.read(file, "not it at all".toCharArray()));

        assertFalse(none.passphraseGiven());
        assertTrue(wrong.passphraseGiven());
        assertEquals(List.of(), bob.articles());
    }

    @Test
    void aChangedByteInTheSealIsRefused() throws Exception {
        Path file = temp.resolve("leak" + CaseFile.EXTENSION);
        CaseFile.write(content, file, "alice", PASSPHRASE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Path damaged = Files.write(temp.resolve("damaged" + CaseFile.EXTENSION), bytes);

        assertThrows(CaseFileException.class, () -> CaseFile.read(damaged, PASSPHRASE));
        assertFalse(CaseFile.isProtected(temp.resolve("missing.claimdesk")));
    }

    @Test
    void aPlainCaseFileStillReadsWithOrWithoutAPassphrase() throws Exception {
        Path file = temp.resolve("plain" + CaseFile.EXTENSION);
        CaseFile.write(content, file, "alice");

        assertFalse(CaseFile.isProtected(file));
        assertTrue(contains(file, SECRET), "the check itself must see a plain case");
        assertEquals(1, CaseFile.read(file, PASSPHRASE).claims().size());
    }

    /** Whether the file, or any entry of it unpacked, contains {@code text}. */
    private static boolean contains(Path file, String text) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(Files.readAllBytes(file));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(all);
                }
            }
        }
        return new String(all.toByteArray(), StandardCharsets.ISO_8859_1).contains(text);
    }
}
