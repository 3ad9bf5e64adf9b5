package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "41 of the 36 wounded were Israelis": a count said to be taken out of another count right after it, in one
 * sentence, cannot be larger than it ({@code part-exceeds-whole}). Only "of the", "of those", "of these" and
 * "out of the" link the two: "5 of 6 stars" and "one of 10 runners-up" name no whole to compare with as often as
 * they name one. Pure; one article at a time.
 */
final class PartOfTheWholeCheck {

    private static final Pattern OF_THE = Pattern.compile("^\\s+(?:out\\s+)?of\\s+(?:the|those|these)\\s+$",
            Pattern.CASE_INSENSITIVE);

    private PartOfTheWholeCheck() {
    }

    static List<Finding> check(ArticleText article, List<FigureReader.Reading> readings) {
        List<Finding> findings = new ArrayList<>();
        List<Figure> figures = article.figures();
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure part = figures.get(i);
            Figure whole = figures.get(i + 1);
            if (!isCount(part) || !isCount(whole) || whole.start() < part.end()
                    || article.sentenceAt(part.start()) != article.sentenceAt(whole.start())
                    || article.sentenceAt(part.start()) < 0
                    || !OF_THE.matcher(article.text().substring(part.end(), whole.start())).matches()
                    || !IntervalLogic.below(IntervalLogic.loose(whole), IntervalLogic.loose(part))) {
                continue;
            }
            MeasureParts parts = readings.get(i + 1) == null ? MeasureParts.NONE : readings.get(i + 1).parts();
            String key = parts.counted() == null ? "unkeyed|part-of" : MeasureKey.ofParts(parts).code();
            String message = "\u201c" + part.text() + "\u201d is more than \u201c" + whole.text()
                    + "\u201d, the whole it is part of.";
            String why = "\u201c" + part.text() + " of the " + whole.text() + "\u201d in " + article.name()
                    + " takes the first number out of the second; a part cannot be larger than its whole.";
            findings.add(new Finding(FindingKind.PART_EXCEEDS_WHOLE, message,
                    List.of(article.ref(part), article.ref(whole)), key, "", "part-of", Confidence.HIGH, why, parts));
        }
        return findings;
    }

    private static boolean isCount(Figure figure) {
        return figure.kind() == FigureKind.COUNT && figure.per() == null && figure.low() != null;
    }
}
