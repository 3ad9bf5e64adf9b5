package claimdesk.analysis.consistency;

import claimdesk.analysis.lexicon.EventLexicon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The plain words of findings: what a measure counts ("people killed in baghdad on 11 May 2016"), and the
 * confidence rule. Confidence rises with the parts both figures state and agree on, beyond what is counted:
 * population, a place read from the figure's own sentence (not inferred from the headline), and a period stated
 * by dates or the same words on the same day. All three: high; two: medium; fewer: low. A period only assumed
 * (two year-to-date phrases of unknown year) makes it low, one event assumed from the publication day or the
 * story at most medium, and an estimate on either side at most medium.
 */
final class Explanations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Explanations() {
    }

    static Confidence confidence(FigureRelation.Relation relation) {
        Measured a = relation.first();
        Measured b = relation.second();
        MeasureParts pa = a.parts();
        MeasureParts pb = b.parts();
        int shared = 0;
        if (pa.population() != null && pb.population() != null) {
            shared++;
        }
        if (pa.place() != null && pb.place() != null && !a.placeInferred() && !b.placeInferred()) {
            shared++;
        }
        if (relation.period() == FigureRelation.PeriodMatch.STATED) {
            shared++;
        }
        Confidence confidence = shared >= 3 ? Confidence.HIGH : shared == 2 ? Confidence.MEDIUM : Confidence.LOW;
        if (relation.period() == FigureRelation.PeriodMatch.ASSUMED) {
            return Confidence.LOW;
        }
        if (relation.period() == FigureRelation.PeriodMatch.SAME_EVENT || pa.mode() == Mode.ESTIMATE
                || pb.mode() == Mode.ESTIMATE) {
            return confidence == Confidence.HIGH ? Confidence.MEDIUM : confidence;
        }
        return confidence;
    }

    /** "people killed in baghdad on 11 May 2016", leaving out what is unknown. */
    static String measure(MeasureParts parts) {
        StringBuilder text = new StringBuilder(population(parts.population()));
        text.append(' ').append(EventLexicon.label(parts.counted()));
        if (parts.place() != null) {
            text.append(" in ").append(place(parts.place()));
        }
        String period = period(parts);
        if (!period.isEmpty()) {
            text.append(' ').append(period);
        }
        return text.toString();
    }

    /** "on 5 July 2025", "from 1 January 2025 to 31 October 2025", the words as written, or "". */
    static String period(MeasureParts parts) {
        if (parts.from() != null && parts.to() != null) {
            return parts.from().equals(parts.to()) ? "on " + day(parts.from())
                    : "from " + day(parts.from()) + " to " + day(parts.to());
        }
        return parts.period() == null ? "" : "\u201c" + parts.period() + "\u201d";
    }

    static String place(String place) {
        StringBuilder out = new StringBuilder();
        String[] names = place.split("\\+");
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(i == names.length - 1 ? " and " : ", ");
            }
            out.append(capitalise(names[i].replace('-', ' ')));
        }
        return out.toString();
    }

    private static String population(String population) {
        if (population == null) {
            return "figures of";
        }
        return switch (population) {
            case "person" -> "people";
            case "women-children" -> "women and children";
            case "family" -> "families";
            default -> population.replace(':', ' ') + (population.endsWith("s") ? "" : "s");
        };
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String capitalise(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return out.toString();
    }

    /** The figure quoted with where it is: "“at least 64” in “Baghdad bombing kills 64”". */
    static String quote(Measured m) {
        return "\u201c" + m.figure().text() + "\u201d in " + m.article().name();
    }

    /** "“70” and “73” in “A”, and “71” in “B”": figures grouped by article, in the given order. */
    static String quoteAll(java.util.List<Measured> figures) {
        java.util.Map<String, java.util.List<String>> byArticle = new java.util.LinkedHashMap<>();
        for (Measured m : figures) {
            byArticle.computeIfAbsent(m.article().name(), k -> new java.util.ArrayList<>())
                    .add("\u201c" + m.figure().text() + "\u201d");
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        byArticle.forEach((name, quoted) -> parts.add(and(quoted) + " in " + name));
        return String.join(", and ", parts);
    }

    private static String and(java.util.List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
