package claimdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.analysis.figures.FigureExtractor;
import claimdesk.model.Figure;
import claimdesk.service.FigureIndexer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cutting a long text at blank lines must give exactly the figures of one pass over the whole text. */
class ChunkedExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 7, 6);
    private final FigureExtractor extractor = FigureIndexer.extractor();

    @Test
    void seedsCutAtEveryBlankLineGiveTheFiguresOfTheWholeText() throws Exception {
        String seeds = seeds();
        ChunkedExtractor everyParagraph = new ChunkedExtractor(extractor::extract, new InOrderPool(2), 1);

        assertEquals(extractor.extract(seeds, PUBLISHED), everyParagraph.extract(seeds, PUBLISHED));
    }

    @Test
    void nonStatisticsToo() throws Exception {
        String seeds = seeds();
        ChunkedExtractor everyParagraph = new ChunkedExtractor(extractor::extractAll, new InOrderPool(2), 1);

        assertEquals(extractor.extractAll(seeds, null), everyParagraph.extract(seeds, null));
    }

    @Test
    void cutsFallAtTheStartOfAParagraphAfterABlankLine() {
        String text = "aaaa\n\nbb\n\n\ncc\n\n";

        assertEquals(List.of(0, 6, 11, text.length()), ChunkedExtractor.cuts(text, 1));
        assertEquals(List.of(0, 11, text.length()), ChunkedExtractor.cuts(text, 5));
        String oneParagraph = "no blank line\nat all";
        assertEquals(List.of(0, oneParagraph.length()), ChunkedExtractor.cuts(oneParagraph, 1));
    }

    /** The five seeds, each repeated, as one text: offsets then run far past a chunk's start. */
    private static String seeds() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file).strip());
            }
        }
        List<String> repeated = new ArrayList<>(texts);
        repeated.addAll(texts);
        return String.join("\n\n", repeated);
    }
}
