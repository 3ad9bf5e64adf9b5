package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import java.time.LocalDate;

/** Finds what a figure counts, where, when and according to whom. Implementations must be thread-safe. */
@FunctionalInterface
public interface ContextFinder {
    Figure.FigureContext find(String text, Figure figure, LocalDate publishedOn);
    ContextFinder NONE = (text, figure, publishedOn) -> Figure.FigureContext.NONE;
}
