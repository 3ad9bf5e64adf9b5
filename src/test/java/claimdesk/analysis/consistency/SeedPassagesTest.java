package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five real seed articles, with no figures (the extractor lives on another branch): the text-only checks must
 * find exactly the known repeats and nothing else. With extracted figures the lead adds seed-level measure tests
 * by passing {@code ArticleFigures} with figures to the same {@code check}.
 */
class SeedPassagesTest {

    static final String IRAN_STEPS_UP = "\u201cIran Steps Up Deportations Of Afghans, Schedules Talks With "
            + "Taliban\u201d";
    static final String PRESIDENT_URGES = "\u201cIranian President Urges Stronger Ties With Afghanistan, Signals "
            + "Willingness To \u2026\u201d";
    static final String PEZESHKIAN_OPEN = "\u201cIran\u2019s Pezeshkian Open To Visiting Afghanistan To Improve "
            + "Relations\u201d";

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void theSeedsRepeatExactlyTheirKnownPassages() {
        List<Finding> findings = checker.check(seeds(), null);

        // Articles are named by headline (issue 11): the key is an internal file name or ledger id.
        assertEquals(List.of(
                "The same passage of 20 words appears 2 times: " + IRAN_STEPS_UP + " (2\u00d7).",
                "The same passage of 23 words appears 3 times: " + PRESIDENT_URGES + ", " + PEZESHKIAN_OPEN
                        + " (2\u00d7).",
                "The same passage of 768 words appears 2 times: " + PRESIDENT_URGES + ", " + PEZESHKIAN_OPEN + "."),
                findings.stream().map(Finding::message).sorted().toList());
    }

    @Test
    void aFigureChangedInTheSharedParagraphsOf002IsFlagged() {
        List<ArticleFigures> seeds = new ArrayList<>(seeds());
        ArticleFigures copy = seeds.get(2);
        seeds.set(2, new ArticleFigures(copy.articleKey(), copy.text().replace("286,631", "268,631"), null,
                List.of()));

        List<Finding> changed = checker.check(seeds, null).stream()
                .filter(f -> f.kind() == FindingKind.COPY_CHANGED).toList();

        assertEquals(1, changed.size());
        assertEquals("Copies of the same sentence give \"286,631\" in " + PRESIDENT_URGES + " and \"268,631\" in "
                + PEZESHKIAN_OPEN + ".", changed.get(0).message());
    }

    private static List<ArticleFigures> seeds() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SeedPassagesTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArticleFigures read(Path file) {
        try {
            return new ArticleFigures(file.getFileName().toString(), Files.readString(file), null, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
