package claimdesk.analysis.consistency;

import claimdesk.analysis.lexicon.EventLexicon;
import claimdesk.analysis.consistency.SentenceSplitter.Sentence;
import claimdesk.model.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads each statistical figure's {@link MeasureParts} from its own clause: the stretch of its sentence between
 * the figures before and after it, cut at "and", "but", "while", "when", ";" and ":". Reading per clause is what
 * keeps "At least 31 people were killed and about 300 wounded" from giving the wounded the event of the killed:
 * each number takes the event word nearest after it in its clause ("wounded"), else the nearest before it
 * ("killed 55 people"), else the extractor's event when that lies in the clause. Pure; one article at a time.
 *
 * <p>Place: the extractor's, else a name of the {@link Places} table in the clause or its sentence; for counts of
 * one incident (killed, wounded, missing, drowned) also the headline or first paragraph, where wire stories name
 * the city once ("Baghdad bombing kills dozens"), marked as inferred. Mode and update role come from cue words.
 */
final class FigureReader {

    /** Whether a figure is the new value of a running total ("rose to 70"), an old one ("from 59") or neither. */
    enum Role { NONE, NEW, OLD }

    /**
     * Where an incident count stands among its story's counts of the same thing: the story's toll, a part of a
     * much larger one ("two were killed at a car dealership" in a story of seven killed), or a value the story
     * says it has since overtaken ("at least six" where "a girl has died" and seven are killed).
     */
    enum Standing { TOLL, MINOR, SUPERSEDED }

    /** One figure as read: its parts, update role, whether its place is only inferred, its sentence index. */
    record Reading(MeasureParts parts, Role role, boolean placeInferred, int sentence, String copyForm,
                   Standing standing) {

        Reading(MeasureParts parts, Role role, boolean placeInferred, int sentence, String copyForm) {
            this(parts, role, placeInferred, sentence, copyForm, Standing.TOLL);
        }

        Reading standing(Standing newStanding) {
            return new Reading(parts, role, placeInferred, sentence, copyForm, newStanding);
        }

        /** This reading with the counted class, population and place of {@code other} where it has none. */
        Reading sharing(Reading other) {
            MeasureParts o = other.parts();
            MeasureParts p = parts;
            return new Reading(new MeasureParts(o.counted(), p.population() == null ? o.population() : p.population(),
                    p.place() == null ? o.place() : p.place(), p.period(), p.from(), p.to(), p.mode(), p.dimension()),
                    role, p.place() == null ? other.placeInferred() : placeInferred, sentence, copyForm);
        }
    }

