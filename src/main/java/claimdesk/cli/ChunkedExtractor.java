package claimdesk.cli;

import claimdesk.model.Figure;
import claimdesk.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Extracts the figures of one long text in parallel: the text is cut at blank lines into chunks of about
 * {@link #CHUNK} characters, each chunk is extracted on its own, and the figures' offsets (their spans and their
 * context's) are moved back to the whole text. The engine reads nothing across a blank line (a paragraph is a
 * line, and every look-back stops at the paragraph), so the figures are those of one pass over the whole text;
 * {@code ChunkedExtractorTest} checks that on the seeds cut at every blank line.
 *
 * <p>Texts shorter than two chunks are extracted in one piece. Thread-safe if the extraction is.
 */
final class ChunkedExtractor {

    /** Big enough that a chunk's work dwarfs handing it to a thread, small enough to share 16 MB among cores. */
    static final int CHUNK = 512 * 1024;

    private final BiFunction<String, LocalDate, List<Figure>> extraction;
    private final InOrderPool pool;
    private final int chunk;

    ChunkedExtractor(BiFunction<String, LocalDate, List<Figure>> extraction, InOrderPool pool, int chunk) {
        this.extraction = extraction;
        this.pool = pool;
        this.chunk = chunk;
    }

    List<Figure> extract(String text, LocalDate publishedOn) {
        List<Integer> cuts = cuts(text, chunk);
        if (cuts.size() <= 2) {
            return extraction.apply(text, publishedOn);
        }
        List<Integer> chunks = java.util.stream.IntStream.range(0, cuts.size() - 1).boxed().toList();
        List<Figure> figures = new ArrayList<>();
        try {
            pool.run(chunks, i -> {
                int start = cuts.get(i);
                return shifted(extraction.apply(text.substring(start, cuts.get(i + 1)), publishedOn), start);
            }, figures::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // figures::addAll throws none
        }
        return List.copyOf(figures);
    }

    /**
     * Chunk boundaries: 0, then the start of the next paragraph after each blank line that lies at least
     * {@code size} characters past the previous boundary, then the text's length. A text with no blank line stays
     * one chunk.
     */
    static List<Integer> cuts(String text, int size) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        int from = size;
        while (from < text.length()) {
            int blank = text.indexOf("\n\n", from);
            if (blank < 0) {
                break;
            }
            int next = blank + 2;
            while (next < text.length() && text.charAt(next) == '\n') {
                next++;
            }
            if (next >= text.length()) {
                break;
            }
            cuts.add(next);
            from = next + size;
        }
        cuts.add(text.length());
        return cuts;
    }

    private static List<Figure> shifted(List<Figure> figures, int offset) {
        if (offset == 0) {
            return figures;
        }
        List<Figure> moved = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Figure.FigureContext c = f.context();
            Figure.FigureContext context = c == Figure.FigureContext.NONE ? c : new Figure.FigureContext(
                    shift(c.subject(), offset), shift(c.event(), offset), shift(c.place(), offset),
                    shift(c.period(), offset), shift(c.source(), offset), c.periodFrom(), c.periodTo());
            moved.add(new Figure(shift(f.span(), offset), f.kind(), f.low(), f.high(), f.lowInclusive(),
                    f.highInclusive(), f.approx(), f.qualifier(), f.unit(), f.currency(), f.per(), context));
        }
        return moved;
    }

    private static Span shift(Span span, int offset) {
        return span == null ? null : new Span(span.start() + offset, span.end() + offset, span.text());
    }
}
