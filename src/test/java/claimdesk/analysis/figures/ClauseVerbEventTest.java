package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.analysis.consistency.MeasureKey;
import claimdesk.model.Figure;
import claimdesk.model.Span;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The event of a figure for any verb of its clause, not only the lexicon's (issue 12). Each row gives the reading
 * that came out before ("-" for none) next to the expected one. The sentences are our own.
 */
class ClauseVerbEventTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2016, 3, 1);
    private final FigureExtractor extractor = new FigureExtractor(new FigureContextFinder());

    /** Past tense and participles after the counted noun, across auxiliaries, a short setting and "who". */
    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            More than 30 local farmers urged the council to drop the plan. | More than 30 | urged | -
            Twelve climbers in the party were taken to a hospital in Chamonix. | Twelve | taken | -
            About 40 passengers were flown home on Friday. | About 40 | flown | -
            Nine suspects found guilty of fraud will be sentenced next week. | Nine | found guilty | -
            Six board members all resigned after the vote. | Six | resigned | -
            Police are looking for three men who robbed a jeweller in Leeds. | three | robbed | -
            About 2,000 people are feared dead after the cyclone. | About 2,000 | feared dead | -
            More than 5,000 fans are thought to have travelled to the final. | More than 5,000 | travelled | -
            """)
    void readsTheVerbAfterTheCountedNoun(String sentence, String figure, String event, String before) {
        assertEquals(event, field(sentence, figure, Figure.FigureContext::event));
    }

    /** The verb that governs the figure from the left: direct objects, "to"/modal + verb, particles, "down". */
    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The studio took $40m at the weekend box office. | $40m | took | -
            The brewer has agreed to acquire a Belgian rival for $1.2bn. | $1.2bn | acquire | -
            The council hopes to save £3m over two years. | £3m | save | -
            Analysts expect the economy would expand at 2.5% next year. | 2.5% | expand | -
            The airline is trimming ticket prices by as much as 30%. | as much as 30% | trimming | -
            The team picked up only three points in five games. | three | picked up | -
            The bank's shares ended the session down at $12.40. | $12.40 | down | -
            Exports were down 4.2% in the first half. | 4.2% | down | -
            The currency was trading at $1.12 in late deals. | $1.12 | trading | -
            The charity handed out 5,000 blankets in the camp. | 5,000 | handed out | -
            """)
    void readsTheVerbThatGovernsTheFigure(String sentence, String figure, String event, String before) {
        assertEquals(event, field(sentence, figure, Figure.FigureContext::event));
    }

    /**
     * Where no verb of the clause says what happened to the figure: a count in a prepositional phrase names a
     * setting, an "-ing" or "-ed" word after an article is an adjective, a reporting verb names a source, and a
     * copula says nothing happened. The wrong reading that the first version of the rule gave is in the last
     * column.
     */
    @ParameterizedTest(name = "[{index}] {1}: none (was {2})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The band played for 8,000 fans in Glasgow on Friday. | 8,000 | played
            The elections will be held in 42 districts next spring. | 42 | held
            The complaint was signed by 19 of the club's members. | 19 | signed
            The works fitted the new engines on 12 of its ships. | 12 | fitted
            They face a crippling 15% tax on imported steel. | 15% | crippling
            Those questioned in a poll of 2,000 adults said prices were too high. | 2,000 | questioned
            Officials said 3,000 homes had no power. | 3,000 | said
            The startup went on to become a $2bn business. | $2bn | become
            Costs stood at 4%, compared with 6% a year earlier. | 6% | compared
            """)
    void leavesTheEventEmptyWhereNoVerbSaysIt(String sentence, String figure, String wrongBefore) {
        assertEquals(null, field(sentence, figure, Figure.FigureContext::event));
    }

    /** "The 50 growers urged": a verb outside the lexicon is shown, but never groups figures into a measure. */
    @Test
    void aGeneralVerbIsNoMeasure() {
        Figure urged = figure("At least 50 growers in Kenya urged the ministry to act.", "At least 50");
        assertEquals("urged", urged.context().event().text());
        assertTrue(MeasureKey.of(urged).isEmpty(), "a general verb must not make a measure key");
        Figure killed = figure("At least 50 people were killed in Kenya.", "At least 50");
        assertTrue(MeasureKey.of(killed).isPresent(), "a lexicon event still makes one");
    }

    private Figure figure(String sentence, String figureText) {
        for (Figure f : extractor.extract(sentence, PUBLISHED)) {
            if (f.span().text().equals(figureText)) {
                return f;
            }
        }
        throw new AssertionError("no figure '" + figureText + "' in: " + sentence);
    }

    private String field(String sentence, String figureText, Function<Figure.FigureContext, Span> part) {
        Span s = part.apply(figure(sentence, figureText).context());
        return s == null ? null : s.text();
    }
}
