package claimdesk.service;

import claimdesk.store.PassphraseSeal;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A case file protected by a passphrase: a zip of {@code protection.json} (format and key-derivation parameters, no
 * secret) and {@code case.sealed}, the whole plain case file sealed by {@link PassphraseSeal}, so the manifest, the
 * names and the hashes of the evidence stay hidden too. Stateless.
 */
final class CaseFileProtection {

    private static final String PARAMETERS = "protection.json";
    private static final String SEALED = "case.sealed";
    private static final String FORMAT = "claimdesk-case-protection";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseFileProtection() {
    }

    /** Writes the plain case file that {@code plain} writes, sealed with {@code passphrase}, to {@code out}. */
    static void write(OutputStream out, char[] passphrase, PlainWriter plain) throws IOException {
        PassphraseSeal seal = PassphraseSeal.create(passphrase);
        Map<String, String> parameters = new LinkedHashMap<>(seal.parameters());
        parameters.put("format", FORMAT);
        parameters.put("formatVersion", "1");
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(PARAMETERS));
            zip.write(JSON.writeValueAsBytes(parameters));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SEALED));
            // Closing the seal seals its last segment; NoClose keeps the zip open for the entry's end.
            OutputStream sealed = seal.sealing(new NoClose(zip));
            plain.writeTo(sealed);
            sealed.close();
            zip.closeEntry();
        }
    }

    interface PlainWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    static boolean isProtected(ZipFile zip) {
        return zip.getEntry(PARAMETERS) != null;
    }

    /** The entries of the plain case file inside; at most {@code maxBytes} in all. */
    static Map<String, byte[]> read(Path file, ZipFile zip, char[] passphrase, long maxBytes)
            throws CaseFileException, IOException {
        if (passphrase == null) {
            throw new CasePassphraseException(file.getFileName() + " is protected by a passphrase. Enter it to "
                    + "import the case.", false, null);
        }
        Map<String, String> parameters;
        try (InputStream in = zip.getInputStream(zip.getEntry(PARAMETERS))) {
            parameters = JSON.readValue(in, new TypeReference<>() { });
        }
        ZipEntry sealed = zip.getEntry(SEALED);
        if (!FORMAT.equals(parameters.get("format")) || sealed == null) {
            throw new CaseFileException(file.getFileName() + " is a protected case file of a format this "
                    + "Claimdesk does not read. Update Claimdesk to import it.");
        }
        PassphraseSeal seal;
        try {
            seal = PassphraseSeal.of(passphrase, parameters);
        } catch (RuntimeException e) {
            throw new CaseFileException(file.getFileName() + " is damaged: its protection is unreadable.", e);
        }
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (InputStream raw = zip.getInputStream(sealed)) {
            InputStream plain;
            try {
                plain = seal.opening(raw);
                plain = new java.io.BufferedInputStream(plain);
                plain.mark(1);
                plain.read();
                plain.reset();
            } catch (IOException e) {
                throw new CasePassphraseException("The passphrase does not open " + file.getFileName() + ".", true, e);
            }
            try (ZipInputStream inner = new ZipInputStream(plain)) {
                for (ZipEntry entry = inner.getNextEntry(); entry != null; entry = inner.getNextEntry()) {
                    byte[] bytes = inner.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                    total += bytes.length;
                    if (total > maxBytes) {
                        throw new CaseFileException(file.getFileName() + " is too large to be a case file.");
                    }
                    entries.put(entry.getName(), bytes);
                }
            }
        }
        return entries;
    }

    /** Lets the seal close its stream without closing the zip around it. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
