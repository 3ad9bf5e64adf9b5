package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import claimdesk.model.Span;
import java.time.LocalDate;
import java.util.function.Function;

/** Reads one context field of one figure of a news sentence, for the context table tests. */
final class ContextFields {
    /** The day the table tests' sentences are taken to be published on, for relative periods. */
    static final LocalDate PUBLISHED = LocalDate.of(2016, 3, 1);

    private static final FigureExtractor EXTRACTOR = new FigureExtractor(new FigureContextFinder());

    private ContextFields() {
    }

    /** The text of {@code part} of the figure written {@code figureText} in {@code sentence}, or null when empty. */
    static String field(String sentence, String figureText, Function<Figure.FigureContext, Span> part) {
        for (Figure f : EXTRACTOR.extract(sentence, PUBLISHED)) {
            if (f.span().text().equals(figureText)) {
                Span s = part.apply(f.context());
                return s == null ? null : s.text();
            }
        }
        throw new AssertionError("no figure '" + figureText + "' in: " + sentence);
    }
}
