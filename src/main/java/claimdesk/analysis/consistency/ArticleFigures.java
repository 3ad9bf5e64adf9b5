package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article as the consistency check sees it: its key (file name or ledger id as a string; unique within one
 * check), its full text, the date it was published (null when unknown; relative periods and rates then stay
 * unresolved) and the figures found in it, whose spans are offsets into {@code text}. Immutable.
 */
public record ArticleFigures(String articleKey, String text, LocalDate publishedOn, List<Figure> figures) {

    public ArticleFigures {
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures == null ? List.of() : figures);
        for (Figure figure : figures) {
            if (figure.end() > text.length()) {
                throw new IllegalArgumentException("figure " + figure.text() + " lies outside article " + articleKey);
            }
        }
    }
}
