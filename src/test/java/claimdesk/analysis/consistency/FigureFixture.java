package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds figures by hand for tests, finding every span by {@code indexOf} so tests read like the sentences they
 * check. Context words are looked up from the start of the figure's line, where the subject usually is.
 */
final class FigureFixture {

    private final String text;
    private final Span span;
    private FigureKind kind = FigureKind.COUNT;
    private BigDecimal low;
    private BigDecimal high;
    private boolean lowInclusive = true;
    private boolean highInclusive = true;
    private boolean approx;
    private String per;
    private Span subject;
    private Span event;
    private Span place;
    private Span period;
    private LocalDate periodFrom;
    private LocalDate periodTo;

    private FigureFixture(String text, int start, String figureText) {
        if (start < 0) {
            throw new IllegalArgumentException("no \"" + figureText + "\" in the text");
        }
        this.text = text;
        this.span = Span.of(text, start, start + figureText.length());
    }

    /** The first occurrence of {@code figureText}. */
    static FigureFixture figure(String text, String figureText) {
        return new FigureFixture(text, text.indexOf(figureText), figureText);
    }

    /** The first occurrence of {@code figureText} after the first occurrence of {@code anchor}. */
    static FigureFixture figure(String text, String figureText, String anchor) {
        int at = text.indexOf(anchor);
        if (at < 0) {
            throw new IllegalArgumentException("no \"" + anchor + "\" in the text");
        }
        return new FigureFixture(text, text.indexOf(figureText, at), figureText);
    }

    FigureFixture exactly(long value) {
        low = BigDecimal.valueOf(value);
        high = low;
        return this;
    }

    FigureFixture exactly(String value) {
        low = new BigDecimal(value);
        high = low;
        return this;
    }

    FigureFixture atLeast(long value) {
        low = BigDecimal.valueOf(value);
        high = null;
        return this;
    }

    FigureFixture moreThan(String value) {
        low = new BigDecimal(value);
        lowInclusive = false;
        high = null;
        return this;
    }

    FigureFixture under(long value) {
        low = null;
        high = BigDecimal.valueOf(value);
        highInclusive = false;
        return this;
    }

    FigureFixture between(long from, long to) {
        low = BigDecimal.valueOf(from);
        high = BigDecimal.valueOf(to);
        return this;
    }

    FigureFixture approx() {
        approx = true;
        return this;
    }

    FigureFixture kind(FigureKind newKind) {
        kind = newKind;
        return this;
    }

    FigureFixture perDay() {
        kind = FigureKind.RATE;
        per = "day";
        return this;
    }

    FigureFixture subject(String words) {
        subject = context(words);
        return this;
    }

    FigureFixture event(String words) {
        event = context(words);
        return this;
    }

    FigureFixture place(String words) {
        place = context(words);
        return this;
    }

    FigureFixture period(String words, LocalDate from, LocalDate to) {
        period = context(words);
        periodFrom = from;
        periodTo = to;
        return this;
    }

    FigureFixture period(String words) {
        return period(words, null, null);
    }

    Figure build() {
        return new Figure(span, kind, low, high, lowInclusive, highInclusive, approx, null, null, null, per,
                new Figure.FigureContext(subject, event, place, period, null, periodFrom, periodTo));
    }

    private Span context(String words) {
        int lineStart = text.lastIndexOf('\n', span.start()) + 1;
        int at = text.indexOf(words, lineStart);
        if (at < 0) {
            throw new IllegalArgumentException("no \"" + words + "\" on the line of " + span.text());
        }
        return Span.of(text, at, at + words.length());
    }
}
