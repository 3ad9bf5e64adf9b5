package claimdesk.service;

import claimdesk.model.Progress;
import claimdesk.report.Report;
import claimdesk.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a report file so that a failure never leaves half a file: the writer fills a temporary file beside the
 * target, which is then moved over it. Shared by the {@code report} command and the app's export dialog; call it off
 * the UI thread (the PDF writer takes a second or so). The folder must exist; an existing file is replaced. Each
 * write first removes the stale temporary files that killed writes left in the folder.
 */
public final class ReportFileWriter {

    private static final Logger LOG = Logger.getLogger(ReportFileWriter.class.getName());
    private static final String PARTIAL_PREFIX = ".claimdesk-report-";
    /** Exactly what {@link Files#createTempFile} makes of our prefix and a format's suffix. */
    private static final Pattern PARTIAL_NAME = Pattern.compile(Pattern.quote(PARTIAL_PREFIX) + "\\d+("
            + Arrays.stream(ReportFormat.values()).map(format -> Pattern.quote(format.suffix()))
                    .collect(Collectors.joining("|")) + ")");
    /** Far longer than any export takes, so a file another export is still writing is never taken. */
    static final Duration STALE_AFTER = Duration.ofHours(1);

    private ReportFileWriter() {
    }

    /** Writes {@code report} as {@code format} to {@code target}; reports progress in three steps. */
    public static Path write(Report report, ReportFormat format, Path target, Progress progress) throws IOException {
        Objects.requireNonNull(report, "report");
        Path absolute = target.toAbsolutePath();
        progress.update(1, 3);
        removeStalePartials(absolute.getParent());
        // Beside the target rather than in /tmp, so the final move stays on one file system and is atomic.
        Path partial = Files.createTempFile(absolute.getParent(), PARTIAL_PREFIX, format.suffix());
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
     * A write killed before its move leaves its temporary file behind, hidden but taking space and holding claims
     * that may not be meant for that folder. Java cannot create a file that vanishes when the process is killed, so
     * the next export into the folder removes ours that are older than {@link #STALE_AFTER}: plain files only, named
     * exactly as we name them. A failure here is logged and never stops the export.
     */
    private static void removeStalePartials(Path folder) {
        FileTime staleBefore = FileTime.from(Instant.now().minus(STALE_AFTER));
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(folder, PARTIAL_PREFIX + "*")) {
            for (Path partial : partials) {
                BasicFileAttributes attributes = Files.readAttributes(partial, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (PARTIAL_NAME.matcher(partial.getFileName().toString()).matches() && attributes.isRegularFile()
                        && attributes.lastModifiedTime().compareTo(staleBefore) < 0) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.log(Level.FINE, "Could not clear stale partial reports in " + folder, e);
        }
    }

    /**
     * A temporary file is created readable by its owner only; a report is meant to be shared, so it gets the
     * permissions of the file it replaces, or, when new, those the user's umask gives a new file (read from a probe
     * file, since Java cannot read the umask). Does nothing where POSIX permissions don't exist.
     */
    private static void readableLikeTarget(Path partial, Path target) throws IOException {
        if (!Files.getFileStore(partial).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions;
        if (Files.exists(target)) {
            permissions = Files.getPosixFilePermissions(target);
        } else {
            Path probe = partial.resolveSibling(partial.getFileName() + ".umask");
            Files.createFile(probe);
            try {
                permissions = Files.getPosixFilePermissions(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
        }
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
