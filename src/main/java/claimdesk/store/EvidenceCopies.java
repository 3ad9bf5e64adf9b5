package claimdesk.store;

import claimdesk.model.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Plain copies of evidence files for the desktop's viewer, which cannot read the encrypted originals. They live in
 * one folder per running Claimdesk that only its user may enter (mode 700, files 600), under
 * {@code $XDG_RUNTIME_DIR} when there is one (memory, not disk) or else the temp folder. {@link #close} empties and
 * removes it; {@link #create} first removes the folders of Claimdesk processes that are gone. Thread-safe.
 */
public final class EvidenceCopies implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EvidenceCopies.class.getName());
    private static final String PREFIX = "claimdesk-open-";
    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;

    private EvidenceCopies(Path folder) {
        this.folder = folder;
    }

    /** A new private folder under {@code base}, after removing what earlier, ended runs left there. */
    public static EvidenceCopies create(Path base) throws IOException {
        Files.createDirectories(base);
        removeStale(base);
        String prefix = PREFIX + ProcessHandle.current().pid() + "-";
        return new EvidenceCopies(posix() ? Files.createTempDirectory(base, prefix,
                PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER)) : Files.createTempDirectory(base, prefix));
    }

    /** {@link #create} in the user's runtime folder, else the temp folder. */
    public static EvidenceCopies create() throws IOException {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return create(runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime) : Path.of(System.getProperty("java.io.tmpdir")));
    }

    public Path folder() {
        return folder;
    }

    /**
     * A plain copy of {@code attachment} named like the original (viewers pick the type by the name), made once per
     * content and name. The copy is the viewer's to change; the stored evidence is not.
     */
    public Path copyOf(SourceStore store, Attachment attachment) throws IOException {
        Path dir = folder.resolve(attachment.sha256());
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, privately(PRIVATE_FOLDER));
        }
        Path file = dir.resolve(safeName(attachment.originalName()));
        if (!Files.exists(file)) {
            Path partial = Files.createTempFile(dir, "copy-", ".part", privately(PRIVATE_FILE));
            // Written into the 600 file made above; Files.copy would replace it with one of default permissions.
            try (InputStream in = store.openEvidence(attachment); OutputStream out = Files.newOutputStream(partial)) {
                in.transferTo(out);
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return file;
    }

    /** Deletes every copy and the folder; a viewer still showing one keeps only what it has read. */
    @Override
    public void close() {
        delete(folder);
    }

    private static void removeStale(Path base) throws IOException {
        List<Path> stale;
        try (Stream<Path> entries = Files.list(base)) {
            stale = entries.filter(EvidenceCopies::isOfAnEndedRun).toList();
        }
        stale.forEach(EvidenceCopies::delete);
    }

    private static boolean isOfAnEndedRun(Path dir) {
        String name = dir.getFileName().toString();
        if (!name.startsWith(PREFIX) || !Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        String pid = name.substring(PREFIX.length()).split("-", 2)[0];
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        // walk does not follow links: a link planted in the folder is removed, not what it points at.
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not empty " + dir, e);
        }
    }

    private static String safeName(String originalName) {
        String plain = originalName == null ? "" : originalName.replace('\\', '/');
        String name = plain.substring(plain.lastIndexOf('/') + 1);
        return name.isBlank() || name.startsWith(".") ? "evidence" + name : name;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] privately(Set<PosixFilePermission> permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
