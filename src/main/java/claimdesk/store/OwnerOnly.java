package claimdesk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the ledger's files to their owner (folders 700, files 600) whatever the umask: the material is often
 * sensitive, and a shared machine's other users have no business reading it. A no-op where the file system has no
 * POSIX permissions.
 */
final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    static void restrictFolder(Path folder) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
    }

    static void restrictFile(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Restricts every file and folder under {@code folder}, e.g. a ledger created before this rule. */
    static void restrictFilesIn(Path folder) {
        if (!POSIX) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    restrictFolder(path);
                } else {
                    restrictFile(path);
                }
            }
        } catch (IOException e) {
            throw new LedgerException("Cannot make the ledger folder " + folder + " private: " + e.getMessage(), e);
        }
    }
}