    private static final int MAX_WORDS = 9;
    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");
    private static final Pattern SCALE = Pattern.compile("\\b(?:magnitude|richter)\\b", Pattern.CASE_INSENSITIVE);
    // "six people were shot and killed": an "and" before the event word joins two verbs of one clause.
    private static final Pattern CUT_AFTER = Pattern.compile("[;:]|(?<!\\b(?:shot|stabbed|beaten|gunned down)\\s)"
            + "\\band\\b|\\b(?:but|while|whereas|when|after|before|as|bringing|including)\\b");
    private static final Pattern CUT_BEFORE = Pattern.compile(
            "[;:,]|\\b(?:and|but|while|whereas|when|after|before|said|says)\\b");
    private static final Pattern CUT_MODE = Pattern.compile("[;]|,\\s*(?:and|but|while)\\b|\\bsaid\\b");
    private static final Pattern TARGET = Pattern.compile("\\b(?:targets?|aims?\\s+to|plans?\\s+to|planned|pledged?"
            + "|promised?|goal|quota|intends?\\s+to|wants\\s+to|committed\\s+to|offered\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROJECTION = Pattern.compile("\\b(?:could|might|would|will|may|expected|expects"
            + "|projected|projections?|forecasts?|predicted|predicts|likely|worst[- ]case|scenario|set\\s+to|risk)\\b");
    private static final Pattern ESTIMATE = Pattern.compile("\\b(?:estimated?|estimates|believed|thought\\s+to"
            + "|feared|reportedly|suspected)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEW_VALUE = Pattern.compile("(?:\\b(?:rose|risen|rises|rising|climbed|climbs"
            + "|climbing|jumped|jumps|increased|increases|grew|surged|soared|mounted|swelled|up|raised|fell|dropped"
            + "|down|lowered|brought|bringing|brings|revised)(?:\\s+\\S+){0,3}\\s+to|\\b(?:reached|reaches|hit|hits"
            + "|topped|tops|passed|stands\\s+at|stood\\s+at))\\s*$", Pattern.CASE_INSENSITIVE);
    // "up from 26", "rose from the toll of 59", "from an initial report of four".
    private static final Pattern OLD_VALUE = Pattern.compile("\\bfrom(?:\\s+(?:an?|the)(?:\\s+[\\w-]+){0,2}\\s+(?:report"
            + "|toll|count|tally|figure|estimate|total|number)s?\\s+of)?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Words of an event that say how a count changed, never what it counts ("the toll climbed to 73"). */
    private static final Pattern CHANGE_EVENT = Pattern.compile("\\b(?:rose|risen|rises|rising|rise|climbed|climbs"
            + "|climbing|climb|jumped|increased|grew|surged|soared|mounted|swelled|fell|dropped|reached|stood|stands"
            + "|hit|topped|passed)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Things a disaster story counts from day to day without an event word of their own: aftershocks, buildings
     * destroyed, people in shelters. Each is read as its own counted class, compared like an incident's toll.
     */
    // "five aftershocks of magnitude 3.8 or more" count only the strong ones.
    private static final Pattern AFTERSHOCKS = Pattern.compile("^\\W*aftershocks?\\b(?!\\s+(?:of|above|over|measuring"
            + "|stronger|greater|larger|with)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUILDINGS = Pattern.compile("^\\W*(?:\\w+\\s+)?(?:buildings|homes|houses"
            + "|structures)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESTROYED = Pattern.compile("\\b(?:destroyed|damaged|collapsed|flattened"
            + "|razed|toppled)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_SHELTERS = Pattern.compile("^\\W*(?:people\\s+)?(?:\\w+\\s+){0,3}in\\s+"
            + "(?:temporary\\s+|emergency\\s+)?shelters\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTED_ON = Pattern.compile("^\\s*(?:people\\s+)?(?:reported|given|announced"
            + "|recorded|released)\\s+(?:late\\s+|early\\s+)?(?:on\\s+)?(monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    /** A sentence that sets a scene: an incident happened, somewhere, at some time. */
    private static final Pattern SCENE = Pattern.compile("\\b(?:explosions?|blasts?|bombings?|bombs?|attacks?"
            + "|shootings?|earthquakes?|quakes?|crash(?:ed|es)?|derail(?:ed|ment)|fire|collided|collision|hit|struck"
            + "|exploded|rammed)\\b", Pattern.CASE_INSENSITIVE);
    /** "a January suicide bombing", "the March attack": an incident named by the month it happened in. */
    private static final Pattern MONTH_EVENT = Pattern.compile("\\b(?:an?|the)\\s+(january|february|march|april|may"
            + "|june|july|august|september|october|november|december)(?:'s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:explosions?"
            + "|blasts?|bombings?|attacks?|shootings?|earthquakes?|quakes?|crash|derailment|fire|collision)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGE_VERB = Pattern.compile("\\b(?:rose|risen|rises|climbed|climbs|jumped"
            + "|increased|grew|surged|soared|up|down|revised|fell|dropped)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_TO = Pattern.compile("^\\s*to\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PERSON_LIKE = Set.of("person", "family", "women-children", "civilian",
            "soldier", "police", "policemen", "policeman", "troop", "fighter", "militant", "student", "worker",
            "case", "application", "asylum", "household", "resident", "victim", "passenger", "pilgrim", "villager",
            "worshipper", "child", "men", "man", "teacher", "journalist", "doctor", "member", "prisoner",
            "detainee", "hostage", "protester", "demonstrator", "survivor", "body", "bodie", "patient", "officer",
            "inmate", "tourist", "employee", "miner", "crew", "sailor", "fishermen", "casualtie", "casualty",
            "people", "youth", "baby", "babie", "infant", "girl", "boy", "women", "woman", "guard", "staff",
            "volunteer", "voter", "customer", "user", "fan", "spectator", "athlete", "player", "personnel");
    private static final Set<String> PEOPLE = Set.of("resident", "victim", "passenger", "pilgrim", "villager",
            "worshipper", "member");

    private FigureReader() {
    }

    /** The readings of {@code article}'s statistical figures, in figure order; null for a figure in no sentence. */
    static List<Reading> read(ArticleText article) {
        List<Figure> figures = article.figures();
        List<Reading> readings = new ArrayList<>(figures.size());
        String lead = lead(article);
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            int s = figure.kind().isStatistic() ? article.sentenceAt(figure.start()) : -1;
            if (s < 0) {
                readings.add(null);
                continue;
            }
            Sentence sentence = article.sentences.get(s);
            int prevEnd = sentence.start();
            for (int j = i - 1; j >= 0; j--) {
                if (figures.get(j).kind().isStatistic() && figures.get(j).end() <= figure.start()) {
                    prevEnd = Math.max(sentence.start(), figures.get(j).end());
                    break;
                }
            }
            int nextStart = sentence.end();
            for (int j = i + 1; j < figures.size(); j++) {
                if (figures.get(j).kind().isStatistic() && figures.get(j).start() >= figure.end()) {
                    nextStart = Math.min(sentence.end(), figures.get(j).start());
                    break;
                }
            }
            Role previous = i > 0 && readings.get(i - 1) != null && readings.get(i - 1).sentence() == s
                    ? readings.get(i - 1).role() : Role.NONE;
            readings.add(read(article, figure, s, prevEnd, Math.max(nextStart, figure.end()), previous, lead));
        }
        shareCountedInUpdates(readings);
        shareDisasterCounts(figures, readings);
        rankTolls(article, readings);
        return readings;
    }

    /**
     * "destroyed 10,300 houses, 6,200 in Gorkha and 3,600 in Sindhupalchok": the figures after a count of what a
     * disaster left behind, in its sentence and of the same subject, count the same thing.
     */
    private static void shareDisasterCounts(List<Figure> figures, List<Reading> readings) {
        for (int i = 1; i < readings.size(); i++) {
            Reading previous = readings.get(i - 1);
            Reading r = readings.get(i);
            if (previous == null || r == null || previous.sentence() != r.sentence() || r.parts().counted() != null
                    || previous.parts().counted() == null || !DISASTER_COUNTS.contains(previous.parts().counted())) {
                continue;
            }
            var own = figures.get(i).context().subject();
            var theirs = figures.get(i - 1).context().subject();
            if (own != null && theirs != null && java.util.Objects.equals(MeasureKey.subjectClass(own.text()),
                    MeasureKey.subjectClass(theirs.text()))) {
                readings.set(i, new Reading(new MeasureParts(previous.parts().counted(), r.parts().population(),
                        r.parts().place(), r.parts().period(), r.parts().from(), r.parts().to(), r.parts().mode(),
                        r.parts().dimension()), r.role(), r.placeInferred(), r.sentence(), r.copyForm()));
            }
        }
    }

    /** A toll more than this many times a story's other count of the same thing makes that count a part of it. */
    static final int MINOR_FACTOR = 2;
    /** A story that says its toll grew: "a girl who was shot has died", "becoming the seventh fatality". */
    static final Pattern TOLL_GREW = Pattern.compile("\\b(?:has|have|had|later)\\s+died\\b|\\bsuccumbed\\b"
            + "|\\bdied\\s+(?:later|overnight|in\\s+(?:the\\s+)?hospital|of\\s+(?:her|his|their)\\s+(?:wounds|injuries))\\b"
            + "|\\bbecoming\\s+the\\s+\\w+\\s+(?:fatality|victim|death)\\b|\\b(?:raising|bringing)\\s+the\\s+(?:death\\s+)?toll\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Marks each incident count without a period or update role against the story's largest count of the same
     * class and place: more than {@value #MINOR_FACTOR} times smaller is {@link Standing#MINOR}; smaller in a story
     * that says its toll grew ({@link #TOLL_GREW}) is {@link Standing#SUPERSEDED}.
     */
    private static void rankTolls(ArticleText article, List<Reading> readings) {
        boolean grew = TOLL_GREW.matcher(article.text()).find();
        List<Figure> figures = article.figures();
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            java.math.BigDecimal value = IntervalLogic.nominal(figures.get(i));
            if (!plainToll(r) || value == null || value.signum() <= 0) {
                continue;
            }
            java.math.BigDecimal largest = value;
            for (int j = 0; j < readings.size(); j++) {
                Reading o = readings.get(j);
                java.math.BigDecimal other = IntervalLogic.nominal(figures.get(j));
                if (j != i && (plainToll(o) || recentToll(o)) && other != null && o.parts().counted().equals(r.parts().counted())
                        && java.util.Objects.equals(o.parts().place(), r.parts().place()) && other.compareTo(largest) > 0) {
                    largest = other;
                }
            }
            if (largest.compareTo(value.multiply(java.math.BigDecimal.valueOf(MINOR_FACTOR))) > 0) {
                readings.set(i, r.standing(Standing.MINOR));
            } else if (grew && largest.compareTo(value) > 0 && "kill".equals(r.parts().counted())) {
                readings.set(i, r.standing(Standing.SUPERSEDED));
            }
        }
    }

    /** A toll dated to a day or a few ("on Saturday", "at the weekend"): still the story's toll to rank against. */
    private static boolean recentToll(Reading r) {
        if (r == null || r.role() != Role.NONE || r.parts().counted() == null || !incident(r.parts().counted())
                || !r.parts().mode().isFact() || r.parts().from() == null || r.parts().to() == null) {
            return false;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(r.parts().from(), r.parts().to()) < 7;
    }

    private static boolean plainToll(Reading r) {
        return r != null && r.role() == Role.NONE && r.parts().counted() != null && incident(r.parts().counted())
                && r.parts().period() == null && r.parts().mode().isFact();
    }

    /**
     * "climbed to 73 from 59": the old value stands in the new value's clause, so it takes what the new one
     * counts (and where), and the other way round when only the old one's clause says it.
     */
    private static void shareCountedInUpdates(List<Reading> readings) {
        for (int i = 1; i < readings.size(); i++) {
            Reading a = readings.get(i - 1);
            Reading b = readings.get(i);
            // "killing at least 39 people, up from 26": an old value shares with its neighbour, new or not.
            if (a == null || b == null || a.sentence() != b.sentence() || a.role() != Role.OLD && b.role() != Role.OLD
                    || a.role() == b.role()) {
                continue;
            }
            // The old value is the same count as the new one beside it, whatever its own clause seemed to count;
            // a figure that is no update's value ("Three officials confirmed ... from the toll of 59") lends only.
            boolean bothValues = a.role() != Role.NONE && b.role() != Role.NONE;
            if (b.parts().counted() != null && (a.role() == Role.OLD || bothValues && a.parts().counted() == null)) {
                readings.set(i - 1, a.sharing(b));
            } else if (a.parts().counted() != null
                    && (b.role() == Role.OLD || bothValues && b.parts().counted() == null)) {
                readings.set(i, b.sharing(a));
            }
        }
    }

    private static Reading read(ArticleText article, Figure figure, int s, int prevEnd, int nextStart,
                                Role previous, String lead) {
        String text = article.text();
        Sentence sentence = article.sentences.get(s);
        String before = text.substring(Math.min(prevEnd, figure.start()), figure.start());
        String after = text.substring(figure.end(), nextStart);
        String clauseBefore = lastWords(afterLast(CUT_BEFORE, before));
        String clauseAfter = firstWords(beforeFirst(CUT_AFTER, after));
        // "a 7.8-magnitude earthquake killed 272": a reading on a scale is not a count of what the clause counts.
        String population = population(figure);
        String counted = onScale(text, figure) ? null : disasterCount(clauseBefore, after);
        if (counted == null && !onScale(text, figure)) {
            counted = namesThings(figure, population) ? ownEvent(figure, prevEnd, nextStart)
                    : counted(figure, clauseBefore, clauseAfter, prevEnd, nextStart);
        }
        // A place span without a capital ("a market", "the country") names no place a count can be tied to.
        String place = null;
        // The extractor lends a list's figures each other's places; a place beyond the next figure is another's.
        var placeSpan = figure.context().place();
        if (placeSpan != null && CAPITAL.matcher(placeSpan.text()).find()
                && placeSpan.start() >= prevEnd && placeSpan.end() <= nextStart) {
            String written = figure.context().place().text();
            place = Places.findIn(written);
            place = place != null ? place : blankToNull(PlaceSet.normalise(written));
        }
        boolean inferred = false;
        if (place == null) {
            place = Places.findIn(text.substring(prevEnd, nextStart));
        }
        if (place == null && prevEnd == sentence.start() && nextStart == sentence.end()) {
            // Only a sentence with one figure lends it the places of its other clauses.
            place = Places.findIn(article.textOf(sentence));
        }
        if (place == null && counted != null && incident(counted)) {
            place = Places.findIn(lead);
            inferred = place != null;
        }
        Mode mode = mode(afterLast(CUT_MODE, before) + " # " + beforeFirst(CUT_AFTER, after));
        Role role = role(before, article.textOf(sentence), previous);
        if (counted == null && role != Role.NONE && !onScale(text, figure)) {
            // "The death toll of the bombing ... rose to 70": what rose is named at the head of the sentence.
            counted = EventLexicon.firstClass(text.substring(sentence.start(), figure.start()));
            if (place == null && counted != null && incident(counted)) {
                place = Places.findIn(lead);
                inferred = place != null;
            }
        }
        LocalDate from = figure.context().periodFrom();
        LocalDate to = figure.context().periodTo() != null || from == null ? figure.context().periodTo()
                : article.publishedOn();
        String period = figure.context().period() == null ? null : figure.context().period().text().strip();
        var asOf = role == Role.OLD && period == null && from == null && article.publishedOn() != null
                ? REPORTED_ON.matcher(after) : null;
        if (asOf != null && asOf.find()) {
            // "rose from the toll of 59 reported late Sunday": the old value is dated by the day it was reported.
            java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(asOf.group(1).toUpperCase(java.util.Locale.ROOT));
            from = article.publishedOn().with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
            to = from;
            period = asOf.group().strip();
        }
        if (counted != null && incident(counted) && period == null && from == null) {
            // "In October, two explosions hit a rally in Ankara. Ninety-nine people were killed": a figure with no
            // scene of its own takes the scene the sentence before it sets.
            Figure.FigureContext scene = scene(article, s);
            if (scene != null) {
                from = scene.periodFrom();
                to = scene.periodTo() != null || from == null ? scene.periodTo() : article.publishedOn();
                period = scene.period().text().strip();
            }
            if (place == null || inferred) {
                String scenePlace = sceneSentence(article, s) == null ? null
                        : Places.findIn(article.textOf(sceneSentence(article, s)));
                if (scenePlace != null) {
                    place = scenePlace;
                    inferred = false;
                }
            }
        }
        var month = counted != null && incident(counted) && period == null && from == null
                && article.publishedOn() != null ? MONTH_EVENT.matcher(before) : null;
        if (month != null && month.find()) {
            // "a January suicide bombing ... that killed at least 12": the incident is dated by its month.
            from = monthOf(month.group(1), article.publishedOn());
            to = from.plusMonths(1).minusDays(1);
            to = to.isAfter(article.publishedOn()) ? article.publishedOn() : to;
            period = month.group().strip();
        }
        MeasureParts parts = new MeasureParts(counted, population, place, period, from, to, mode,
                MeasureKey.dimension(figure));
        // A hash, not the sentence: every cached article keeps one per figure.
        String form = PassageText.hash(PassageText.normalise(article.textOf(sentence))) + "@"
                + (figure.start() - sentence.start());
        return new Reading(parts, role, inferred, s, form);
    }

    /** The first day of the latest {@code month} (a month's name) that began on or before {@code published}. */
    private static LocalDate monthOf(String month, LocalDate published) {
        java.time.Month m = java.time.Month.valueOf(month.toUpperCase(java.util.Locale.ROOT));
        LocalDate first = published.withDayOfMonth(1).withMonth(m.getValue());
        return first.isAfter(published) ? first.minusYears(1) : first;
    }

    private static boolean onScale(String text, Figure figure) {
        String around = text.substring(Math.max(0, figure.start() - 12), Math.min(text.length(), figure.end() + 12));
        return SCALE.matcher(around).find();
    }

    private static String counted(Figure figure, String before, String after, int prevEnd, int nextStart) {
        String counted = EventLexicon.firstClass(after);
        if (counted == null) {
            counted = EventLexicon.lastClass(before);
        }
        return counted != null ? counted : ownEvent(figure, prevEnd, nextStart);
    }

    /** The class of the event the extractor tied to the figure, when that event lies in the figure's clause. */
    private static String ownEvent(Figure figure, int prevEnd, int nextStart) {
        var event = figure.context().event();
        // A general clause verb ("urged") is for display; only lexicon events say what a figure counts.
        if (event == null || event.start() < prevEnd || event.end() > nextStart
                || !EventLexicon.knows(event.text())) {
            return null;
        }
        String counted = EventLexicon.firstClass(event.text());
        if (counted == null && CHANGE_EVENT.matcher(event.text()).find()) {
            return null;
        }
        return counted != null ? counted : EventLexicon.measureClass(event.text());
    }

    /** Counts of one incident and of what it left behind, compared without a stated period (see {@link #read}). */
    static boolean incident(String counted) {
        return counted != null && (EventLexicon.INCIDENT.contains(counted) || DISASTER_COUNTS.contains(counted));
    }

    /** The counted classes of {@link #disasterCount}. */
    static final Set<String> DISASTER_COUNTS = Set.of("aftershock", "destroy", "shelter");

    /**
     * "At least 135 aftershocks", "370 buildings were destroyed", "destroyed about 1,500 buildings", "23,500 people
     * are sleeping in shelters": the class of what a disaster left behind, or null. {@code after} is the text up to
     * the next figure.
     */
    private static String disasterCount(String clauseBefore, String after) {
        String clauseAfter = beforeFirst(CUT_AFTER, after);
        if (AFTERSHOCKS.matcher(clauseAfter).find()) {
            return "aftershock";
        }
        if (IN_SHELTERS.matcher(clauseAfter).find()) {
            return "shelter";
        }
        if (BUILDINGS.matcher(clauseAfter).find()
                && (DESTROYED.matcher(clauseAfter).find() || DESTROYED.matcher(lastWords(clauseBefore)).find())) {
            return "destroy";
        }
        return null;
    }

    /** The sentence before {@code s} in its paragraph when it sets an incident's scene, else null. */
    private static Sentence sceneSentence(ArticleText article, int s) {
        if (s == 0 || article.sentences.get(s - 1).paragraph() != article.sentences.get(s).paragraph()) {
            return null;
        }
        Sentence previous = article.sentences.get(s - 1);
        return SCENE.matcher(article.textOf(previous)).find() ? previous : null;
    }

    /** The period context of a figure in the scene-setting sentence before {@code s}, or null. */
    private static Figure.FigureContext scene(ArticleText article, int s) {
        Sentence previous = sceneSentence(article, s);
        if (previous == null) {
            return null;
        }
        for (Figure f : article.figures()) {
            if (f.start() >= previous.start() && f.end() <= previous.end() && f.context().period() != null
                    && f.context().periodFrom() != null) {
                return f.context();
            }
        }
        return null;
    }

    /**
     * "11 remote interviews: seven with those who were forced to return": a figure whose noun names things, not
     * people, does not count the people an event word of its clause is about; only the event the extractor tied
     * to the figure itself ("1,000 homes destroyed") says what it counts.
     */
    private static boolean namesThings(Figure figure, String population) {
        return population == null && figure.context().subject() != null
                && MeasureKey.subjectClass(figure.context().subject().text()) != null;
    }

    /** The subject's class when it names people or things counted like them; junk subjects give null. */
    private static String population(Figure figure) {
        if (figure.context().subject() == null) {
            return null;
        }
        String subject = MeasureKey.subjectClass(figure.context().subject().text());
        if (subject == null) {
            return null;
        }
        String head = subject.contains(":") ? subject.substring(0, subject.indexOf(':')) : subject;
        if (PEOPLE.contains(head) || head.endsWith("an") || head.endsWith("i") && head.length() > 4) {
            return "person" + subject.substring(head.length());
        }
        return PERSON_LIKE.contains(head) ? subject : null;
    }

    private static Mode mode(String clause) {
        if (TARGET.matcher(clause).find()) {
            return Mode.TARGET;
        }
        if (PROJECTION.matcher(clause).find()) {
            return Mode.PROJECTION;
        }
        return ESTIMATE.matcher(clause).find() ? Mode.ESTIMATE : Mode.ACTUAL;
    }

    private static Role role(String before, String sentence, Role previous) {
        if (NEW_VALUE.matcher(before).find() || previous == Role.OLD && BARE_TO.matcher(before).find()) {
            return Role.NEW;
        }
        return OLD_VALUE.matcher(before).find() && CHANGE_VERB.matcher(sentence).find() ? Role.OLD : Role.NONE;
    }

    /** The headline and first paragraph, where wire stories name their place once. */
    private static String lead(ArticleText article) {
        if (article.sentences.isEmpty()) {
            return article.title();
        }
        int paragraph = article.sentences.get(0).paragraph();
        int end = article.sentences.get(0).end();
        for (int i = 1; i < article.sentences.size() && i < 4; i++) {
            Sentence next = article.sentences.get(i);
            if (next.paragraph() > paragraph + 1) {
                break;
            }
            end = next.end();
        }
        return article.title() + " " + article.text().substring(article.sentences.get(0).start(), end);
    }

    private static String afterLast(Pattern cut, String text) {
        var m = cut.matcher(text);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return text.substring(from);
    }

    private static String beforeFirst(Pattern cut, String text) {
        var m = cut.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= MAX_WORDS ? text : String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
    }

    private static String lastWords(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= MAX_WORDS ? text
                : String.join(" ", java.util.Arrays.copyOfRange(words, words.length - MAX_WORDS, words.length));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
