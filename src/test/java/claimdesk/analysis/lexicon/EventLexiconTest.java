package claimdesk.analysis.lexicon;

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
            were injured | injure
            death toll | kill
            kidnapped | kidnap
            said | 
            the respondents | 
            """)
    void givesTheLemmaOfTheLastEventWord(String event, String lemma) {
        assertEquals(lemma, EventLexicon.lemma(event));
    }

    /** Before the merge the measure key read the second column from its own table; the old value is the third. */
    @ParameterizedTest(name = "{0} -> {1} (was {2})")
    @CsvSource(delimiter = '|', textBlock = """
            were wounded         | wound    | wound
            were injured         | wound    | injur
            were hurt            | wound    | hurt
            died                 | kill     | kill
            dead                 | kill     | kill
            death toll           | kill     | toll
            drowned              | drown    | drown
            missing              | missing  | missing
            abducted             | abduct   | abduct
            kidnapped            | abduct   | kidnapp
            rescued              | rescue   | rescu
            evacuated            | evacuate | evacuat
            fled                 | displace | flee
            displaced            | displace | displac
            stranded             | strand   | strand
            expelled             | deport   | deport
            returned             | deport   | return
            were evicted         | evict    | evict
            """)
    void foldsSynonymsIntoOneMeasureClass(String event, String counted, String before) {
        assertEquals(counted, EventLexicon.measureClass(event));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wounded
            injured
            hurt
            died
            dead
            drowned
            missing
            abducted
            kidnapped
            rescued
            evacuated
            fled
            displaced
            stranded
            """)
    void knowsCasualtyAndMovementVerbs(String verb) {
        assertEquals(true, EventLexicon.isVerb(verb), verb);
    }

    @org.junit.jupiter.api.Test
    void aChangeVerbIsAnEventButNotWhatIsCounted() {
        assertEquals("rise", EventLexicon.classOf("rose"));
        assertEquals("kill", EventLexicon.lastClass("the number of people killed rose to"));
        assertEquals(null, EventLexicon.firstClass("prices rose and then fell"));
        assertEquals("sell", EventLexicon.firstClass("the company sold"));
    }
}
