package claimdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks an evidence file before it is attached and extracts its readable text: PDF with PDFBox, HTML with jsoup,
 * plain text as UTF-8. Images and other files are accepted without text. Pure file work, no ledger; call it off the
 * FX thread. A file that cannot be attached raises {@link EvidenceRefusedException} with a message for the reviewer.
 */
public final class EvidenceFiles {

    /** The largest file we copy into a ledger: 200 MB. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    /** Extracted text is cut here, so one huge PDF cannot slow every search down. */
    static final int MAX_TEXT = 5_000_000;

    private final long maxBytes;

    public EvidenceFiles() {
        this(MAX_BYTES);
    }

    /** With another size limit, for tests. */
    public EvidenceFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What an evidence file is, as far as the ledger cares. {@code text} is null when the file has none. */
    public record Inspected(Path file, String originalName, long size, String mediaType, String text) {
    }

    public Inspected inspect(Path file) throws EvidenceRefusedException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new EvidenceRefusedException("The file " + file + " does not exist (any more).");
        }
        if (!Files.isRegularFile(file)) {
            throw new EvidenceRefusedException(file + " is a folder, not a file.");
        }
        if (!Files.isReadable(file)) {
            throw new EvidenceRefusedException("The file " + file + " cannot be read (check its permissions).");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new EvidenceRefusedException(name + " is " + megabytes(size) + "; evidence files may be at most "
                        + megabytes(maxBytes) + ".");
            }
            String mediaType = mediaType(file, name);
            return new Inspected(file, name, size, mediaType, cap(text(file, name, mediaType)));
        } catch (IOException e) {
            throw new EvidenceRefusedException("The file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(Path file, String name, String mediaType) throws IOException, EvidenceRefusedException {
        switch (mediaType) {
            case "application/pdf":
                return pdfText(file, name);
            case "text/html":
                return HtmlEvidenceText.extract(file);
            case "text/plain":
                return plainText(file);
            default:
                return null;
        }
    }

    private static String pdfText(Path file, String name) throws EvidenceRefusedException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (InvalidPasswordException e) {
            throw new EvidenceRefusedException(name + " is a password-protected PDF. Save an unprotected copy "
                    + "(the text must be readable later without the password) and attach that.", e);
        } catch (IOException e) {
            throw new EvidenceRefusedException(name + " is not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static String plainText(Path file) throws IOException {
        byte[] bytes;
        // At most what the text cap can use (4 bytes per char in UTF-8), so a huge log file is not read whole.
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_TEXT * 4);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Older desk files are often Windows-1252; Latin-1 keeps every byte readable.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The media type from the first bytes (PDF, PNG, JPEG, GIF), else from the file name's extension. */
    static String mediaType(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "image/png";
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(head, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "image/gif";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return "text/html";
        }
        if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".text") || lower.endsWith(".csv")) {
            return "text/plain";
        }
        if (lower.endsWith(".webp")) {
            return "image/webp";
        }
        return "application/octet-stream";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String cap(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
