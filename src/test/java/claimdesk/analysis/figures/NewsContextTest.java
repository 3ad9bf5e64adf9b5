package claimdesk.analysis.figures;

import static claimdesk.analysis.figures.ContextFields.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Context fields on general news (issue 12): casualty and movement events, places named by the gazetteer,
 * subjects across abbreviations and sources in two-clause sentences. Each row gives the reading that came out
 * before this change ("-" for none) next to the expected one.
 */
class NewsContextTest {

    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            At least 31 people were wounded in the blast in Baghdad's Sadr City on Sunday, police said. | At least 31 | wounded | -
            Some 45 people were injured when a car bomb exploded near a market in Baghdad. | Some 45 | injured | -
            Three policemen were hurt in the clashes in Istanbul. | Three | hurt | -
            At least 10 people died after the boat capsized off Lesbos. | At least 10 | died | -
            The death toll rose to 73 in Ecuador on Tuesday. | 73 | death toll | -
            The toll later climbed to 73 from 59, a hospital source said. | 73 | toll | -
            At least 11 migrants drowned off the Greek island of Lesbos. | At least 11 | drowned | -
            At least 20 people are still missing in Ecuador after the quake. | At least 20 | missing | -
            Gunmen abducted 12 aid workers near Kandahar. | 12 | abducted | -
            Gunmen kidnapped 12 aid workers near Kandahar. | 12 | kidnapped | -
            Rescuers rescued 40 people from the rubble in Tainan. | 40 | rescued | -
            Authorities evacuated 3,000 residents from the coast. | 3,000 | evacuated | -
            Some 800 migrants were stranded at the border with Macedonia. | Some 800 | stranded | -
            """)
    void readsCasualtyAndMovementEvents(String sentence, String figure, String event, String before) {
        assertEquals(event, field(sentence, figure, Figure.FigureContext::event));
    }

    /** Business and economy news: what a price, a sale or a payment did (the held-out gold's "event"). */
    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Average house prices rose 1.2% in December, the lender said. | 1.2% | rose | -
            Profits fell 5% to $2.3bn in the first quarter. | 5% | fell | -
            The company sold 2.7 million phones last year. | 2.7 million | sold | -
            The club paid £50m for the striker. | £50m | paid | -
            The deal is valued at $3bn. | $3bn | valued | -
            The firm lost $120m in the year to March. | $120m | lost | -
            """)
    void readsChangeAndTradeEvents(String sentence, String figure, String event, String before) {
        assertEquals(event, field(sentence, figure, Figure.FigureContext::event));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Some 45 people were injured near a market in Baghdad on Monday. | Some 45 | Baghdad | -
            At least 11 migrants drowned off Lesbos on Sunday. | At least 11 | Lesbos | -
            Gunmen abducted 12 aid workers near Kandahar. | 12 | Kandahar | -
            Tuesday's attack in Paris killed 130 people. | 130 | Paris | -
            In Tuesday's attack, 30 people were killed. | 30 | - | -
            Turkey, which is hosting 2.5 million refugees from Syria, has asked for more aid. | 2.5 million | Turkey | Syria
            About 300 people were wounded in the Istanbul attack. | About 300 | Istanbul | Istanbul
            At least 230 people were killed in the earthquake in Ecuador, officials said. | At least 230 | Ecuador | Ecuador
            More than 4,000 people fled to Turkey last week. | More than 4,000 | - | -
            """)
    void readsThePlaceTheSentenceNames(String sentence, String figure, String place, String before) {
        assertEquals(place, field(sentence, figure, Figure.FigureContext::place));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Two more U.S. citizens were killed in the attack. | Two | citizens | more U
            The 28 member states agreed to take 160,000 refugees. | 28 | member states | member
            Some 1,000 U.N. peacekeepers were deployed. | Some 1,000 | peacekeepers | -
            """)
    void readsTheSubjectAcrossAbbreviations(String sentence, String figure, String subject, String before) {
        assertEquals(subject, field(sentence, figure, Figure.FigureContext::subject));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Britain and Norway promised $100 million, while Germany said it would give $50 million. | $50 million | Germany | Germany
            Britain and Norway promised $100 million, while Germany said it would give $50 million. | $100 million | - | Germany
            Journalists at the scene said at least 30 bodies were pulled from the rubble. | at least 30 | Journalists | scene
            The 28 member states agreed to take 160,000 refugees. | 160,000 | - | member
            """)
    void readsTheSpeakerOfTheFiguresClause(String sentence, String figure, String source, String before) {
        assertEquals(source, field(sentence, figure, Figure.FigureContext::source));
    }
}
