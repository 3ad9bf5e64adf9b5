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

    /** One figure as read: its parts, update role, whether its place is only inferred, its sentence index. */
    record Reading(MeasureParts parts, Role role, boolean placeInferred, int sentence, String copyForm) {

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
    private static final Pattern CUT_AFTER = Pattern.compile(
            "[;:]|\\b(?:and|but|while|whereas|when|after|before|as|bringing|including)\\b");
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
    private static final Pattern OLD_VALUE = Pattern.compile("\\bfrom\\s*$", Pattern.CASE_INSENSITIVE);
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
        return readings;
    }

    /**
     * "climbed to 73 from 59": the old value stands in the new value's clause, so it takes what the new one
     * counts (and where), and the other way round when only the old one's clause says it.
     */
    private static void shareCountedInUpdates(List<Reading> readings) {
        for (int i = 1; i < readings.size(); i++) {
            Reading a = readings.get(i - 1);
            Reading b = readings.get(i);
            if (a == null || b == null || a.sentence() != b.sentence() || a.role() == Role.NONE
                    || b.role() == Role.NONE || a.role() == b.role()) {
                continue;
            }
            if (a.parts().counted() == null && b.parts().counted() != null) {
                readings.set(i - 1, a.sharing(b));
            } else if (b.parts().counted() == null && a.parts().counted() != null) {
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
        String counted = onScale(text, figure) ? null
                : namesThings(figure, population) ? ownEvent(figure, prevEnd, nextStart)
                : counted(figure, clauseBefore, clauseAfter, prevEnd, nextStart);
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
        if (place == null && counted != null && EventLexicon.INCIDENT.contains(counted)) {
            place = Places.findIn(lead);
            inferred = place != null;
        }
        Mode mode = mode(afterLast(CUT_MODE, before) + " # " + beforeFirst(CUT_AFTER, after));
        Role role = role(before, article.textOf(sentence), previous);
        LocalDate from = figure.context().periodFrom();
        LocalDate to = figure.context().periodTo() != null || from == null ? figure.context().periodTo()
                : article.publishedOn();
        String period = figure.context().period() == null ? null : figure.context().period().text().strip();
        MeasureParts parts = new MeasureParts(counted, population, place, period, from, to, mode,
                MeasureKey.dimension(figure));
        // A hash, not the sentence: every cached article keeps one per figure.
        String form = PassageText.hash(PassageText.normalise(article.textOf(sentence))) + "@"
                + (figure.start() - sentence.start());
        return new Reading(parts, role, inferred, s, form);
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
        return counted != null ? counted : EventLexicon.measureClass(event.text());
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
