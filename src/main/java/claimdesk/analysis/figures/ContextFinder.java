package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import java.time.LocalDate;

/**
 * Finds what a statistical figure counts, where, when and according to whom. Implementations must be
 * thread-safe and must not throw on any input; {@code publishedOn} may be null.
 */
@FunctionalInterface
public interface ContextFinder {
    Figure.FigureContext find(String text, Figure figure, LocalDate publishedOn);

    ContextFinder NONE = (text, figure, publishedOn) -> Figure.FigureContext.NONE;
}
