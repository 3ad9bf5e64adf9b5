package claimdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.bench.FigureEvaluation.Outcome;
import claimdesk.bench.FigureEvaluation.Score;
import claimdesk.bench.FigureGold.Gold;
import claimdesk.bench.FigureGold.Sentence;
import claimdesk.bench.FigureReport.ContextTally;
import claimdesk.bench.FigureReport.Tally;
import claimdesk.model.Figure;
import claimdesk.model.Figure.FigureContext;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import claimdesk.service.FigureIndexer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scorer's arithmetic on the fixture in resources claimdesk/bench/figure-eval (eight invented sentences and
 * their gold). Most tests hand the scorer made-up engine figures, so they hold whatever the engine does; only
 * {@link #scoresTheAppsExtractorOnTheFixture} runs the real extractor, and it asserts only what the gold fixes.
 */
class FigureEvaluationTest {

    @TempDir
    Path dir;

    private Path fixture;
    private List<Sentence> sentences;
    private Gold gold;
    private final Map<String, List<Figure>> engine = new HashMap<>();

    @BeforeEach
    void readFixture() throws IOException, URISyntaxException {
        fixture = Path.of(getClass().getResource("figure-eval/sentences.tsv").toURI()).getParent();
        sentences = FigureGold.readSentences(fixture.resolve("sentences.tsv"));
        gold = FigureGold.read(sentences, List.of(fixture.resolve("gold-a.tsv"), fixture.resolve("gold-b.tsv")));
    }

    @Test
    void readsEveryFixtureLine() {
        assertEquals(8, gold.figures().size());
        assertEquals(List.of(), gold.figures().get("s008"), "a '-' line is a sentence without figures");
        assertEquals(0, new BigDecimal("0.5").compareTo(gold.figures().get("s007").get(0).low()), "1/2 is 0.5");
        assertEquals(null, gold.figures().get("s004").get(0).high(), "more than: high is open");
        assertTrue(gold.figures().get("s006").get(1).optional());
        assertEquals(List.of(), gold.notAnnotated());
    }

    @Test
    void exactFigureMatches() {
        engine("s001", "226", FigureKind.COUNT, "226", "226", null);
        assertEquals(new Tally(1, 1, 1), tally("s001"));
    }

    @Test
    void spanOneWordShortDoesNotMatch() {
        engine("s004", "4,000", FigureKind.COUNT, "4000", null, null);
        assertEquals(new Tally(1, 1, 0), tally("s004"));
        engine.clear();
        engine("s004", "More than 4,000", FigureKind.COUNT, "4000", null, null);
        assertEquals(new Tally(1, 1, 1), tally("s004"));
    }

    @Test
    void wrongKindDoesNotMatch() {
        engine("s002", "11.3 percent", FigureKind.COUNT, "11.3", "11.3", null);
        engine("s007", "Half", FigureKind.PERCENT, "50", "50", null);
        assertEquals(new Tally(2, 2, 0), tally("s002", "s007"));
    }

    @Test
    void valueMoreThanATenthOfAPercentOffDoesNotMatch() {
        engine("s003", "$9.37bn", FigureKind.MONEY, "9380000000", "9380000000", "USD");
        assertEquals(new Tally(1, 1, 0), tally("s003"), "0.107% off");
        engine.clear();
        engine("s003", "$9.37bn", FigureKind.MONEY, "9379000000", "9379000000", "USD");
        assertEquals(new Tally(1, 1, 1), tally("s003"), "0.096% off");
    }

    @Test
    void closedEndDoesNotMatchAnOpenOne() {
        engine("s004", "More than 4,000", FigureKind.COUNT, "4000", "4000", null);
        engine("s001", "226", FigureKind.COUNT, "226", null, null);
        assertEquals(new Tally(2, 2, 0), tally("s001", "s004"));
    }

    @Test
    void moneyInAnotherCurrencyDoesNotMatch() {
        engine("s003", "$9.37bn", FigureKind.MONEY, "9370000000", "9370000000", "AUD");
        assertEquals(new Tally(1, 1, 0), tally("s003"));
        engine.clear();
        engine("s003", "$9.37bn", FigureKind.MONEY, "9370000000", "9370000000", null);
        assertEquals(new Tally(1, 1, 0), tally("s003"), "the gold gives USD");
    }

    @Test
    void optionalGoldCountsNeitherWay() {
        engine("s006", "120 km/h", FigureKind.MEASURE, "120", "120", null);
        engine("s006", "two", FigureKind.COUNT, "2", "2", null);
        Score score = score();
        assertEquals(new Tally(1, 1, 1), FigureReport.tally(score, c -> c.sentence().id().equals("s006")));
        assertEquals(List.of(Outcome.MATCHED, Outcome.ABSORBED), only(score, "s006").outcomes());
        engine.remove(text("s006"));
        engine("s006", "120 km/h", FigureKind.MEASURE, "120", "120", null);
        assertEquals(new Tally(1, 1, 1), tally("s006"), "nor does it count when the engine misses it");
    }

    @Test
    void falsePositiveLowersPrecision() {
        engine("s001", "226", FigureKind.COUNT, "226", "226", null);
        engine("s008", "2003", FigureKind.COUNT, "2003", "2003", null);
        Tally tally = tally("s001", "s008");
        assertEquals(new Tally(1, 2, 1), tally);
        assertEquals(0.5, tally.precision());
        assertEquals(1.0, tally.recall());
    }

    @Test
    void contextFilledWhereTheGoldSaysDashIsWrong() {
        // s001's gold: subject volunteers, event cleaned, place -, period Sunday, source council.
        String text = text("s001");
        engine.put(text, List.of(figure(text, "226", FigureKind.COUNT, "226", "226", null)
                .withContext(new FigureContext(span(text, "volunteers"), null, span(text, "beach"),
                        span(text, "on Sunday"), span(text, "The council"), null, null))));
        Score score = score();
        assertEquals(new ContextTally(1, 1, 1, 1), FigureReport.context(score, "subject"));
        assertEquals(new ContextTally(1, 0, 0, 0), FigureReport.context(score, "event"), "not filled: fill 0");
        assertEquals(new ContextTally(0, 1, 0, 0), FigureReport.context(score, "place"), "'-' filled: wrong");
        assertEquals(new ContextTally(1, 1, 1, 1), FigureReport.context(score, "period"), "holds Sunday");
        assertEquals(new ContextTally(1, 1, 1, 1), FigureReport.context(score, "source"), "holds council");
        assertEquals(0.0, FigureReport.context(score, "place").accuracy());
    }

    @Test
    void contextWordsMustBeWholeWords() {
        assertTrue(FigureEvaluation.right("mine|copper mine", "the Copper  mine"));
        assertEquals(false, FigureEvaluation.right("mine", "mines"));
        assertEquals(false, FigureEvaluation.right("-", "mine"));
    }

    @ParameterizedTest(name = "column {0} = ''{1}'' is refused: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            1; deadbeef;        sha deadbeef differs from s001's 627a35a0
            2; 227;             span '227' does not occur 1 time in s001
            3; 2;               span '226' does not occur 2 times in s001
            4; amount;          kind 'amount' is not one of
            5; 4,000;           low '4,000' is not a plain decimal or a/b
            6; about;           high 'about' is not a plain decimal or a/b
            10; '';             subject is empty
            15; optinal;        unknown flag 'optinal'
            """)
    void refusesABadGoldLine(int column, String value, String message) throws IOException {
        String[] cols = "s001\t627a35a0\t226\t1\tcount\t226\t226\t\t\t\tvolunteers\tcleaned\t-\tSunday\tcouncil\t\t"
                .split("\t", -1);
        cols[column] = value;
        IllegalArgumentException refused = refused(String.join("\t", cols));
        assertTrue(refused.getMessage().startsWith("gold-x.tsv:2: "), refused.getMessage());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    @Test
    void refusesALineWithTheWrongNumberOfColumns() throws IOException {
        String message = refused("s001\t627a35a0\t226\t1\tcount\t226\t226\tvolunteers").getMessage();
        assertTrue(message.contains("gold-x.tsv:2: 8 columns, expected 17"), message);
    }

    @Test
    void reportsSentencesInRangeWithoutLinesAsNotAnnotated() throws IOException {
        Path file = dir.resolve("gold-x.tsv");
        Files.writeString(file, "s001\t627a35a0\t-\ns004\t4c545c6a\t-\n");
        Gold partial = FigureGold.read(sentences, List.of(file));
        assertEquals(List.of("s002", "s003"), partial.notAnnotated(), "s005..s008 lie outside its range");
        assertEquals(2, FigureEvaluation.score(sentences, partial, text -> List.of()).cases().size());
    }

    @Test
    void refusesASentenceAnnotatedInTwoFiles() throws IOException {
        Path other = dir.resolve("gold-y.tsv");
        Files.writeString(other, "s008\t9e43cad9\t-\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> FigureGold.read(
                sentences, List.of(fixture.resolve("gold-b.tsv"), other)));
        assertTrue(refused.getMessage().contains("gold-y.tsv:1: s008 is annotated in gold-b.tsv:7 too"),
                refused.getMessage());
    }

    @Test
    void scoresTheAppsExtractorOnTheFixture() {
        Score score = FigureEvaluation.score(sentences, gold, text -> FigureIndexer.extractor().extract(text, null));
        Tally all = FigureReport.tally(score, c -> true);
        assertEquals(7, all.gold(), "eight sentences, seven required gold figures");
        assertTrue(all.matched() <= Math.min(all.gold(), all.engine()));
        StringWriter out = new StringWriter();
        new FigureReport(new PrintWriter(out)).print(score, true);
        assertTrue(out.toString().contains("| all | 7 | " + all.engine() + " | " + all.matched() + " |"), out.toString());
        assertTrue(out.toString().contains("### Misses"), out.toString());
        assertTrue(FigureReport.json(score).contains("\"result\":\"optional\""));
    }

    private IllegalArgumentException refused(String line) throws IOException {
        Path file = dir.resolve("gold-x.tsv");
        Files.writeString(file, "# one line\n" + line + "\n");
        return assertThrows(IllegalArgumentException.class, () -> FigureGold.read(sentences, List.of(file)));
    }

    private Tally tally(String... ids) {
        List<String> wanted = List.of(ids);
        return FigureReport.tally(score(), c -> wanted.contains(c.sentence().id()));
    }

    private Score score() {
        return FigureEvaluation.score(sentences, gold, text -> engine.getOrDefault(text, List.of()));
    }

    private static FigureEvaluation.Case only(Score score, String id) {
        return score.cases().stream().filter(c -> c.sentence().id().equals(id)).findFirst().orElseThrow();
    }

    private String text(String id) {
        return sentences.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().text();
    }

    private void engine(String id, String span, FigureKind kind, String low, String high, String currency) {
        String text = text(id);
        engine.computeIfAbsent(text, t -> new ArrayList<>()).add(figure(text, span, kind, low, high, currency));
    }

    private static Figure figure(String text, String span, FigureKind kind, String low, String high,
            String currency) {
        return new Figure(span(text, span), kind, low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high), true, true, false, null, null, currency, null, null);
    }

    private static Span span(String text, String words) {
        int start = text.indexOf(words);
        return Span.of(text, start, start + words.length());
    }
}
