package claimdesk.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of an article file: UTF-8 (a byte-order mark is dropped), UTF-16 with a byte-order mark, and
 * UTF-16 without one when its zero bytes give it away. Windows tools ("Unicode" in Notepad, PowerShell's
 * redirection) write UTF-16; without the mark, English text has a zero in every other byte, and even Dari or Pashto
 * has one in each space, digit and line end. Such a file is decoded rather than refused because the test is strict
 * (nearly all zeros at odd or all at even offsets, in an even-length file), the decoding is strict (no unpaired
 * surrogate) and the decoded text must still pass as text; a binary file with zeros scattered about is refused as
 * before. UTF-32 is not recognised. Pure and
 * thread-safe.
 */
final class TextDecoder {

    private static final int SAMPLE = 8192;

    private TextDecoder() {
    }

    static String decode(String name, byte[] bytes) throws ImportRefusedException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(name, bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(name, bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(name, bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset unmarked = unmarkedUtf16(bytes);
        if (unmarked != null) {
            return utf16(name, bytes, 0, unmarked);
        }
        if (looksBinary(bytes)) {
            throw binary(name);
        }
        return utf8(name, bytes, 0);
    }

    /** UTF-16BE when the zeros of the sample are (nearly) all at even offsets, UTF-16LE at odd ones, else null. */
    private static Charset unmarkedUtf16(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int sample = Math.min(bytes.length, SAMPLE);
        int[] zeros = new int[2];
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                zeros[i % 2]++;
            }
        }
        int all = zeros[0] + zeros[1];
        if (all < sample / 64 + 1) {
            return null;
        }
        // Characters such as U+0100 or an emoji's low surrogate put the odd zero at the other offset; in a binary
        // file the zeros fall about evenly, and what slips through is caught by decoding it as text.
        if (zeros[0] >= all * 0.8) {
            return StandardCharsets.UTF_16BE;
        }
        return zeros[1] >= all * 0.8 ? StandardCharsets.UTF_16LE : null;
    }

    private static String utf8(String name, byte[] bytes, int offset) throws ImportRefusedException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return strict(StandardCharsets.UTF_8, buffer);
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException(name, "the file is not valid UTF-8 (bad byte near offset "
                    + buffer.position() + "); save it as UTF-8 and import it again");
        }
    }

    private static String utf16(String name, byte[] bytes, int offset, Charset charset)
            throws ImportRefusedException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String text;
        try {
            text = strict(charset, buffer);
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException(name, "the file is not valid UTF-16 (bad character near offset "
                    + buffer.position() + "); save it as UTF-8 and import it again");
        }
        if (looksBinary(text.getBytes(StandardCharsets.ISO_8859_1))) {
            throw binary(name);
        }
        return text;
    }

    private static String strict(Charset charset, ByteBuffer buffer) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    }

    // NUL never occurs in text; a run of other control characters means an image, PDF or archive. Decoded UTF-16
    // is checked through ISO-8859-1, which keeps each control as one byte (other characters become '?').
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 10;
    }

    private static ImportRefusedException binary(String name) {
        return new ImportRefusedException(name, "the file is binary, not text");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
