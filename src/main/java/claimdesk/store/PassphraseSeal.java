package claimdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.SecretKey;

/**
 * Seals a stream with a key from a passphrase (PBKDF2WithHmacSHA256, random salt, {@link EvidenceKey#ITERATIONS}
 * rounds), in the segmented AES-GCM form of evidence files; for files that leave the ledger, such as a protected
 * case file. {@link #parameters} (salt and rounds, no secret) must travel with the sealed bytes. Immutable.
 */
public final class PassphraseSeal {

    private final SecretKey key;
    private final Map<String, String> parameters;

    private PassphraseSeal(SecretKey key, Map<String, String> parameters) {
        this.key = key;
        this.parameters = parameters;
    }

    /** A seal with a fresh salt, for writing. */
    public static PassphraseSeal create(char[] passphrase) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new PassphraseSeal(EvidenceKey.derive(passphrase, salt, EvidenceKey.ITERATIONS), Map.of(
                "kdf", "PBKDF2WithHmacSHA256", "iterations", Integer.toString(EvidenceKey.ITERATIONS),
                "salt", HexFormat.of().formatHex(salt)));
    }

    /** The seal that {@code parameters} (from {@link #parameters}) and {@code passphrase} describe, for reading. */
    public static PassphraseSeal of(char[] passphrase, Map<String, String> parameters) {
        if (!"PBKDF2WithHmacSHA256".equals(parameters.get("kdf"))) {
            throw new IllegalArgumentException("unknown key derivation " + parameters.get("kdf"));
        }
        int iterations = Integer.parseInt(parameters.get("iterations"));
        if (iterations < 1 || iterations > 10_000_000) {
            throw new IllegalArgumentException("implausible iteration count " + iterations);
        }
        return new PassphraseSeal(EvidenceKey.derive(passphrase, HexFormat.of().parseHex(parameters.get("salt")),
                iterations), Map.copyOf(parameters));
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /** Seals what is written to the result into {@code out}; closing it finishes the seal. */
    public OutputStream sealing(OutputStream out) throws IOException {
        return EvidenceCipher.encrypting(out, key);
    }

    /** Opens what {@link #sealing} wrote; reading fails with an IOException on a wrong passphrase or any change. */
    public InputStream opening(InputStream in) throws IOException {
        return EvidenceCipher.decrypting(in, key);
    }
}
