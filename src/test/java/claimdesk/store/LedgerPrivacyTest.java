package claimdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger folder is its owner's alone, and its JDBC URL cannot be given settings through the folder's name. */
class LedgerPrivacyTest {

    @TempDir
    Path temp;

    @Test
    void aNewLedgerFolderAndItsFilesAreOwnerOnly() throws Exception {
        Path folder = temp.resolve("ledger");
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            new LedgerBackups(folder).backUp(store, "test");
        }
        assertEquals("rwx------", permissions(folder));
        for (Path path : everythingIn(folder)) {
            assertEquals(Files.isDirectory(path) ? "rwx------" : "rw-------", permissions(path), path.toString());
        }
        assertTrue(everythingIn(folder).stream().anyMatch(p -> p.toString().endsWith(".zip")), "a backup was made");
    }

    @Test
    void anOlderLedgerMadeWithAnOpenUmaskIsMadePrivateWhenOpened() throws Exception {
        Path folder = temp.resolve("older");
        LedgerStore.open(folder, "tester").close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = folder.resolve(LedgerStore.DATABASE_NAME + ".mv.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        LedgerStore.open(folder, "tester").close();

        assertEquals("rwx------", permissions(folder));
        assertEquals("rw-------", permissions(file));
    }

    @Test
    void aFolderNameWithASemicolonIsRefusedBeforeH2SeesIt() {
        Path sneaky = temp.resolve("x;INIT=CREATE TABLE PWNED(ID INT)");
        LedgerException refused = assertThrows(LedgerException.class, () -> LedgerStore.open(sneaky, "tester"));
        assertTrue(refused.getMessage().contains("cannot have ';'"), refused.getMessage());
        assertFalse(Files.exists(sneaky), "nothing was created");
    }

    @Test
    void h2WritesNoTraceFileThatCouldHoldUserText() throws Exception {
        Path folder = temp.resolve("traced");
        try (LedgerStore store = LedgerStore.open(folder, "tester")) {
            // A failing statement is what H2 used to copy into ledger.trace.db, literals and all.
            assertThrows(RuntimeException.class, () -> store.jdbi().useHandle(handle ->
                    handle.execute("SELECT * FROM no_such_table WHERE secret = 'the source is Mr X'")));
        }
        assertFalse(Files.exists(folder.resolve(LedgerStore.DATABASE_NAME + ".trace.db")));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<Path> everythingIn(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> !p.equals(folder)).toList();
        }
    }
}
