package claimdesk.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares output with a file under src/test/resources/golden/. To accept an intended change, regenerate them all:
 * {@code mvn -q test -Dtest='claimdesk.report.*WriterTest' -Dgolden.update=true}, then review the diff in git.
 */
final class Golden {

    static final Path FOLDER = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("Golden file " + file + " is missing; create it with -Dgolden.update=true");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return;
        }
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        fail("Output differs from golden file " + file + " at line " + (line + 1) + ":\n  expected: "
                + (line < want.size() ? want.get(line) : "<end of file>") + "\n  actual:   "
                + (line < got.size() ? got.get(line) : "<end of file>")
                + "\nIf the change is intended, regenerate with: "
                + "mvn -q test -Dtest='claimdesk.report.*WriterTest' -Dgolden.update=true");
    }
}
