package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs the finder over every statistic-looking number of the five seed articles. */
class FigureContextFinderSeedsTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Pattern STATISTIC = Pattern.compile(
            "(?:(?:more than|over|at least|about|as many as|nearly)\\s+)?\\d[\\d,.]*\\d(?:\\s*(?:million|percent|%))?"
                    + "|\\d+%|tens of thousands");

    private final FigureContextFinder finder = new FigureContextFinder();

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everySeedFigureGetsSpansInsideTheText() throws IOException {
        List<Path> seeds = seeds();
        assertEquals(5, seeds.size(), "seed articles");
        int figures = 0;
        int withSubjectAndEvent = 0;
        for (Path seed : seeds) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            Matcher m = STATISTIC.matcher(text);
            while (m.find()) {
                Figure figure = new Figure(Span.of(text, m.start(), m.end()), FigureKind.COUNT, null, null, true,
                        true, false, null, null, null, null, null);
                Figure.FigureContext c = assertDoesNotThrow(
                        () -> finder.find(text, figure, LocalDate.of(2025, 7, 6)), seed + " at " + m.start());
                for (Span s : new Span[] {c.subject(), c.event(), c.place(), c.period(), c.source()}) {
                    if (s != null) {
                        assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), s.toString());
                        assertEquals(text.substring(s.start(), s.end()), s.text());
                        assertTrue(!s.overlaps(figure.span()) || s == c.period(), () -> s + " overlaps " + figure);
                    }
                }
                figures++;
                if (c.subject() != null && c.event() != null) {
                    withSubjectAndEvent++;
                }
            }
        }
        assertTrue(figures >= 60, "figures located: " + figures);
        assertTrue(withSubjectAndEvent >= 20, "figures with subject and event: " + withSubjectAndEvent);
    }

    @Test
    void givesTheSameContextsFromManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            Matcher m = STATISTIC.matcher(text);
            while (m.find()) {
                texts.add(text);
                figures.add(new Figure(Span.of(text, m.start(), m.end()), FigureKind.COUNT, null, null, true, true,
                        false, null, null, null, null, null));
            }
        }
        LocalDate published = LocalDate.of(2025, 7, 6);
        List<Figure.FigureContext> expected = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            expected.add(finder.find(texts.get(i), figures.get(i), published));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Figure.FigureContext>> results = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < figures.size(); i++) {
                    int n = i;
                    results.add(pool.submit(() -> finder.find(texts.get(n), figures.get(n), published)));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % figures.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsTheProductExampleFromSeedZero() throws IOException {
        String text = Files.readString(SEEDS.resolve("000_855578ea834ac26d.txt"), StandardCharsets.UTF_8);
        int start = text.indexOf("more than 75,000");
        Figure figure = new Figure(Span.of(text, start, start + 16), FigureKind.COUNT, null, null, false, true,
                false, null, null, null, null, null);
        Figure.FigureContext c = finder.find(text, figure, LocalDate.of(2025, 7, 6));
        assertEquals("undocumented Afghan migrants", c.subject().text());
        assertEquals("left", c.event().text());
        assertEquals("Iran", c.place().text());
        assertEquals("in the past two weeks", c.period().text());
        assertEquals("Bijar", c.source().text());
        assertEquals(LocalDate.of(2025, 6, 22), c.periodFrom());
        assertEquals(LocalDate.of(2025, 7, 6), c.periodTo());
    }

    @Test
    void attributesTheFigureAfterQuotedSpeechToThePrecedingSpeakerInSeedTwo() throws IOException {
        String text = Files.readString(SEEDS.resolve("002_36ac887a2783dbf1.txt"), StandardCharsets.UTF_8);
        int start = text.indexOf("286,631");
        Figure figure = new Figure(Span.of(text, start, start + 7), FigureKind.COUNT, null, null, true, true,
                false, null, null, null, null, null);
        Figure.FigureContext c = finder.find(text, figure, LocalDate.of(2025, 7, 20));
        assertEquals("UN High Commissioner for Refugees", c.source().text());
        assertEquals("Pakistan", c.place().text());
        assertEquals(LocalDate.of(2025, 4, 1), c.periodFrom());
        assertEquals(LocalDate.of(2025, 7, 15), c.periodTo());
    }
}
