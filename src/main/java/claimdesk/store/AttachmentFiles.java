package claimdesk.store;

import claimdesk.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The evidence files of one ledger, stored by content under {@code attachments/ab/abcdef…} (the first two hex
 * digits of the SHA-256 of the content as a folder, so no folder grows huge). A file is written to a temp file in
 * the same folder and then moved into place, so a crash never leaves a half-written file under a real hash. While
 * the ledger's {@link EvidenceKey} is unlocked, files are written encrypted ({@link EvidenceCipher}); each file says
 * by its first bytes whether it is, so reading works across a half-finished switch. The name stays the hash of the
 * plain content either way.
 */
final class AttachmentFiles {

    private static final Logger LOG = Logger.getLogger(AttachmentFiles.class.getName());

    // A kill between the copy and its row leaves these behind; removeStray knows them by these names.
    private static final String TEMP_PREFIX = "incoming-";
    private static final String TEMP_SUFFIX = ".part";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;
    private final Path root;
    private final Supplier<EvidenceKey> key;

    /**
     * {@code key} gives the unlocked evidence key, or null while there is none (plain ledger, or still locked).
     * {@code ledgerFolder} is null for a ledger on a PostgreSQL server: it has no evidence files yet (issue 13 adds
     * the server first), so storing or reading one is refused and there is nothing to list or clean up.
     */
    AttachmentFiles(Path ledgerFolder, Supplier<EvidenceKey> key) {
        this.folder = ledgerFolder;
        this.root = ledgerFolder == null ? null : ledgerFolder.resolve("attachments");
        this.key = key;
    }

    Path pathOf(String sha256) {
        requireFolder();
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** A copy of {@code source} stored under its hash; an already stored copy is kept and the new one dropped. */
    Stored store(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return store(in);
        }
    }

    /** As {@link #store(Path)}, for bytes that are not in a file of their own (an imported case's evidence). */
    Stored store(InputStream in) throws IOException {
        requireFolder();
        EvidenceKey current = writingKey();
        Files.createDirectories(root);
        OwnerOnly.restrictFolder(root);
        Path temp = Files.createTempFile(root, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            String hash;
            long size;
            try (DigestOutputStream out = new DigestOutputStream(sink(temp, current), Sha256.newDigest())) {
                size = in.transferTo(out);
                hash = HexFormat.of().formatHex(out.getMessageDigest().digest());
            }
            Path target = pathOf(hash);
            boolean created = !Files.exists(target);
            if (created) {
                Files.createDirectories(target.getParent());
                OwnerOnly.restrictFolder(target.getParent());
                move(temp, target);
            }
            return new Stored(hash, size, created);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The plain content of a stored file, decrypted as it is read when it is encrypted. */
    InputStream open(String sha256) throws IOException {
        Path file = pathOf(sha256);
        if (!isEncrypted(file)) {
            return Files.newInputStream(file);
        }
        EvidenceKey current = key.get();
        if (current == null) {
            throw new LedgerPassphraseException("The evidence files of the ledger in " + folder
                    + " are encrypted; open the ledger with its passphrase to read them.", false, null);
        }
        return EvidenceCipher.decrypting(Files.newInputStream(file), current.secret());
    }

    /**
     * Rewrites one stored file encrypted with {@code key} ({@code encrypt}) or in clear; a file already in that form
     * is left alone. The new form replaces the old atomically, so a crash leaves one or the other whole.
     */
    void reseal(String sha256, EvidenceKey key, boolean encrypt) throws IOException {
        Path file = pathOf(sha256);
        boolean encrypted = isEncrypted(file) && opensWith(file, key);
        if (encrypted == encrypt) {
            return;
        }
        Path temp = Files.createTempFile(root, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            try (InputStream in = encrypted ? EvidenceCipher.decrypting(Files.newInputStream(file), key.secret())
                    : Files.newInputStream(file); OutputStream out = sink(temp, encrypt ? key : null)) {
                in.transferTo(out);
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The hashes of every stored file. */
    List<String> hashes() throws IOException {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, 2)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(root))
                    .map(f -> f.getFileName().toString()).filter(name -> HASH.matcher(name).matches()).toList();
        }
    }

    private void requireFolder() {
        if (root == null) {
            throw new LedgerException("A ledger on a PostgreSQL server keeps no evidence files yet: attach the file "
                    + "to a ledger in a folder, or link the source by its address.");
        }
    }

    private EvidenceKey writingKey() {
        EvidenceKey current = key.get();
        // Never write in clear into a ledger whose evidence is encrypted, only because nobody unlocked it.
        if (current == null && EvidenceKey.exists(folder)) {
            throw new LedgerPassphraseException("The evidence files of the ledger in " + folder
                    + " are encrypted; open the ledger with its passphrase to add files.", false, null);
        }
        return current;
    }

    private static OutputStream sink(Path file, EvidenceKey key) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return key == null ? out : EvidenceCipher.encrypting(out, key.secret());
    }

    private static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return EvidenceCipher.looksEncrypted(in.readNBytes(EvidenceCipher.HEADER_BYTES));
        }
    }

    /** Whether the first segment opens with {@code key}: a plain file can start like an encrypted one by chance. */
    private static boolean opensWith(Path file, EvidenceKey key) {
        try (InputStream in = EvidenceCipher.decrypting(Files.newInputStream(file), key.secret())) {
            in.read();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes a stored file; a failure is logged, not thrown, because the ledger row is already gone. */
    void delete(String sha256) {
        if (root == null) {
            return;
        }
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the unused attachment " + sha256, e);
        }
    }

    /**
     * Deletes what an interrupted write left behind: {@code incoming-*.part} temp files, and files stored under a hash
     * that {@code keep} (every hash with a row) does not name. Other files are left alone. Returns how many went. Only
     * call when no {@link #store} of this ledger is in flight, whose file has no row yet: on the writer thread.
     */
    int removeStray(Set<String> keep) throws IOException {
        if (root == null || !Files.isDirectory(root)) {
            return 0;
        }
        List<Path> stray;
        try (Stream<Path> walk = Files.walk(root, 2)) {
            stray = walk.filter(Files::isRegularFile).filter(file -> isStray(file, keep)).toList();
        }
        for (Path file : stray) {
            Files.deleteIfExists(file);
            LOG.info("Removed " + root.relativize(file) + ", left behind by an interrupted write");
        }
        return stray.size();
    }

    private boolean isStray(Path file, Set<String> keep) {
        String name = file.getFileName().toString();
        Path folder = file.getParent();
        if (folder.equals(root)) {
            return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
        }
        return HASH.matcher(name).matches() && name.startsWith(folder.getFileName().toString())
                && !keep.contains(name);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What {@link #store} did: the hash and size of the bytes, and whether the file was new. */
    record Stored(String sha256, long size, boolean created) {
    }
}
