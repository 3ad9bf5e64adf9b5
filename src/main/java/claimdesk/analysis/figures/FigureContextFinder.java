package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import claimdesk.model.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads a figure's context from its own sentence: subject, event, place, period and source, each a span of the
 * text or null (see {@link SubjectFinder}, {@link EventFinder}, {@link PlaceFinder}, {@link PeriodResolver} and
 * {@link SourceFinder} for the rules). Only the source may come from earlier sentences of the same line.
 * A figure without a noun of its own ("while 13746 crossed via Pul-e Abrisham") takes the subject of the
 * nearest number before it in the sentence, and that number's event and place where it has none.
 *
 * <p>Stateless and thread-safe; every call works on the figure's sentence only (at most
 * {@link SentenceBounds#MAX_SCAN} characters each side), so the cost per figure does not grow with the text.
 */
public final class FigureContextFinder implements ContextFinder {

    /** The subject, event and place read around one number, as token ranges; any may be null. */
    private record Reading(TokenRange subject, TokenRange event, TokenRange place) {
        Reading inherit(Reading parallel) {
            return new Reading(parallel.subject, event != null ? event : parallel.event,
                    place != null ? place : parallel.place);
        }
    }

    @Override
    public Figure.FigureContext find(String text, Figure figure, LocalDate publishedOn) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(figure, "figure");
        int figStart = Math.min(figure.start(), text.length());
        int figEnd = Math.max(figStart, Math.min(figure.end(), text.length()));
        int sentenceStart = SentenceBounds.start(text, figStart);
        int sentenceEnd = SentenceBounds.end(text, figEnd);
        Tokens t = new Tokens(text, sentenceStart, sentenceEnd);

        int before = t.lastEndingAtOrBefore(figStart);
        Reading reading = read(t, t.firstAtOrAfter(figEnd), before);
        if (reading.subject() == null && !isEventNoun(t, reading.event())) {
            Reading parallel = parallel(t, before);
            if (parallel != null) {
                reading = reading.inherit(parallel);
            }
        }
        PeriodResolver.Found period = PeriodResolver.nearest(text, t, figStart, figEnd, publishedOn);
        Span source = SourceFinder.find(text, t, sentenceStart, figStart, figEnd);
        return new Figure.FigureContext(span(t, reading.subject()), span(t, reading.event()),
                span(t, reading.place()), period == null ? null : period.span(), source,
                period == null ? null : period.range().from(), period == null ? null : period.range().to());
    }

    private static Reading read(Tokens t, int after, int before) {
        SubjectFinder.Result subject = SubjectFinder.find(t, after);
        TokenRange event = subject.eventNoun() != null ? subject.eventNoun() : EventFinder.after(t, subject.next());
        boolean active = false;
        if (event == null) {
            event = EventFinder.before(t, before);
            active = event != null;
        }
        TokenRange place = PlaceFinder.after(t, subject.next(), active ? null : event);
        if (place == null) {
            place = PlaceFinder.fronted(t, before);
        }
        if (place == null && active) {
            place = PlaceFinder.actor(t, event);
        }
        return new Reading(subject.subject(), event, place);
    }

    /** The reading of the nearest plain number before token {@code k} that has a subject, or null. */
    private static Reading parallel(Tokens t, int k) {
        for (; k >= 0; k--) {
            if (isPlainNumber(t, k)) {
                Reading r = read(t, k + 1, k - 1);
                if (r.subject() != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static boolean isPlainNumber(Tokens t, int k) {
        String w = t.lower(k);
        return t.isNumber(k) && w.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
    }

    private static boolean isEventNoun(Tokens t, TokenRange event) {
        return event != null && EventLexicon.isNoun(t.lower(event.from()));
    }

    private static Span span(Tokens t, TokenRange r) {
        return r == null ? null : t.span(r.from(), r.to());
    }
}
