package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import claimdesk.model.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Freezes what the app's pipeline ({@link FigureExtractor} with {@link FigureContextFinder}) finds, so that
 * speed work can prove it changed no result. The inputs are the seed articles, the sentences of the test tables
 * (copied once into {@code golden/extraction-sentences.txt} so later table edits don't move the golden file),
 * those sentences grouped into paragraphs (sources from earlier sentences), and all of them run together on one
 * line without stops (sentence scans that hit their 1,500-character limit).
 *
 * <p>After an intended change of behaviour, regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class ExtractionGoldenTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 6);
    private static final Path GOLDEN = Path.of("src/test/resources/golden/extraction.txt");
    private static final Path SENTENCES = Path.of("src/test/resources/golden/extraction-sentences.txt");

    private final FigureExtractor extractor = new FigureExtractor(new FigureContextFinder());

    @Test
    void extractionMatchesTheGoldenDump() throws IOException {
        StringBuilder dump = new StringBuilder();
        for (Map.Entry<String, String> input : inputs().entrySet()) {
            dump.append("== ").append(input.getKey()).append('\n');
            for (Figure f : extractor.extract(input.getValue(), PUBLISHED)) {
                dump.append(describe(f)).append('\n');
            }
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, dump, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), dump.toString().stripTrailing());
    }

    private static Map<String, String> inputs() throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                inputs.put("seed " + seed.getFileName(), Files.readString(seed, StandardCharsets.UTF_8));
            }
        }
        List<String> sentences = Files.readAllLines(SENTENCES, StandardCharsets.UTF_8).stream()
                .filter(s -> !s.isBlank()).toList();
        for (int i = 0; i < sentences.size(); i++) {
            inputs.put("sentence " + i, sentences.get(i));
        }
        for (int i = 0; i < sentences.size(); i += 3) {
            List<String> group = sentences.subList(i, Math.min(sentences.size(), i + 3));
            inputs.put("paragraph " + i, String.join(" ", group) + "\n" + String.join(" ", group));
        }
        List<String> unstopped = new ArrayList<>();
        for (String s : sentences) {
            unstopped.add(s.replace('.', ' ').replace('!', ' ').replace('?', ' '));
        }
        inputs.put("one line without stops", String.join(" and ", unstopped));
        return inputs;
    }

    private static String describe(Figure f) {
        Figure.FigureContext c = f.context();
        return f.start() + ".." + f.end() + " [" + f.text() + "] " + f.kind()
                + " low=" + plain(f.low()) + (f.lowInclusive() ? " incl" : " excl")
                + " high=" + plain(f.high()) + (f.highInclusive() ? " incl" : " excl")
                + " approx=" + f.approx() + " qualifier=" + f.qualifier() + " unit=" + f.unit()
                + " currency=" + f.currency() + " per=" + f.per()
                + " | subject=" + span(c.subject()) + " event=" + span(c.event()) + " place=" + span(c.place())
                + " period=" + span(c.period()) + " " + c.periodFrom() + ".." + c.periodTo()
                + " source=" + span(c.source());
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }

    private static String span(Span s) {
        return s == null ? "-" : s.start() + ".." + s.end() + "[" + s.text() + "]";
    }
}
