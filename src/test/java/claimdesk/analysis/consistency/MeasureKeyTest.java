package claimdesk.analysis.consistency;

import static claimdesk.analysis.consistency.FigureFixture.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.analysis.lexicon.EventLexicon;
import claimdesk.model.FigureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            deported                      | deport
            have been forcibly deported   | deport
            deportations                  | deport
            expelled                      | deport
            expulsions                    | deport
            removing                      | deport
            forcibly returned             | deport
            forced returns                | deport
            returned                      | deport
            repatriated                   | deport
            left                          | leave
            crossed                       | cross
            were registered               | register
            fled                          | displace
            entered                       | arrive
            were evicted                  | evict
            """)
    void eventWordsReduceToTheirMeasureClass(String eventText, String expected) {
        assertEquals(expected, EventLexicon.measureClass(eventText));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Afghan migrants                | person
            people                         | person
            individuals                    | person
            Afghan nationals               | person
            Afghan citizens                | person
            refugees and asylum seekers    | person
            undocumented Afghan migrants   | person:undocumented
            Afghan families                | family
            women and children             | women-children
            trucks                         | truck
            """)
    void subjectsReduceToTheirHeadNounClass(String subjectText, String expected) {
        assertEquals(expected, MeasureKey.subjectClass(subjectText));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Iran                          | iran
            from Iran and Pakistan        | iran+pakistan
            Pakistan and Iran             | iran+pakistan
            Iran’s eastern borders        | iran
            the Islam Qala border crossing| islam-qala
            Iranian provinces             | iran
            """)
    void placesReduceToASortedSet(String placeText, String expected) {
        assertEquals(expected, PlaceSet.normalise(placeText));
    }

    @Test
    void aKeyNeedsSubjectEventAndPlace() {
        String text = "Pakistan deported 286,631 Afghan nationals.";

        assertTrue(MeasureKey.of(figure(text, "286,631").exactly(286_631).event("deported").place("Pakistan")
                .build()).isEmpty());
        assertEquals("person|deport|pakistan|count", MeasureKey.of(figure(text, "286,631").exactly(286_631)
                .subject("Afghan nationals").event("deported").place("Pakistan").build()).orElseThrow().code());
    }

    @Test
    void figuresThatAreNotStatisticsHaveNoKey() {
        String text = "Pakistan deported Afghan nationals in 2023.";

        assertTrue(MeasureKey.of(figure(text, "2023").exactly(2023).kind(FigureKind.YEAR)
                .subject("Afghan nationals").event("deported").place("Pakistan").build()).isEmpty());
    }

    @Test
    void theDimensionSeparatesCountsPercentagesAndRates() {
        String text = "Over 75 percent of 75,000 migrants left Iran, 5,000 daily.";
        FigureFixture base = figure(text, "75 percent").exactly(75).kind(FigureKind.PERCENT);

        assertEquals("percent", MeasureKey.dimension(base.build()));
        assertEquals("rate/day", MeasureKey.dimension(figure(text, "5,000").exactly(5000).perDay().build()));
    }
}
