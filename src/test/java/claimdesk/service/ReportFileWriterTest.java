package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Progress;
import claimdesk.report.Report;
import claimdesk.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void aNewReportIsReadableByOthersAsAFileToShareShouldBe() throws Exception {
        Path target = folder.resolve("report.csv");

        ReportFileWriter.write(EMPTY, ReportFormat.CSV, target, Progress.NONE);

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aMissingFolderFailsWithoutWritingAnything() {
        assertThrows(IOException.class, () ->
                ReportFileWriter.write(EMPTY, ReportFormat.HTML, folder.resolve("no/such/report.html"), Progress.NONE));
    }
}
