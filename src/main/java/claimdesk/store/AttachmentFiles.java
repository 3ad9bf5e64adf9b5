package claimdesk.store;

import claimdesk.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The evidence files of one ledger, stored by content under {@code attachments/ab/abcdef…} (the first two hex
 * digits of the SHA-256 as a folder, so no folder grows huge). A file is written to a temp file in the same folder
 * and then moved into place, so a crash never leaves a half-written file under a real hash.
 */
final class AttachmentFiles {

    private static final Logger LOG = Logger.getLogger(AttachmentFiles.class.getName());

    // A kill between the copy and its row leaves these behind; removeStray knows them by these names.
    private static final String TEMP_PREFIX = "incoming-";
    private static final String TEMP_SUFFIX = ".part";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    AttachmentFiles(Path ledgerFolder) {
        this.root = ledgerFolder.resolve("attachments");
    }

    Path pathOf(String sha256) {
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
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, TEMP_PREFIX, TEMP_SUFFIX);
        try {
            String hash;
            long size;
            try (DigestOutputStream out = new DigestOutputStream(Files.newOutputStream(temp), Sha256.newDigest())) {
                size = in.transferTo(out);
                hash = HexFormat.of().formatHex(out.getMessageDigest().digest());
            }
            Path target = pathOf(hash);
            boolean created = !Files.exists(target);
            if (created) {
                Files.createDirectories(target.getParent());
                move(temp, target);
            }
            return new Stored(hash, size, created);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes a stored file; a failure is logged, not thrown, because the ledger row is already gone. */
    void delete(String sha256) {
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
        if (!Files.isDirectory(root)) {
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
