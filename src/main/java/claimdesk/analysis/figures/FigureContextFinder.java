package claimdesk.analysis.figures;

import claimdesk.analysis.lexicon.EventLexicon;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a figure's context from its own sentence: subject, event, place, period and source, each a span of the
 * text or null (see {@link SubjectFinder}, {@link EventFinder}, {@link PlaceFinder}, {@link PeriodResolver} and
 * {@link SourceFinder} for the rules). Only the source may come from earlier sentences of the same line.
 *
 * <p>Figures share context in two cases. A figure without a noun of its own ("while 13746 crossed via Pul-e
 * Abrisham") takes the subject of the nearest count before it in the sentence, and that count's event, place and
 * period where it has none. Counts in one list ("1,200 families, 800 single men and 300 minors crossed") fill
 * each other's missing event, place and period, but keep their own subjects.
 *
 * <p>Figures that are not statistics (dates, years, durations, identifiers) get {@link
 * Figure.FigureContext#NONE}: the checks never compare them, and a "subject" of "in 2022" would only mislead.
 *
 * <p>Stateless and thread-safe; every call works on the figure's sentence only (at most
 * {@link SentenceBounds#MAX_SCAN} characters each side), so the cost per figure does not grow with the text.
 */
public final class FigureContextFinder implements ContextFinder {

    private static final int MAX_SIBLINGS = 4;
    /**
     * How many counts back a figure without a noun looks for one to share. Each look reads a whole context, so
     * with no limit a sentence of bare numbers ("1 1 1 …", 500 to a piece) cost the square of its counts.
     */
    private static final int MAX_PARALLEL = 8;

    @Override
    public Figure.FigureContext find(String text, Figure figure, LocalDate publishedOn) {
        Objects.requireNonNull(text, "text");
        return find(new SentenceCache(text), figure, publishedOn);
    }

    /**
     * This finder for the figures of one text: each sentence is tokenised and its period phrases matched once for
     * all its figures, not once per figure. The result gives the same contexts as {@link #find}; it is meant for
     * one thread and one extraction call, and reads any other text without the cache.
     */
    ContextFinder forText(String text) {
        SentenceCache cache = new SentenceCache(text);
        return (other, figure, publishedOn) -> other == text ? find(cache, figure, publishedOn)
                : find(other, figure, publishedOn);
    }

    private Figure.FigureContext find(SentenceCache cache, Figure figure, LocalDate publishedOn) {
        Objects.requireNonNull(figure, "figure");
        if (!figure.kind().isStatistic()) {
            return Figure.FigureContext.NONE;
        }
        String text = cache.text();
        int figStart = Math.min(figure.start(), text.length());
        int figEnd = Math.max(figStart, Math.min(figure.end(), text.length()));
        int sentenceStart = SentenceBounds.start(text, figStart);
        Tokens t = cache.tokens(sentenceStart, SentenceBounds.end(text, figEnd));
        PeriodPhrases phrases = cache.periods(t);

        int before = t.lastEndingAtOrBefore(figStart);
        int after = t.firstAtOrAfter(figEnd);
        SubjectFinder.Result own = SubjectFinder.find(t, after);
        Reading reading = read(phrases, t, own, before, figStart, figEnd, publishedOn, true);
        if (reading.subject() == null && !isEventNoun(t, reading.event())) {
            reading = reading.fill(parallel(phrases, t, before, publishedOn, reading.period() == null), true);
        }
        for (int k : siblings(t, before, after)) {
            if (reading.isComplete()) {
                break;
            }
            reading = reading.fill(read(phrases, t, SubjectFinder.find(t, k + 1), k - 1, t.start(k), t.end(k),
                    publishedOn, reading.period() == null), false);
        }
        if (reading.place() == null) {
            reading = reading.fill(new Reading(null, null, PlaceFinder.knownBefore(t, Math.max(0, before + 1)), null), false);
        }
        if (reading.place() == null) {
            reading = reading.fill(new Reading(null, null, PlaceModifiers.find(t, before, after), null), false);
        }
        TokenRange event = reading.event() != null ? reading.event()
                : EventFinder.general(t, before, own.next(),
                        figure.kind() == FigureKind.COUNT);
        PeriodResolver.Found period = reading.period();
        if (period != null && PeriodResolver.isForeignTo(t, period.span(), figStart, figEnd)) {
            period = null;
        }
        return new Figure.FigureContext(span(t, reading.subject()), span(t, event),
                span(t, reading.place()), period == null ? null : period.span(),
                SourceFinder.find(cache, t, sentenceStart, figStart, figEnd),
                period == null ? null : period.range().from(), period == null ? null : period.range().to());
    }

    /**
     * What the words around one number say, ignoring other numbers; the period only if {@code withPeriod}.
     * {@code found} is what {@link SubjectFinder#find} reads after the number, passed in because the caller needs
     * its end too.
     */
    private static Reading read(PeriodPhrases phrases, Tokens t, SubjectFinder.Result found, int before,
                                int figStart, int figEnd, LocalDate pub, boolean withPeriod) {
        SubjectFinder.Result subject = found;
        if (subject.subject() == null && subject.eventNoun() == null) {
            SubjectFinder.Result level = SubjectFinder.level(t, before);
            if (level != null) {
                subject = new SubjectFinder.Result(level.subject(), level.eventNoun(), subject.next());
            }
        }
        TokenRange event = subject.eventNoun() != null ? subject.eventNoun()
                : EventFinder.after(t, subject.next(), false);
        boolean active = false;
        if (event == null) {
            event = EventFinder.before(t, before);
            active = event != null;
        }
        if (event == null) {
            event = EventFinder.after(t, subject.next(), true);
        }
        TokenRange place = active && PlaceFinder.isHosting(t, event) ? PlaceFinder.actor(t, event) : null;
        if (place == null) {
            place = PlaceFinder.after(t, subject.next(), active ? null : event);
        }
        if (place == null) {
            place = PlaceFinder.fronted(t, before);
        }
        if (place == null && active) {
            place = PlaceFinder.actor(t, event);
        }
        // Periods are the costliest part, so a reading only lends one when asked for it.
        PeriodResolver.Found period = withPeriod ? PeriodResolver.nearest(phrases, t, figStart, figEnd, pub) : null;
        return new Reading(subject.subject(), event, place, period);
    }

    /** The reading of the nearest count before token {@code k} that says what it counts, or null. */
    private static Reading parallel(PeriodPhrases phrases, Tokens t, int k, LocalDate pub, boolean withPeriod) {
        for (int tried = 0; k >= 0 && tried < MAX_PARALLEL; k--) {
            if (t.isCount(k)) {
                tried++;
                Reading r = read(phrases, t, SubjectFinder.find(t, k + 1), k - 1, t.start(k), t.end(k), pub,
                        withPeriod);
                if (r.subject() != null || isEventNoun(t, r.event())) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Token indexes of counts in the same list as the figure, nearest first, alternating left and right. */
    private static int[] siblings(Tokens t, int before, int after) {
        int[] found = new int[2 * MAX_SIBLINGS];
        int n = 0;
        int left = before;
        int right = after;
        while (n < found.length && (left >= 0 || right < t.size())) {
            while (left >= 0 && isListToken(t, left) && !t.isCount(left)) {
                left--;
            }
            if (left >= 0 && t.isCount(left)) {
                found[n++] = left--;
            } else {
                left = -1;
            }
            while (right < t.size() && isListToken(t, right) && !t.isCount(right)) {
                right++;
            }
            if (right < t.size() && t.isCount(right) && n < found.length) {
                found[n++] = right++;
            } else {
                right = t.size();
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** Tokens that may sit between the counts of one list: nouns, commas, "and", qualifiers, scale words. */
    private static boolean isListToken(Tokens t, int k) {
        String w = t.lower(k);
        return t.isCount(k) || t.isPunct(k, ",%") || w.equals("and") || w.equals("or") || w.equals("of")
                || Words.QUALIFIERS.contains(w) || Words.SCALE.contains(w) || SubjectFinder.isNounPhraseWord(t, k);
    }

    private static boolean isEventNoun(Tokens t, TokenRange event) {
        return event != null && EventLexicon.isNoun(t.lower(event.from()));
    }

    private static Span span(Tokens t, TokenRange r) {
        return r == null ? null : t.span(r.from(), r.to());
    }
}
