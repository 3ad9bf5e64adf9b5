package claimdesk.store;

import claimdesk.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import org.h2.tools.ChangeFileEncryption;

/**
 * Passphrase protection of a ledger file with H2's {@code CIPHER=AES}. A passphrase is only needed when the file is
 * encrypted (or to create a new ledger encrypted); a plain ledger ignores it. Whether a file is encrypted is read
 * from its first bytes, so no marker file can get out of step with the data. Backups are encrypted along with the
 * ledger, since a plain backup beside an encrypted ledger would defeat the point, and so are the evidence files
 * under {@code attachments/} ({@link EvidenceProtection}).
 */
public final class LedgerEncryption {

    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    private LedgerEncryption() {
    }

    /** True when the ledger file exists and is encrypted. */
    public static boolean isEncrypted(Path folder) {
        Path file = folder.resolve(LedgerStore.DATABASE_NAME + ".mv.db");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new LedgerException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Encrypts a closed, plain ledger, its backups and its evidence files with {@code passphrase}. */
    public static void encrypt(Path folder, char[] passphrase) {
        change(folder, null, passphrase);
    }

    /** Decrypts a closed, encrypted ledger, its backups and evidence; a wrong passphrase fails and changes nothing. */
    public static void decrypt(Path folder, char[] passphrase) {
        change(folder, passphrase, null);
    }

    private static void change(Path folder, char[] oldPassphrase, char[] newPassphrase) {
        char[] from = oldPassphrase == null ? null : filePassword(oldPassphrase);
        char[] to = newPassphrase == null ? null : filePassword(newPassphrase);
        if (isEncrypted(folder) == (from == null)) {
            throw new LedgerException("The ledger in " + folder + " is " + (from == null ? "already" : "not")
                    + " encrypted");
        }
        // The tool reports a wrong old password only as a corrupt header, and a ledger in use not at all: opening
        // the ledger first turns both into the usual clear exceptions before anything is written.
        LedgerStore.open(folder, "encryption", oldPassphrase).close();
        // Evidence is in clear only while the ledger file is: decrypted before it, encrypted after it. A crash in
        // between leaves the files behind the ledger file, and the next unlock brings them in line.
        if (oldPassphrase != null) {
            EvidenceProtection.remove(folder, oldPassphrase);
        }
        try {
            // The tool gets copies: the password arrays are its to clear.
            LedgerBackups.FileChange change = dir -> ChangeFileEncryption.execute(dir.toString(),
                    LedgerStore.DATABASE_NAME, "AES", copy(from), copy(to), true);
            change.apply(folder);
            new LedgerBackups(folder).rewriteEach(change, from != null);
        } catch (SQLException e) {
            throw new LedgerException("Cannot change the encryption of " + folder + ": " + e.getMessage(), e);
        }
        if (newPassphrase != null) {
            EvidenceProtection.settle(folder, newPassphrase);
            deleteTraceFile(folder);
        }
    }

    /**
     * H2 writes errors, with the SQL and values in them, to {@code ledger.trace.db} in clear even for an encrypted
     * ledger; one written before protection was turned on must not outlive it.
     */
    private static void deleteTraceFile(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(LedgerStore.DATABASE_NAME + ".trace.db"));
        } catch (IOException e) {
            throw new LedgerException("Cannot delete H2's trace file in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static char[] copy(char[] password) {
        return password == null ? null : password.clone();
    }

    /** The extra URL settings that open the ledger with this passphrase ("" when it is plain). */
    static String urlOptions(Path folder, char[] passphrase) {
        return uses(folder, passphrase) ? ";CIPHER=AES" : "";
    }

    /** H2's password for the connection: file password, a space, and the (empty) user password. */
    static String password(Path folder, char[] passphrase) {
        return uses(folder, passphrase) ? new String(filePassword(passphrase)) + " " : "";
    }

    /** Fails with a clear message when the ledger is encrypted and no passphrase came with the request. */
    static void requirePassphraseIfEncrypted(Path folder, char[] passphrase) {
        if (passphrase == null && isEncrypted(folder)) {
            throw new LedgerPassphraseException("The ledger in " + folder
                    + " is protected by a passphrase. Enter it to open the ledger.", false, null);
        }
    }

    private static boolean uses(Path folder, char[] passphrase) {
        return passphrase != null && (isEncrypted(folder)
                || !Files.exists(folder.resolve(LedgerStore.DATABASE_NAME + ".mv.db")));
    }

    /**
     * H2 splits its password at the first space, so a passphrase with spaces cannot be the file password itself;
     * its SHA-256 in hex can. H2 still salts and stretches this value before it becomes the AES key.
     */
    static char[] filePassword(char[] passphrase) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] utf8 = new byte[encoded.remaining()];
        encoded.get(utf8);
        byte[] digest = Sha256.of(utf8);
        Arrays.fill(utf8, (byte) 0);
        return HexFormat.of().formatHex(digest).toCharArray();
    }
}
