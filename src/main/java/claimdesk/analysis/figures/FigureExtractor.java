package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Extracts the numbers of an English news text as {@link Figure}s, ordered by start, never overlapping.
 *
 * <p>{@link #extract} returns statistics only (count, percent, money, measure, rate), each with the context the
 * {@link ContextFinder} finds; {@link #extractAll} adds the numbers that are not statistics (dates, years,
 * durations, ordinals, identifiers, times), which carry no context. Spans of qualified figures include the
 * qualifier ("more than 75,000"); a date's span covers the whole date ("Saturday, 5 July").
 *
 * <p>Immutable and thread-safe if the context finder is. Never throws for any text; null text gives an empty list.
 */
public final class FigureExtractor {
    private static final Logger LOG = Logger.getLogger(FigureExtractor.class.getName());
    private final ContextFinder contextFinder;
    private final FigureAssembler assembler = new FigureAssembler();

    public FigureExtractor() {
        this(ContextFinder.NONE);
    }

    public FigureExtractor(ContextFinder contextFinder) {
        this.contextFinder = Objects.requireNonNull(contextFinder, "contextFinder");
    }

    public List<Figure> extract(String text) {
        return extract(text, null);
    }

    /** Statistics only; {@code publishedOn} may be null and is passed to the context finder. */
    public List<Figure> extract(String text, LocalDate publishedOn) {
        return collect(text, publishedOn, false);
    }

    /** Statistics with context, plus the dates, years, durations and other numbers without context. */
    public List<Figure> extractAll(String text, LocalDate publishedOn) {
        return collect(text, publishedOn, true);
    }

    private List<Figure> collect(String text, LocalDate publishedOn, boolean all) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Figure> out = new ArrayList<>();
        // Our own finder shares each sentence's tokens among the figures of this text; others are asked as they are.
        ContextFinder finder = contextFinder instanceof FigureContextFinder ours ? ours.forText(text) : contextFinder;
        for (Figure f : assembler.assemble(text)) {
            if (f.kind().isStatistic()) {
                out.add(f.withContext(context(finder, text, f, publishedOn)));
            } else if (all) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    private static Figure.FigureContext context(ContextFinder finder, String text, Figure f, LocalDate publishedOn) {
        try {
            return finder.find(text, f, publishedOn);
        } catch (RuntimeException e) {
            // A broken context finder must not cost the reader its figures; the figure keeps no context.
            LOG.log(Level.WARNING, "context finder failed at " + f.start(), e);
            return Figure.FigureContext.NONE;
        }
    }
}
