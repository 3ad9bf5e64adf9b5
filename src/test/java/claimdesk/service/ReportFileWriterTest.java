package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Progress;
import claimdesk.report.Report;
import claimdesk.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileWriterTest {

    private static final Report EMPTY =
            new Report("Week 11", LocalDate.of(2026, 3, 14), null, List.of(), "", false, null, List.of());

    @TempDir
    Path folder;

    @Test
    void replacesTheTargetAndLeavesNoPartialFile() throws Exception {
        Path target = folder.resolve("report.md");
        Files.writeString(target, "old");
        List<Long> steps = new ArrayList<>();

        ReportFileWriter.write(EMPTY, ReportFormat.MD, target, (done, total) -> steps.add(done));

        assertTrue(Files.readString(target).contains("Week 11"));
        assertEquals(List.of(1L, 2L, 3L), steps);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    // CI and the desk's machines are Linux (see .ci/setup-machine), so POSIX permissions are there to check.
    @Test
    void aNewReportGetsWhatTheUsersUmaskGivesANewFile() throws Exception {
        Path target = folder.resolve("report.csv");
        Path plain = Files.createFile(folder.resolve("made-by-the-user.txt"));

        ReportFileWriter.write(EMPTY, ReportFormat.CSV, target, Progress.NONE);

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                "neither forced to rw-r--r-- nor left owner-only like a temporary file");
    }

    @Test
    void aReplacedReportKeepsItsPermissions() throws Exception {
        Path target = folder.resolve("report.csv");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        ReportFileWriter.write(EMPTY, ReportFormat.CSV, target, Progress.NONE);

        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    // A kill between creating the temporary file and moving it leaves it behind; the next export cleans up.
    @Test
    void anExportRemovesStaleTemporaryFilesOfOursAndNothingElse() throws Exception {
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Path stale = aged(folder.resolve(".claimdesk-report-8812345678901234567.pdf"), twoHoursAgo);
        Path staleCsv = aged(folder.resolve(".claimdesk-report-42.csv"), twoHoursAgo);
        Path fresh = Files.writeString(folder.resolve(".claimdesk-report-77.md"), "another export under way");
        Path notOurs = aged(folder.resolve(".claimdesk-report-notes.txt"), twoHoursAgo);
        Path unrelated = aged(folder.resolve("draft.md"), twoHoursAgo);

        ReportFileWriter.write(EMPTY, ReportFormat.MD, folder.resolve("report.md"), Progress.NONE);

        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleCsv));
        assertTrue(Files.exists(fresh), "may belong to an export still running");
        assertTrue(Files.exists(notOurs));
        assertTrue(Files.exists(unrelated));
    }

    private static Path aged(Path file, FileTime modified) throws IOException {
        Files.writeString(file, "partial");
        Files.setLastModifiedTime(file, modified);
        return file;
    }

    @Test
    void aMissingFolderFailsWithoutWritingAnything() {
        assertThrows(IOException.class, () ->
                ReportFileWriter.write(EMPTY, ReportFormat.HTML, folder.resolve("no/such/report.html"), Progress.NONE));
    }
}
