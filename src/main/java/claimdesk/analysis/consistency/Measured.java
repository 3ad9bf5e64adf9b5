package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

/**
 * A statistical figure with its article, its measure key, how it was read and its measure parts (the reading's,
 * with the reviewer's merges and splits applied); the unit that measure checks bucket and compare.
 */
record Measured(ArticleText article, Figure figure, MeasureKey key, FigureReader.Reading reading,
                MeasureParts parts) {

    /** A figure measured as read, without corrections. */
    Measured(ArticleText article, Figure figure, MeasureKey key) {
        this(article, figure, key, null, MeasureParts.NONE);
    }

    FigureReader.Role role() {
        return reading == null ? FigureReader.Role.NONE : reading.role();
    }

    int sentence() {
        return reading == null ? -1 : reading.sentence();
    }

    boolean placeInferred() {
        return reading != null && reading.placeInferred();
    }

    /** Article key, then offset: an order that does not depend on the order articles came in. */
    static final Comparator<Measured> BY_POSITION = Comparator
            .comparing((Measured m) -> m.article().key())
            .thenComparingInt(m -> m.figure().start());

    TextRef ref() {
        return article.ref(figure);
    }

    /** First day of the period, or null when unknown. */
    LocalDate from() {
        return figure.context().periodFrom();
    }

    /** Last day of the period; an open-ended period ("since April") ends on the publication day; null if unknown. */
    LocalDate to() {
        Figure.FigureContext context = figure.context();
        if (context.periodTo() != null) {
            return context.periodTo();
        }
        return context.periodFrom() == null ? null : article.publishedOn();
    }

    boolean hasDates() {
        return from() != null && to() != null;
    }

    /** The period as written, lower-cased, or null; used when no dates could be resolved. */
    String periodText() {
        return figure.context().period() == null ? null
                : figure.context().period().text().toLowerCase(Locale.ROOT).strip();
    }

    /** The period as written, for messages: "since the beginning of the year" or "period not stated". */
    String periodLabel() {
        return figure.context().period() == null ? "period not stated" : figure.context().period().text();
    }
}
