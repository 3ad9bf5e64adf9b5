package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventLexiconTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            were deported | deport
            deportations | deport
            Deported | deport
            have been forcibly deported | deport
            expelled | expel
            expulsions | expel
            left | leave
            sought repatriation | repatriate
            repatriated | repatriate
            returned | return
            returns | return
            crossed | cross
            entered | enter
            fled | flee
            registered | register
            arrested | arrest
            removing | remove
            said | 
            the respondents | 
            """)
    void givesTheLemmaOfTheLastEventWord(String event, String lemma) {
        assertEquals(lemma, EventLexicon.lemma(event));
    }
}
