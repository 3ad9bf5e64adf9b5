package claimdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that encrypts a protected ledger's evidence files: a random AES-256 key, kept in
 * {@code <ledger>/evidence.key} sealed by a key derived from the passphrase (PBKDF2WithHmacSHA256, a random salt per
 * ledger, {@link #ITERATIONS} rounds). The file exists exactly while the evidence is meant to be encrypted; a wrong
 * passphrase fails to open it. Immutable and thread-safe.
 */
public final class EvidenceKey {

    static final String FILE = "evidence.key";
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second once per opening on a laptop core.
    static final int ITERATIONS = 600_000;
    private static final String FORMAT = "claimdesk-evidence-key 1";

    private final SecretKey key;

    private EvidenceKey(SecretKey key) {
        this.key = key;
    }

    SecretKey secret() {
        return key;
    }

    static boolean exists(Path folder) {
        return Files.exists(folder.resolve(FILE));
    }

    /** Opens the ledger's key file with {@code passphrase}; fails with {@link LedgerPassphraseException} if wrong. */
    static EvidenceKey unlock(Path folder, char[] passphrase) {
        Properties stored = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(FILE))) {
            stored.load(in);
        } catch (IOException e) {
            throw new LedgerException("Cannot read the evidence key in " + folder + ": " + e.getMessage(), e);
        }
        if (!FORMAT.equals(stored.getProperty("format"))) {
            throw new LedgerException("The evidence key in " + folder + " is of an unknown format");
        }
        HexFormat hex = HexFormat.of();
        SecretKey wrapping = derive(passphrase, hex.parseHex(stored.getProperty("salt")),
                Integer.parseInt(stored.getProperty("iterations")));
        try {
            return new EvidenceKey(new SecretKeySpec(EvidenceCipher.open(hex.parseHex(stored.getProperty("key")),
                    wrapping), "AES"));
        } catch (IOException e) {
            throw new LedgerPassphraseException("The passphrase does not open the evidence files of the ledger in "
                    + folder + ".", true, e);
        }
    }

    /** Makes a new key for the ledger and writes its key file, sealed with {@code passphrase}, atomically. */
    static EvidenceKey create(Path folder, char[] passphrase) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey key = generator.generateKey();
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            HexFormat hex = HexFormat.of();
            Properties stored = new Properties();
            stored.setProperty("format", FORMAT);
            stored.setProperty("kdf", "PBKDF2WithHmacSHA256");
            stored.setProperty("iterations", Integer.toString(ITERATIONS));
            stored.setProperty("salt", hex.formatHex(salt));
            stored.setProperty("key", hex.formatHex(EvidenceCipher.seal(key.getEncoded(),
                    derive(passphrase, salt, ITERATIONS))));
            Path partial = folder.resolve(FILE + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                stored.store(out, "Claimdesk: the key of this ledger's evidence files, sealed by its passphrase");
            }
            Files.move(partial, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return new EvidenceKey(key);
        } catch (GeneralSecurityException | IOException e) {
            throw new LedgerException("Cannot create the evidence key in " + folder + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            throw new LedgerException("Cannot delete the evidence key in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A key from {@code passphrase} for sealing other keys (the evidence key here, a case file's entries). */
    static SecretKey derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            SecretKey key = new SecretKeySpec(raw, "AES");
            Arrays.fill(raw, (byte) 0);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
