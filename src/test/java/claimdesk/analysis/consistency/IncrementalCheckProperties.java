package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.bench.SyntheticCorpus;
import claimdesk.model.Figure;
import claimdesk.model.MeasureOverrides;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * A checker that re-checks after edits returns exactly what a fresh checker returns on the same input: the same
 * findings, messages, fingerprints and order. Edits are the ones a library sees: a figure's number changes, a
 * paragraph is added (often a copy from another article), the publication date moves, an article arrives or is
 * removed, the reviewer merges two measures.
 */
class IncrementalCheckProperties {

    private enum Edit { NUMBER, PARAGRAPH, DATE, ADD, REMOVE, MERGE }

    @Property(tries = 30)
    void recheckAfterEditsEqualsFreshCheck(@ForAll @LongRange(max = 10_000) long corpusSeed,
                                           @ForAll @IntRange(min = 3, max = 40) int size,
                                           @ForAll @IntRange(min = 1, max = 4) int edits, @ForAll Random random) {
        List<ArticleFigures> corpus = new ArrayList<>(SyntheticCorpus.generate(size, corpusSeed));
        MeasureOverrides overrides = MeasureOverrides.NONE;
        ConsistencyChecker incremental = new ConsistencyChecker();
        incremental.check(corpus, overrides, null);
        for (int e = 0; e < edits; e++) {
            Edit edit = Edit.values()[random.nextInt(Edit.values().length)];
            int at = random.nextInt(corpus.size());
            switch (edit) {
                case NUMBER -> corpus.set(at, changeNumber(corpus.get(at), random));
                case PARAGRAPH -> corpus.set(at, addParagraph(corpus.get(at), corpus, random));
                case DATE -> corpus.set(at, new ArticleFigures(corpus.get(at).articleKey(), corpus.get(at).text(),
                        corpus.get(at).publishedOn().plusDays(1 + random.nextInt(60)), corpus.get(at).figures()));
                case ADD -> corpus.add(renamed(SyntheticCorpus.generate(1, random.nextLong()).get(0),
                        "new-" + e + ".txt"));
                case REMOVE -> {
                    if (corpus.size() > 1) {
                        corpus.remove(at);
                    }
                }
                case MERGE -> overrides = merge(corpus, random);
            }
            List<Finding> again = incremental.check(corpus, overrides, null);

            assertEquals(new ConsistencyChecker().check(corpus, overrides, null), again, "after " + edit);
            assertEquals(corpus.size(), incremental.cachedArticles(), "cache holds only current articles");
        }
    }

    /** One digit of one figure changed, in the text and in the figure's value. */
    private static ArticleFigures changeNumber(ArticleFigures article, Random random) {
        List<Figure> figures = new ArrayList<>(article.figures());
        int index = random.nextInt(figures.size());
        Figure figure = figures.get(index);
        List<Integer> digits = new ArrayList<>();
        for (int i = figure.start(); i < figure.end(); i++) {
            if (Character.isDigit(article.text().charAt(i))) {
                digits.add(i);
            }
        }
        int at = digits.get(random.nextInt(digits.size()));
        char old = article.text().charAt(at);
        char digit = (char) ('1' + (old - '0' + random.nextInt(8)) % 9);
        String text = article.text().substring(0, at) + digit + article.text().substring(at + 1);
        Span span = Span.of(text, figure.start(), figure.end());
        BigDecimal value = new BigDecimal(span.text().replaceAll("\\D", ""));
        figures.set(index, new Figure(span, figure.kind(), figure.low() == null ? null : value,
                figure.high() == null ? null : value, figure.lowInclusive(), figure.highInclusive(),
                figure.approx(), figure.qualifier(), figure.unit(), figure.currency(), figure.per(),
                figure.context()));
        return new ArticleFigures(article.articleKey(), text, article.publishedOn(), figures);
    }

    /** A line of some article (perhaps with a digit changed) appended: new duplicates and copy-changed pairs. */
    private static ArticleFigures addParagraph(ArticleFigures article, List<ArticleFigures> corpus, Random random) {
        String[] lines = corpus.get(random.nextInt(corpus.size())).text().split("\n");
        String line = lines[random.nextInt(lines.length)];
        if (random.nextBoolean()) {
            line = line.replaceFirst("\\d", Integer.toString(1 + random.nextInt(9)));
        }
        return new ArticleFigures(article.articleKey(), article.text() + "\n" + line, article.publishedOn(),
                article.figures());
    }

    private static ArticleFigures renamed(ArticleFigures article, String key) {
        return new ArticleFigures(key, article.text(), article.publishedOn(), article.figures());
    }

    /** The reviewer merges one computed measure into another. */
    private static MeasureOverrides merge(List<ArticleFigures> corpus, Random random) {
        List<String> codes = corpus.stream().flatMap(a -> a.figures().stream())
                .flatMap(f -> MeasureKey.of(f).stream()).map(MeasureKey::code).distinct().sorted().toList();
        String from = codes.get(random.nextInt(codes.size()));
        String into = codes.get(random.nextInt(codes.size()));
        return from.equals(into) ? MeasureOverrides.NONE : new MeasureOverrides(Map.of(from, into), Map.of());
    }
}
