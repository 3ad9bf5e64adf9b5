package claimdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rolling backups of a ledger in {@code <ledger folder>/backups/}: zips named by the UTC time they were taken and
 * why ({@code ledger-20261123-010203-456-exit.zip}), each holding the one file {@code ledger.mv.db} exactly as
 * H2's online {@code BACKUP TO} wrote it (an encrypted ledger stays encrypted in its backups). Only the newest
 * {@link #KEEP} are kept. Not thread-safe: call from the ledger's writer thread.
 */
public final class LedgerBackups {

    public static final int KEEP = 10;
    public static final Duration DAILY = Duration.ofHours(24);

    private static final String DB_FILE = LedgerStore.DATABASE_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;
    private final Clock clock;

    public LedgerBackups(Path ledgerFolder, Clock clock) {
        this.folder = ledgerFolder;
        this.clock = clock;
    }

    public LedgerBackups(Path ledgerFolder) {
        this(ledgerFolder, Clock.systemUTC());
    }

    /** One backup file; {@code reason} is the word after the time stamp ("exit", "daily", "before-restore"). */
    public record Backup(Path file, Instant takenAt, String reason) {
    }

    public Path directory() {
        return folder.resolve("backups");
    }

    /** Backs up the open ledger while it stays in use, then drops the oldest backups beyond {@link #KEEP}. */
    public Backup backUp(LedgerStore store, String reason) {
        store.server().ifPresent(server -> {
            throw new LedgerException("Claimdesk does not back up the ledger on " + server.address()
                    + ": backing up a PostgreSQL server is its administrator's job (pg_dump, base backups).");
        });
        Path target = newFile(reason);
        try {
            store.jdbi().useHandle(handle -> handle.execute("BACKUP TO ?", target.toString()));
            OwnerOnly.restrictFile(target);
        } catch (RuntimeException | IOException e) {
            throw new LedgerException("Cannot back up the ledger to " + target + ": " + e.getMessage(), e);
        }
        prune();
        return parse(target).orElseThrow();
    }

    /** Backs up unless the newest backup is younger than {@link #DAILY}; empty when none was due. */
    public Optional<Backup> backUpIfDue(LedgerStore store) {
        if (store.server().isPresent()) {
            return Optional.empty(); // never due: the server's own backups cover it (see backUp)
        }
        Optional<Backup> newest = list().stream().findFirst();
        if (newest.isPresent() && newest.get().takenAt().isAfter(clock.instant().minus(DAILY))) {
            return Optional.empty();
        }
        return Optional.of(backUp(store, "daily"));
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(LedgerBackups::parse).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::takenAt).reversed()).toList();
        } catch (IOException e) {
            throw new LedgerException("Cannot list the backups in " + directory() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the ledger file with the one in {@code backup}. The ledger must be closed. The current file is first
     * saved as a "before-restore" backup, so the restore can itself be undone by restoring that one; returns it.
     */
    public Backup restore(Backup backup) {
        Path current = folder.resolve(DB_FILE);
        Path incoming = folder.resolve(DB_FILE + ".restoring");
        try {
            Backup saved = null;
            if (Files.exists(current)) {
                saved = zipCurrent(current);
            }
            extract(backup.file(), incoming);
            // The new file is complete before it takes the ledger's name, so a crash here leaves one whole ledger.
            Files.move(incoming, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
            return saved;
        } catch (IOException e) {
            throw new LedgerException("Cannot restore " + backup.file() + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // A stray partial file is harmless: the next restore overwrites it.
            }
        }
    }

    private Backup zipCurrent(Path current) throws IOException {
        Path target = newFile("before-restore");
        zip(current, target);
        return parse(target).orElseThrow();
    }

    /** A change made to a closed ledger file in {@code folder}, such as H2's encryption tool. */
    interface FileChange {
        void apply(Path folder) throws SQLException;
    }

    /**
     * Applies {@code change} to the ledger file inside every backup whose encryption is {@code encrypted}, each in
     * a scratch folder, and puts the result back under the backup's name; for {@link LedgerEncryption}.
     */
    void rewriteEach(FileChange change, boolean encrypted) throws SQLException {
        for (Backup backup : list()) {
            Path scratch = null;
            try {
                scratch = Files.createTempDirectory(directory(), "rewrite");
                extract(backup.file(), scratch.resolve(DB_FILE));
                if (LedgerEncryption.isEncrypted(scratch) == encrypted) {
                    change.apply(scratch);
                    Path rewritten = scratch.resolve("rewritten.zip");
                    zip(scratch.resolve(DB_FILE), rewritten);
                    Files.move(rewritten, backup.file(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new LedgerException("Cannot rewrite the backup " + backup.file() + ": " + e.getMessage(), e);
            } finally {
                deleteQuietly(scratch);
            }
        }
    }

    private static void zip(Path source, Path target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target));
             InputStream in = Files.newInputStream(source)) {
            zip.putNextEntry(new ZipEntry(DB_FILE));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void extract(Path backup, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DB_FILE)) {
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new LedgerException("The backup " + backup.getFileName() + " holds no ledger");
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // A leftover scratch folder is not a backup (its name does not parse) and does no harm.
        }
    }

    private Path newFile(String reason) {
        try {
            Files.createDirectories(directory());
            OwnerOnly.restrictFolder(directory());
        } catch (IOException e) {
            throw new LedgerException("Cannot create " + directory() + ": " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        // Two backups in the same millisecond would share a name; the later one waits its turn.
        for (Instant latest = list().stream().findFirst().map(Backup::takenAt).orElse(Instant.MIN);
             !now.isAfter(latest); ) {
            now = latest.plusMillis(1);
        }
        return directory().resolve("ledger-" + STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                + "-" + reason + ".zip");
    }

    private void prune() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new LedgerException("Cannot delete the old backup " + old.file() + ": " + e.getMessage(), e);
            }
        }
    }

    private static Optional<Backup> parse(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith("ledger-") || !name.endsWith(".zip") || name.length() < 27) {
            return Optional.empty();
        }
        try {
            Instant at = LocalDateTime.parse(name.substring(7, 26), STAMP).toInstant(ZoneOffset.UTC);
            String reason = name.length() > 31 ? name.substring(27, name.length() - 4) : "";
            return Optional.of(new Backup(file, at, reason));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
