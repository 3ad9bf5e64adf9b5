package claimdesk.analysis.consistency;

import claimdesk.analysis.lexicon.EventLexicon;
import claimdesk.analysis.lexicon.PersonNouns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how two figures of one counted class and dimension relate, before any check looks at their numbers.
 *
 * <p>Each part of the measure votes. Population: equal, one a group of the other (children of people), unknown,
 * or different (then incomparable). Place: equal, one inside the other ({@link Places}), or different; unknown
 * only counts as equal inside one article. Period: resolved dates equal, nested or apart; without dates, the same
 * words on the same day, or two year-to-date phrases of unknown year (an assumption, so low confidence). Counts of
 * one incident (killed, wounded...) without any period are one event inside one story or on one publication day.
 * All votes equal: the same quantity. Votes for nesting one way: part of. Votes both ways, or apart: no relation.
 * "rose to", "climbed to", "from 59 to 73", or an incident count published on a later day (within
 * {@value #UPDATE_DAYS} days): a later update of one running total. An incident figure whose sentence speaks of
 * another event ("in a separate attack", "last month", "elsewhere") relates to no other incident figure. Inside one
 * story, a bare "one" victim ("One person was killed") is a part of the story's larger toll.
 * Projections and targets relate to nothing.
 */
final class FigureRelation {

    enum Type { SAME_QUANTITY, PART_OF, UPDATE, NONE }

    /** How the periods were matched: by dates or words, by assumption, or not at all. */
    enum PeriodMatch { STATED, SAME_EVENT, ASSUMED, NONE }

    /**
     * The relation of two figures. For {@code PART_OF}, {@code first} is the part; for {@code UPDATE},
     * {@code first} is the earlier figure and {@code ordered} says whether that order is known (publication
     * dates or one story) rather than guessed.
     */
    record Relation(Type type, Measured first, Measured second, PeriodMatch period, boolean ordered) {
    }

    private enum Vote { SAME, FIRST_INSIDE, SECOND_INSIDE, UNKNOWN, APART }

    private static final Pattern YEAR_TO_DATE = Pattern.compile("(?:since|from) the (?:beginning|start) of (?:the|this)"
            + " year|(?:so far )?this year|since january|year to date|so far in \\d{4}");
    private static final Pattern PART_CUE = Pattern.compile("\\b(?:out of|of a total of|of the|of|of whom|of which"
            + "|among)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBSET = Pattern.compile("^\\s*(?:of|among)\\s+(?:the|those|them|whom|these|its"
            + "|their)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PERSON_GROUPS = Set.of("women-children", "civilian", "soldier", "police",
            "policemen", "policeman", "troop", "fighter", "militant", "student", "worker", "child", "men", "man",
            "teacher", "journalist", "doctor", "family", "tourist", "person:undocumented", "person:registered",
            "person:unregistered", "person:documented");

    /** Reports of one incident's toll more than this many days apart are taken to be about different incidents. */
    static final int UPDATE_DAYS = 7;
    // "last month", "last July" mark another incident; "last Saturday's quake", "last week" a story's own, told
    // later, and so does "the previous day" ("bombings carried out the previous day ... climbed to 73").
    private static final Pattern OTHER_EVENT = Pattern.compile("\\b(?:separate|another|second|third|fourth|earlier"
            + "|similar|elsewhere|meanwhile|other)\\b|\\bprevious\\b(?!\\s+(?:day|night|evening|morning)\\b)|\\blast\\b(?!\\s+(?:week|weekend|night|monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday)\\b)", Pattern.CASE_INSENSITIVE);
    /** Longest period that still dates one incident ("at the weekend", "last week") rather than a stretch of them. */
    private static final int INCIDENT_SPAN_DAYS = 7;
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private FigureRelation() {
    }

    /** Whether the figure counts a part of a group named after it: "six of the wounded", "two of them". */
    static boolean subset(Measured m) {
        String text = m.article().text();
        int end = m.figure().end();
        return SUBSET.matcher(text.substring(end, Math.min(text.length(), end + 24))).find();
    }

    /** Whether the figure's sentence says it is about another incident than the story's. */
    private static boolean otherEvent(Measured m) {
        int s = m.sentence();
        if (s < 0) {
            return false;
        }
        String sentence = m.article().textOf(m.article().sentences.get(s));
        return OTHER_EVENT.matcher(sentence).find() || pastYear(sentence, m.article().publishedOn());
    }

    /** "the site of a 2015 derailment that claimed eight lives", in a story of 2016: an earlier incident. */
    private static boolean pastYear(String sentence, LocalDate published) {
        if (published == null) {
            return false;
        }
        var years = YEAR.matcher(sentence);
        while (years.find()) {
            if (Integer.parseInt(years.group()) < published.getYear()) {
                return true;
            }
        }
        return false;
    }

    /** Whether both articles were published within {@code days} of each other (unknown dates: yes). */
    private static boolean within(Measured a, Measured b, int days) {
        LocalDate da = a.article().publishedOn();
        LocalDate db = b.article().publishedOn();
        return da == null || db == null || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(da, db)) <= days;
    }

    static Relation between(Measured a, Measured b) {
        MeasureParts pa = a.parts();
        MeasureParts pb = b.parts();
        if (!pa.mode().isFact() || !pb.mode().isFact() || !Objects.equals(pa.counted(), pb.counted())
                || !pa.dimension().equals(pb.dimension())) {
            return none(a, b);
        }
        boolean sameArticle = a.article() == b.article();
        Vote population = population(pa.population(), pb.population());
        Vote place = place(pa.place(), pb.place(), sameArticle);
        if (population == Vote.APART || place == Vote.APART) {
            return none(a, b);
        }
        boolean incident = FigureReader.incident(pa.counted());
        if (population == Vote.APART || place == Vote.APART) {
            return none(a, b);
        }
        if (incident && !sameArticle && (place == Vote.FIRST_INSIDE || place == Vote.SECOND_INSIDE)) {
            // "Four people died in a train crash in Bavaria" and "at least nine were killed ... in southern
            // Germany": two stories place one incident at different scales. Inside one story a city's toll beside
            // the country's is a part, and stays one.
            place = Vote.SAME;
        }
        if (sameArticle && a.sentence() == b.sentence()) {
            return sameSentence(a, b);
        }
        if (incident && sameArticle && (singleVictim(a, b) || singleVictim(b, a))) {
            // "One person was killed when an overpass collapsed" in a story whose toll "had risen to 77": one victim
            // named inside the toll is a part of it, not an earlier value of the running total.
            return singleVictim(a, b) ? new Relation(Type.PART_OF, a, b, PeriodMatch.SAME_EVENT, false)
                    : new Relation(Type.PART_OF, b, a, PeriodMatch.SAME_EVENT, false);
        }
        if (subset(a) || subset(b)) {
            // "Twelve of the wounded": a part of a group its own sentence does not state; never the same quantity
            // as a figure elsewhere, and not comparable with one without knowing which group it is part of.
            return none(a, b);
        }
        if (incident && !sameArticle && pa.from() != null && pb.from() != null && pa.to() != null
                && pb.to() != null && byDates(pa.from(), pa.to(), pb.from(), pb.to()) != Vote.APART
                && pastIncident(a) && pastIncident(b)) {
            // "Ninety-nine people were killed" in a rally bombing in October and "more than 100" killed in it "last
            // year": two stories looking back at one incident, dated by when it happened, at different precision.
            // "at least 12 German tourists" killed in it is a group of its "around 10 people": a part.
            if (population == Vote.FIRST_INSIDE || population == Vote.SECOND_INSIDE) {
                return population == Vote.FIRST_INSIDE ? new Relation(Type.PART_OF, a, b, PeriodMatch.STATED, false)
                        : new Relation(Type.PART_OF, b, a, PeriodMatch.STATED, false);
            }
            return new Relation(Type.SAME_QUANTITY, a, b, PeriodMatch.STATED, false);
        }
        if (incident && (otherEvent(a) || otherEvent(b) || !within(a, b, UPDATE_DAYS))) {
            // "In a separate attack...", or reports a week apart: not one event's toll.
            return none(a, b);
        }
        if (incident && (pastIncident(a) != pastIncident(b))) {
            // "about 100 killed in October" beside this week's "rose to 10": another, earlier incident.
            return none(a, b);
        }
        if (incident && !sameArticle && !EventLexicon.CUMULATIVE.contains(pa.counted())
                && !FigureReader.DISASTER_COUNTS.contains(pa.counted()) && !samePublicationDay(a, b)) {
            // The missing are found or not: 231 missing one day and 130 four days later is no running total.
            return none(a, b);
        }
        if (incident && (a.role() != FigureReader.Role.NONE || b.role() != FigureReader.Role.NONE)) {
            return update(a, b, PeriodMatch.SAME_EVENT);
        }
        FigureReader.Standing sa = standing(a);
        FigureReader.Standing sb = standing(b);
        if (incident && !sameArticle && (sa != FigureReader.Standing.TOLL || sb != FigureReader.Standing.TOLL)) {
            // "two people were shot and killed at a car dealership" in a story of seven killed is a part of its
            // story's toll, and "at least six" in a story that says a seventh has died is overtaken by its own
            // story: neither is another story's whole toll. Inside one story the two still meet as before.
            return none(a, b);
        }
        if (incident && sameIncidentDay(pa, pb) && (pa.from() != null || pb.from() != null)
                && (population == Vote.FIRST_INSIDE || population == Vote.SECOND_INSIDE)) {
            // "killed 10 tourists" and "killed nine German and one Peruvian tourists" on Tuesday: a group beside a
            // toll of one day is as often the toll's own breakdown, read short, as a part of it; neither the same
            // quantity nor a part to hold against it.
            return none(a, b);
        }
        if (incident && sameIncidentDay(pa, pb) && (pa.from() != null || pb.from() != null)) {
            // "killing at least 12 people on Saturday" and, a day later, "killing at least 26": the day of an
            // incident is when it happened, not the stretch its toll covers; the toll grows as the story does.
            if (sameArticle || a.article().publishedOn() != null
                    && a.article().publishedOn().equals(b.article().publishedOn())) {
                return sameStory(a, b, sameArticle);
            }
            return a.article().publishedOn() != null && b.article().publishedOn() != null
                    ? update(a, b, PeriodMatch.SAME_EVENT) : none(a, b);
        }
        Vote period;
        PeriodMatch match;
        if (pa.from() != null && pa.to() != null && pb.from() != null && pb.to() != null) {
            period = byDates(pa.from(), pa.to(), pb.from(), pb.to());
            match = PeriodMatch.STATED;
        } else if (pa.period() == null && pb.period() == null && pa.from() == null && pb.from() == null) {
            if (!incident) {
                return none(a, b);
            }
            LocalDate da = a.article().publishedOn();
            LocalDate db = b.article().publishedOn();
            if (sameArticle && grownInStory(a, b)) {
                return storyUpdate(a, b);
            }
            if (sameArticle || da != null && da.equals(db)) {
                period = Vote.SAME;
                match = PeriodMatch.SAME_EVENT;
            } else if (da != null && db != null) {
                return update(a, b, PeriodMatch.SAME_EVENT);
            } else {
                return none(a, b);
            }
        } else if (pa.period() != null && pb.period() != null && pa.from() == null && pb.from() == null) {
            String ta = pa.period().toLowerCase(Locale.ROOT);
            String tb = pb.period().toLowerCase(Locale.ROOT);
            boolean sameDay = sameArticle || a.article().publishedOn() != null
                    && a.article().publishedOn().equals(b.article().publishedOn());
            if (ta.equals(tb) && sameDay) {
                period = Vote.SAME;
                match = PeriodMatch.STATED;
            } else if (YEAR_TO_DATE.matcher(ta).find() && YEAR_TO_DATE.matcher(tb).find()) {
                period = Vote.SAME;
                match = PeriodMatch.ASSUMED;
            } else {
                return none(a, b);
            }
        } else {
            return none(a, b);
        }
        if (period == Vote.APART) {
            return none(a, b);
        }
        Vote combined = combine(combine(population, place), period);
        if (combined == Vote.APART) {
            return none(a, b);
        }
        if (combined == Vote.FIRST_INSIDE) {
            return new Relation(Type.PART_OF, a, b, match, false);
        }
        if (combined == Vote.SECOND_INSIDE) {
            return new Relation(Type.PART_OF, b, a, match, false);
        }
        if (a.role() != FigureReader.Role.NONE || b.role() != FigureReader.Role.NONE) {
            return update(a, b, match);
        }
        return new Relation(Type.SAME_QUANTITY, a, b, match, false);
    }

    /**
     * Whether two incident counts can be about one incident by their periods: each is one resolved day or has no
     * period at all, and two stated days are the same day.
     */
    private static boolean sameIncidentDay(MeasureParts pa, MeasureParts pb) {
        return oneDayOrNone(pa) && oneDayOrNone(pb)
                && (pa.from() == null || pb.from() == null || pa.from().equals(pb.from()));
    }

    private static boolean oneDayOrNone(MeasureParts p) {
        return p.from() == null ? p.period() == null
                : p.to() != null && !p.to().isBefore(p.from())
                && java.time.temporal.ChronoUnit.DAYS.between(p.from(), p.to()) < INCIDENT_SPAN_DAYS;
    }

    /** Same quantity in one story or one day's stories, unless the story says its toll grew in between. */
    private static Relation sameStory(Measured a, Measured b, boolean sameArticle) {
        return sameArticle && grownInStory(a, b) ? storyUpdate(a, b)
                : new Relation(Type.SAME_QUANTITY, a, b, PeriodMatch.SAME_EVENT, false);
    }

    /**
     * "At least six people were killed" and, after "a girl who was shot has died", "Seven people were killed":
     * one story's toll of the killed at two values, in a story that says someone else died since.
     */
    private static boolean grownInStory(Measured a, Measured b) {
        if (!"kill".equals(a.parts().counted())) {
            return false;
        }
        var va = IntervalLogic.nominal(a.figure());
        var vb = IntervalLogic.nominal(b.figure());
        return va != null && vb != null && va.compareTo(vb) != 0 && FigureReader.TOLL_GREW.matcher(a.article().text()).find();
    }

    /** The update of one story's toll: the lower value is the earlier one. */
    private static Relation storyUpdate(Measured a, Measured b) {
        boolean aLower = IntervalLogic.nominal(a.figure()).compareTo(IntervalLogic.nominal(b.figure())) < 0;
        return aLower ? new Relation(Type.UPDATE, a, b, PeriodMatch.SAME_EVENT, true)
                : new Relation(Type.UPDATE, b, a, PeriodMatch.SAME_EVENT, true);
    }

    /** Whether {@code one} is a bare "one" victim ("One person was killed") beside a larger toll {@code toll}. */
    private static boolean singleVictim(Measured one, Measured toll) {
        var v = IntervalLogic.nominal(one.figure());
        var t = IntervalLogic.nominal(toll.figure());
        String text = one.article().text();
        int end = one.figure().end();
        return one.role() == FigureReader.Role.NONE && one.figure().text().equalsIgnoreCase("one")
                && PersonNouns.contains(nextWord(text, end))
                && v != null && t != null && v.compareTo(BigDecimal.ONE) == 0 && t.compareTo(BigDecimal.ONE) > 0;
    }

    /** The word after the spaces at {@code from}: "person" in "One person was killed". */
    private static String nextWord(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Whether an incident figure's period ended more than {@value #UPDATE_DAYS} days before its story appeared. */
    private static boolean pastIncident(Measured m) {
        LocalDate published = m.article().publishedOn();
        LocalDate to = m.parts().to();
        return published != null && to != null && to.plusDays(UPDATE_DAYS).isBefore(published);
    }

    private static boolean samePublicationDay(Measured a, Measured b) {
        return a.article().publishedOn() != null && a.article().publishedOn().equals(b.article().publishedOn());
    }

    /** Two figures of one sentence: an update ("from 59 to 73"), a part of a whole ("900,000 out of 1.6 million"). */
    private static Relation sameSentence(Measured a, Measured b) {
        Measured first = a.figure().start() <= b.figure().start() ? a : b;
        Measured second = first == a ? b : a;
        if (first.role() == FigureReader.Role.OLD || second.role() == FigureReader.Role.OLD) {
            Measured old = first.role() == FigureReader.Role.OLD ? first : second;
            return new Relation(Type.UPDATE, old, old == first ? second : first, PeriodMatch.SAME_EVENT, true);
        }
        // Figures may overlap ("5,000-6,000" read as a range and its ends); then nothing stands between them.
        String between = first.article().text().substring(Math.min(first.figure().end(), second.figure().start()),
                second.figure().start());
        if (PART_CUE.matcher(between).find()) {
            return new Relation(Type.PART_OF, first, second, PeriodMatch.SAME_EVENT, true);
        }
        return none(a, b);
    }

    /** An update, earlier figure first: by publication date, else text order within one story. */
    private static Relation update(Measured a, Measured b, PeriodMatch match) {
        LocalDate da = a.article().publishedOn();
        LocalDate db = b.article().publishedOn();
        if (da != null && db != null && !da.equals(db)) {
            return da.isBefore(db) ? new Relation(Type.UPDATE, a, b, match, true)
                    : new Relation(Type.UPDATE, b, a, match, true);
        }
        if (a.article() == b.article()) {
            boolean aFirst = a.role() == FigureReader.Role.OLD || b.role() != FigureReader.Role.OLD
                    && a.figure().start() < b.figure().start();
            return aFirst ? new Relation(Type.UPDATE, a, b, match, true) : new Relation(Type.UPDATE, b, a, match, true);
        }
        boolean aFirst = b.role() == FigureReader.Role.NEW && a.role() != FigureReader.Role.NEW;
        return aFirst || Measured.BY_POSITION.compare(a, b) <= 0 && !(a.role() == FigureReader.Role.NEW
                && b.role() != FigureReader.Role.NEW) ? new Relation(Type.UPDATE, a, b, match, false)
                : new Relation(Type.UPDATE, b, a, match, false);
    }

    private static FigureReader.Standing standing(Measured m) {
        return m.reading() == null ? FigureReader.Standing.TOLL : m.reading().standing();
    }

    private static Relation none(Measured a, Measured b) {
        return new Relation(Type.NONE, a, b, PeriodMatch.NONE, false);
    }

    private static Vote population(String a, String b) {
        if (a == null || b == null) {
            return Vote.UNKNOWN;
        }
        if (a.equals(b)) {
            return Vote.SAME;
        }
        if (b.equals("person") && PERSON_GROUPS.contains(a)) {
            return Vote.FIRST_INSIDE;
        }
        return a.equals("person") && PERSON_GROUPS.contains(b) ? Vote.SECOND_INSIDE : Vote.APART;
    }

    private static Vote place(String a, String b, boolean sameArticle) {
        if (a == null || b == null) {
            return sameArticle ? Vote.UNKNOWN : Vote.APART;
        }
        return switch (Places.relate(a, b)) {
            case SAME -> Vote.SAME;
            case FIRST_INSIDE -> Vote.FIRST_INSIDE;
            case SECOND_INSIDE -> Vote.SECOND_INSIDE;
            case DISJOINT -> Vote.APART;
        };
    }

    private static Vote byDates(LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        return switch (PeriodRelation.byDates(fromA, toA, fromB, toB)) {
            case SAME -> Vote.SAME;
            case FIRST_INSIDE_SECOND -> Vote.FIRST_INSIDE;
            case SECOND_INSIDE_FIRST -> Vote.SECOND_INSIDE;
            default -> Vote.APART;
        };
    }

    private static Vote combine(Vote x, Vote y) {
        if (x == Vote.APART || y == Vote.APART) {
            return Vote.APART;
        }
        if (x == Vote.SAME || x == Vote.UNKNOWN) {
            return y == Vote.UNKNOWN ? x : y;
        }
        if (y == Vote.SAME || y == Vote.UNKNOWN || y == x) {
            return x;
        }
        return Vote.APART;
    }

    /** Whether {@code period} is a year-to-date phrase ("since the beginning of the year", "this year"). */
    static boolean isYearToDate(String period) {
        return period != null && YEAR_TO_DATE.matcher(period.toLowerCase(Locale.ROOT)).find();
    }
}
