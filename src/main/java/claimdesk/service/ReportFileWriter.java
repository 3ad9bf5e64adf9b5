package claimdesk.service;

import claimdesk.model.Progress;
import claimdesk.report.Report;
import claimdesk.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a report file so that a failure never leaves half a file: the writer fills a temporary file beside the
 * target, which is then moved over it. Shared by the {@code report} command and the app's export dialog; call it off
 * the UI thread (the PDF writer takes a second or so). The folder must exist; an existing file is replaced.
 */
public final class ReportFileWriter {

    private ReportFileWriter() {
    }

    /** Writes {@code report} as {@code format} to {@code target}; reports progress in three steps. */
    public static Path write(Report report, ReportFormat format, Path target, Progress progress) throws IOException {
        Objects.requireNonNull(report, "report");
        Path absolute = target.toAbsolutePath();
        progress.update(1, 3);
        // Beside the target rather than in /tmp, so the final move stays on one file system and is atomic.
        Path partial = Files.createTempFile(absolute.getParent(), ".claimdesk-report-", format.suffix());
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                format.writer().write(report, stream);
            }
            readableLikeTarget(partial, absolute);
            progress.update(2, 3);
            moveOver(partial, absolute);
        } finally {
            Files.deleteIfExists(partial);
        }
        progress.update(3, 3);
        return absolute;
    }

    /**
     * A temporary file is created readable by its owner only; a report is meant to be shared, so it gets the
     * permissions of the file it replaces, or rw-r--r-- when new. Does nothing where POSIX permissions don't exist.
     */
    private static void readableLikeTarget(Path partial, Path target) throws IOException {
        if (!Files.getFileStore(partial).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(partial, permissions);
    }

    private static void moveOver(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
