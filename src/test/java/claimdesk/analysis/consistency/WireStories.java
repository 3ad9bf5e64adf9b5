package claimdesk.analysis.consistency;

import claimdesk.analysis.figures.FigureContextFinder;
import claimdesk.analysis.figures.FigureExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Wire-news snippets checked as the product checks them: figures from the real extractor, headline on the first
 * line. Each test plants one error and checks the same text without it.
 */
final class WireStories {

    static final LocalDate MAY_11 = LocalDate.of(2016, 5, 11);
    private static final FigureExtractor EXTRACTOR = new FigureExtractor(new FigureContextFinder());

    private WireStories() {
    }

    /** One article: key, text (headline first), publication date. */
    static ArticleFigures story(String key, String text, LocalDate published) {
        return new ArticleFigures(key, text, published, EXTRACTOR.extract(text, published));
    }

    /** The findings of {@code kind} among all findings of a fresh check of {@code articles}. */
    static List<Finding> findings(FindingKind kind, ArticleFigures... articles) {
        List<Finding> out = new ArrayList<>();
        for (Finding finding : new ConsistencyChecker().check(List.of(articles), null)) {
            if (finding.kind() == kind) {
                out.add(finding);
            }
        }
        return out;
    }

    /** Every finding of a fresh check; for tests that assert nothing at all is reported. */
    static List<Finding> all(ArticleFigures... articles) {
        return new ConsistencyChecker().check(List.of(articles), null);
    }
}
