package claimdesk.analysis.consistency;

import claimdesk.analysis.lexicon.EventLexicon;
import claimdesk.model.Figure;
import claimdesk.model.MeasureOverrides;
import java.util.Locale;
import java.util.Optional;

/**
 * What a statistical figure measures, reduced to a key: who (subject class), what happened (event class, see
 * {@link EventLexicon}), where (a sorted place set, see {@link PlaceSet}) and in what dimension (kind, unit,
 * currency, rate period). Figures are compared only with figures of an equal key, never by the number alone.
 * Equal when all four parts are equal; {@link #code()} is the string form findings carry.
 *
 * <p>Subject classes. The head noun decides: people, persons, individuals, Afghans, migrants, refugees,
 * immigrants, nationals, citizens, returnees, deportees and asylum seekers all count persons, and news on
 * deportations uses them interchangeably for the same people, so they are one class, {@code person}. Families and
 * households count groups ({@code family}). Women, girls, children and minors are subsets reported on their own
 * ({@code women-children}). A qualifier that marks a subset (undocumented, documented, registered, unregistered)
 * is kept in the class ({@code person:undocumented}), so "75,000 undocumented migrants" is not compared with all
 * Afghans. Any other head noun is its own class (lower-cased, final "s" cut).
 */
public record MeasureKey(String subject, String event, String places, String dimension) {

    /**
     * The key of {@code figure}, or empty when it is not a statistic or its subject, event or place is unknown. An
     * event outside the {@link EventLexicon} ("urged", "took") is shown to the reader but is no measure.
     */
    public static Optional<MeasureKey> of(Figure figure) {
        Figure.FigureContext context = figure.context();
        if (!figure.kind().isStatistic() || context.subject() == null || context.event() == null
                || !EventLexicon.knows(context.event().text()) || context.place() == null) {
            return Optional.empty();
        }
        String subject = subjectClass(context.subject().text());
        String event = EventLexicon.measureClass(context.event().text());
        String places = PlaceSet.normalise(context.place().text());
        if (subject == null || event == null || places.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeasureKey(subject, event, places, dimension(figure)));
    }

    /** Stands for a part the text does not state, in key codes. */
    static final String ANY = "any";

    /** The key of a figure read as {@code parts}; its counted part must be known. */
    static MeasureKey ofParts(MeasureParts parts) {
        return new MeasureKey(orAny(parts.population()), parts.counted(), orAny(parts.place()), parts.dimension());
    }

    /** {@code parts} with the population, counted and place of this key (a reviewer's correction). */
    MeasureParts applyTo(MeasureParts parts) {
        return new MeasureParts(event, subject.equals(ANY) ? null : subject, places.equals(ANY) ? null : places,
                parts.period(), parts.from(), parts.to(), parts.mode(), dimension);
    }

    private static String orAny(String part) {
        return part == null ? ANY : part;
    }

    /**
     * This key, computed for {@code figure} of article {@code articleKey}, after the reviewer's corrections: the one
     * place where merges and splits apply, so every check sees the same grouping. Kept apart from {@link #of} so
     * that the computed key can be cached per article while the corrections change between checks.
     */
    MeasureKey corrected(String articleKey, Figure figure, MeasureOverrides overrides) {
        String code = overrides.resolve(articleKey, figure.start(), figure.end(), code());
        return code.equals(code()) ? this : parse(code).orElse(this);
    }

    /** Reads a {@link #code()} back; empty when {@code code} does not have four non-empty parts. */
    public static Optional<MeasureKey> parse(String code) {
        String[] parts = code.split("\\|", -1);
        if (parts.length != 4 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            return Optional.empty();
        }
        return Optional.of(new MeasureKey(parts[0], parts[1], parts[2], parts[3]));
    }

    /**
     * This measure with a group label added to its place set ({@code iran#split-1}): a measure of its own that
     * keeps the subject, event and dimension, so it still reads as a count or a rate, but meets no figure of the
     * original measure, not even in the rate check (which pairs by place).
     */
    public MeasureKey splitAs(String label) {
        return new MeasureKey(subject, event, places + "#" + label, dimension);
    }

    /** For people: {@code person · deport · iran+pakistan · count}. */
    public String readable() {
        return String.join(" \u00b7 ", subject, event, places, dimension);
    }

    /** The key without its dimension: rates and totals of the same measure share it. */
    public String base() {
        return subject + "|" + event + "|" + places;
    }

    /** For example {@code person|deport|iran+pakistan|count}. */
    public String code() {
        return base() + "|" + dimension;
    }

    static String subjectClass(String subjectText) {
        String[] words = Words.of(subjectText);
        String qualifier = "";
        String head = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            switch (word) {
                case "women", "girls", "children", "minors", "boys" -> {
                    return "women-children";
                }
                case "undocumented", "documented", "registered", "unregistered" -> qualifier = ":" + word;
                default -> head = word;
            }
        }
        if (head == null) {
            return null;
        }
        String noun = switch (head) {
            case "people", "persons", "person", "individuals", "afghans", "migrants", "refugees", "immigrants",
                    "nationals", "citizens", "returnees", "deportees", "seekers" -> "person";
            case "families", "households" -> "family";
            default -> head.endsWith("s") && head.length() > 3 ? head.substring(0, head.length() - 1) : head;
        };
        return noun + qualifier;
    }

    static String dimension(Figure figure) {
        StringBuilder dimension = new StringBuilder(figure.kind().code());
        appendIfSet(dimension, figure.unit());
        appendIfSet(dimension, figure.currency());
        if (figure.per() != null) {
            dimension.append("/").append(figure.per().toLowerCase(Locale.ROOT));
        }
        return dimension.toString();
    }

    private static void appendIfSet(StringBuilder dimension, String part) {
        if (part != null && !part.isBlank()) {
            dimension.append(":").append(part.toLowerCase(Locale.ROOT));
        }
    }
}
