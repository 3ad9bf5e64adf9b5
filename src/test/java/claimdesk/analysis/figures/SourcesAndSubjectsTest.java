package claimdesk.analysis.figures;

import static claimdesk.analysis.figures.ContextFields.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who states a figure and what it counts, on general news (issue 12). The sentences are our own; each row gives
 * the reading that came out before this change ("-" for none) next to the expected one.
 */
class SourcesAndSubjectsTest {

    /** The speaker is who states the figure: a titled name, a passive's agent, a poll, a data noun, a pronoun. */
    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            "We expect a loss of $40m this year," said Acme spokesman John Meyers. | $40m | Acme spokesman John Meyers | Acme
            The council had spent £2m, said Leeds's largest housing charity. | £2m | Leeds's largest housing charity | Leeds's
            Child benefit is to rise by £300 under plans announced by the Work and Pensions Secretary Jane Doyle. | £300 | Work and Pensions Secretary Jane Doyle | plans
            Statistics showed that 12% of the drivers stopped were over the limit. | 12% | Statistics | -
            The poll of more than 2,000 voters found that 41% backed the plan. | more than 2,000 | poll | voters
            The poll of more than 2,000 voters found that 41% backed the plan. | 41% | poll | voters
            The Daily Mail poll suggests that 52% of parents oppose the change. | 52% | Daily Mail poll | -
            Analysts at the bank estimate as many as 3,000 jobs could go. | as many as 3,000 | Analysts | -
            Prices rose 2.1% in May, according to figures from the Office for National Statistics. | 2.1% | Office for National Statistics | -
            Retail sales fell 1.1% in March, according to figures from the Office of the Deputy Prime Minister. | 1.1% | Office of the Deputy Prime Minister | -
            Sales fell 3%, according to Thomson Reuters I/B/E/S. | 3% | Thomson Reuters I/B/E/S | Thomson Reuters I
            A source close to the deal said the bid was worth $3bn. | $3bn | source | deal
            Reuters, which first reported the talks, said the deal was valued at $2bn. | $2bn | Reuters | first
            He said 40 people had been evacuated from the hotel. | 40 | He | -
            Acme said it was on track as it reported that sales rose 9% to $1.2bn. | 9% | Acme | -
            The bank's profits beat analyst estimates by a wide margin as revenue rose 4 percent. | 4 percent | - | bank's profits beat analyst
            """)
    void readsWhoStatesTheFigure(String sentence, String figure, String source, String before) {
        assertEquals(source, field(sentence, figure, Figure.FigureContext::source));
    }

    /**
     * A source is never the counted noun or what was reported: "two sources said" has no source for its "two",
     * "storms were reported" is no speaker, and "the United States" is a name, not the verb "states".
     */
    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            Two sources close to the talks said the deal was worth $5bn. | Two | - | talks
            Two sources close to the talks said the deal was worth $5bn. | $5bn | sources | talks
            Late on Friday two polls showed a lead for the government. | two | - | Late on Friday two polls
            Two storms were reported in Kansas overnight, injuring at least five people, local officials said. | at least five | local officials | Two storms
            The bombing by the United States killed some 3,000 people. | some 3,000 | - | bombing by the United
            """)
    void neverTakesTheCountedNounOrTheReportedThing(String sentence, String figure, String source, String before) {
        assertEquals(source, field(sentence, figure, Figure.FigureContext::source));
    }

    /**
     * What is counted: not a unit or currency of a conversion, not an article, not a time phrase; before a verb of
     * change or a copula, what changed ("Average rents fell 2.3%").
     */
    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            The refinery can process 12,900 barrels (2,050 cubic metres) a day. | 2,050 cubic metres | - | barrels
            The firm will invest 200 billion yen ($1.8 billion) in a new plant. | $1.8 billion | - | yen
            The striker scored 21 of the 38 goals. | 21 | goals | the
            About 60% of those polled said they would vote. | About 60% | those polled | those
            Ministers said the £3bn tax cuts are affordable. | £3bn | tax cuts | tax
            Output in the quarter grew 0.4%, the agency said. | 0.4% | Output | quarter
            Jobless rates fell to 5% from 7% two years ago. | 7% | Jobless rates | two years
            The board approved a $20 million emergency lending facility. | $20 million | emergency lending facility | emergency
            The forecast was above the average analyst estimate of 410,000. | 410,000 | average analyst estimate | -
            He owns 2 million Class A shares. | 2 million | Class A shares | Class
            The $5 billion sought last year was not approved. | $5 billion | - | sought
            Some 20 local ministers urged music fans to stay away. | Some 20 | local ministers | local ministers urged music fans
            Average rents fell 2.3% in June, the agency said. | 2.3% | Average rents | -
            Turnover fell by 4% in the quarter. | 4% | Turnover | -
            The failure rate is around 3 percent. | around 3 percent | failure rate | -
            The stake was valued at $400m. | $400m | stake | -
            He is accused of running a $2bn (£1.1bn) bond fraud that later collapsed. | $2bn | bond fraud | -
            He is accused of running a $2bn (£1.1bn) bond fraud that later collapsed. | £1.1bn | bond fraud | -
            """)
    void readsWhatIsCounted(String sentence, String figure, String subject, String before) {
        assertEquals(subject, field(sentence, figure, Figure.FigureContext::subject));
    }
}
