package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The segmented AES-GCM form of evidence files: round trips at every segment edge, and any cut or change fails. */
class EvidenceCipherTest {

    private static final int S = EvidenceCipher.SEGMENT;
    private static final int SEALED = S + 16;
    private final SecretKey key = key();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, S - 1, S, S + 1, 3 * S, 3 * S + 7})
    void roundTripsAtEverySegmentEdge(int size) throws IOException {
        byte[] plain = random(size);

        byte[] sealed = seal(plain);

        assertTrue(EvidenceCipher.looksEncrypted(sealed));
        assertArrayEquals(plain, open(sealed));
    }

    @Test
    void refusesAFileCutAtASegmentBoundaryOrAnywhereElse() throws IOException {
        byte[] sealed = seal(random(3 * S));
        int header = EvidenceCipher.HEADER_BYTES;

        assertThrows(IOException.class, () -> open(Arrays.copyOf(sealed, header + 2 * SEALED)));
        assertThrows(IOException.class, () -> open(Arrays.copyOf(sealed, sealed.length - 1)));
        assertThrows(IOException.class, () -> open(Arrays.copyOf(sealed, header)));
    }

    @Test
    void refusesAChangedByteASwappedSegmentOrAnotherKey() throws IOException {
        byte[] sealed = seal(random(2 * S + 5));
        byte[] flipped = sealed.clone();
        flipped[flipped.length / 2] ^= 1;
        byte[] swapped = sealed.clone();
        int header = EvidenceCipher.HEADER_BYTES;
        System.arraycopy(sealed, header, swapped, header + SEALED, SEALED);
        System.arraycopy(sealed, header + SEALED, swapped, header, SEALED);

        assertThrows(IOException.class, () -> open(flipped));
        assertThrows(IOException.class, () -> open(swapped));
        assertThrows(IOException.class, () -> EvidenceCipher.open(sealed, key()));
    }

    @Test
    void aPlainFileDoesNotLookEncrypted() {
        assertFalse(EvidenceCipher.looksEncrypted("%PDF-1.7 a report of twenty-one bytes".getBytes()));
    }

    private byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = EvidenceCipher.encrypting(bytes, key)) {
            // In odd pieces, so writes straddle segment edges.
            for (int i = 0; i < plain.length; i += 1000) {
                out.write(plain, i, Math.min(1000, plain.length - i));
            }
        }
        return bytes.toByteArray();
    }

    private byte[] open(byte[] sealed) throws IOException {
        try (InputStream in = EvidenceCipher.decrypting(new ByteArrayInputStream(sealed), key)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static SecretKey key() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
