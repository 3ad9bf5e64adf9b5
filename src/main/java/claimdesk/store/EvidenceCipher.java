package claimdesk.store;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The encrypted form of an evidence file: a header (8-byte magic, a version byte, a random 12-byte IV) and then the
 * content in segments of {@link #SEGMENT} bytes, each sealed with AES-GCM on its own. Segment {@code i} uses the IV
 * with {@code i} added to its last four bytes, and authenticates the header plus a flag saying whether it is the
 * last segment, so segments cannot be reordered, dropped, repeated or cut off at the end unnoticed. One segment at a
 * time is in memory, whatever the file's size (JDK 17's GCM buffers a whole message before it decrypts it; see
 * docs/decisions/evidence-encryption.md). Stateless and thread-safe; each stream is for one thread.
 */
final class EvidenceCipher {

    static final int SEGMENT = 64 * 1024;
    private static final byte[] MAGIC = {(byte) 0x89, 'C', 'D', 'E', 'V', '\r', '\n', 0x1A};
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    static final int HEADER_BYTES = MAGIC.length + 1 + IV_BYTES;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EvidenceCipher() {
    }

    /** Whether {@code head} (the first bytes of a file) starts like an encrypted evidence file. */
    static boolean looksEncrypted(byte[] head) {
        return head.length >= HEADER_BYTES && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                && head[MAGIC.length] == VERSION;
    }

    /** Encrypts what is written to the result into {@code out}; closing the result seals the last segment. */
    static OutputStream encrypting(OutputStream out, SecretKey key) throws IOException {
        byte[] header = new byte[HEADER_BYTES];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = VERSION;
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        System.arraycopy(iv, 0, header, MAGIC.length + 1, IV_BYTES);
        out.write(header);
        return new Sealing(out, key, header);
    }

    /** Decrypts {@code in}, an encrypted evidence file from its first byte; fails on any change to it. */
    static InputStream decrypting(InputStream in, SecretKey key) throws IOException {
        byte[] header = in.readNBytes(HEADER_BYTES);
        if (!looksEncrypted(header)) {
            throw new IOException("not an encrypted evidence file");
        }
        return new Opening(in, key, header);
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] header, long segment, boolean last)
            throws IOException {
        if (segment > 0xFFFF_FFFFL) {
            throw new IOException("evidence file too large to encrypt");
        }
        byte[] nonce = Arrays.copyOfRange(header, MAGIC.length + 1, HEADER_BYTES);
        ByteBuffer counter = ByteBuffer.wrap(nonce);
        counter.putInt(IV_BYTES - 4, counter.getInt(IV_BYTES - 4) + (int) segment);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** Holds back a full segment until the next byte shows it is not the last. */
    private static final class Sealing extends FilterOutputStream {
        private final SecretKey key;
        private final byte[] header;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private long segment;
        private boolean closed;

        Sealing(OutputStream out, SecretKey key, byte[] header) {
            super(out);
            this.key = key;
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == SEGMENT) {
                    seal(false);
                }
                int n = Math.min(length, SEGMENT - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                out.write(cipher(Cipher.ENCRYPT_MODE, key, header, segment++, last).doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot encrypt the evidence file: " + e.getMessage(), e);
            }
            filled = 0;
        }

        @Override
        public void flush() throws IOException {
            out.flush(); // a partial segment stays buffered: sealing it now would mark it as not the last
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                seal(true);
            } finally {
                out.close();
            }
        }
    }

    /** Reads one sealed segment ahead, so it knows which one is the last. */
    private static final class Opening extends InputStream {
        private final InputStream in;
        private final SecretKey key;
        private final byte[] header;
        private byte[] next;
        private byte[] plain = new byte[0];
        private int position;
        private long segment;
        private boolean done;

        Opening(InputStream in, SecretKey key, byte[] header) throws IOException {
            this.in = in;
            this.key = key;
            this.header = header;
            this.next = in.readNBytes(SEGMENT + TAG_BITS / 8);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            while (position == plain.length) {
                if (done) {
                    return -1;
                }
                openNext();
            }
            int n = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, bytes, offset, n);
            position += n;
            return n;
        }

        private void openNext() throws IOException {
            byte[] sealed = next;
            boolean last = sealed.length < SEGMENT + TAG_BITS / 8;
            if (!last) {
                next = in.readNBytes(SEGMENT + TAG_BITS / 8);
                last = next.length == 0;
            }
            if (sealed.length < TAG_BITS / 8) {
                throw new EOFException("the encrypted evidence file is cut short");
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, header, segment++, last).doFinal(sealed);
            } catch (GeneralSecurityException e) {
                throw new IOException("The encrypted evidence file is damaged, cut short or under another key", e);
            }
            position = 0;
            done = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Encrypts {@code plain} whole; for small contents such as a wrapped key. */
    static byte[] seal(byte[] plain, SecretKey key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = encrypting(bytes, key)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }

    /** Decrypts what {@link #seal} made. */
    static byte[] open(byte[] sealed, SecretKey key) throws IOException {
        try (InputStream in = decrypting(new java.io.ByteArrayInputStream(sealed), key)) {
            return in.readAllBytes();
        }
    }
}
