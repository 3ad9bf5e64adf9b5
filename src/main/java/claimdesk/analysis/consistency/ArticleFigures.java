package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article as the consistency check sees it: its key (file name or ledger id as a string; unique within one
 * check), its headline (what messages call it; never blank), its full text, the date it was published (null when
 * unknown; relative periods and rates then stay unresolved) and the figures found in it, whose spans are offsets
 * into {@code text}, held {@link Figure#normalised() normalised} (money in its main unit). Proportions ("two
 * thirds") are held as the percents they stand for, so every check compares them with percents ("66%"); their
 * text stays as written. Immutable.
 */
public record ArticleFigures(String articleKey, String title, String text, LocalDate publishedOn,
                             List<Figure> figures) {

    private static final int MAX_TITLE = 80;

    public ArticleFigures {
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(text, "text");
        title = title == null || title.isBlank() ? titleOf(text, articleKey) : title.strip();
        // Every check compares amounts, so money in a sub-unit is restated once here ("19 cents" as USD 0.19), and a
        // proportion as its percent.
        figures = ProportionsAsPercents.convert(figures == null ? List.of()
                : figures.stream().map(Figure::normalised).toList());
        for (Figure figure : figures) {
            if (figure.end() > text.length()) {
                throw new IllegalArgumentException("figure " + figure.text() + " lies outside article " + articleKey);
            }
        }
    }

    /** An article titled by its first non-blank line, as stored articles and the seeds are. */
    public ArticleFigures(String articleKey, String text, LocalDate publishedOn, List<Figure> figures) {
        this(articleKey, null, text, publishedOn, figures);
    }

    private static String titleOf(String text, String key) {
        for (String line : text.split("\\R", 20)) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                return stripped.length() <= MAX_TITLE ? stripped : stripped.substring(0, MAX_TITLE - 1) + "\u2026";
            }
        }
        return key;
    }
}
