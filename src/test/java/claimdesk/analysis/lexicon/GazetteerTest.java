package claimdesk.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    @ParameterizedTest(name = "{0} -> {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Baghdad      | baghdad        | iraq
            Sadr City    | sadr-city      | iraq
            Istanbul     | istanbul       | turkey
            Lesbos       | lesbos         | greece
            Paris        | paris          | france
            Ecuador      | ecuador        | ecuador
            Quito        | quito          | ecuador
            Kandahar     | kandahar       | afghanistan
            Tainan       | tainan         | taiwan
            Britain      | united-kingdom | united-kingdom
            U.S.         | united-states  | united-states
            Mogadishu    | mogadishu      | somalia
            Iraq's       | iraq           | iraq
            """)
    void namesAPlaceInsideItsCountry(String name, String key, String country) {
        assertEquals(key, Gazetteer.keyOf(name));
        assertEquals(country, Gazetteer.countryOf(key));
    }

    @ParameterizedTest(name = "{0} inside {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sadr-city | baghdad
            sadr-city | iraq
            lesbos    | greece
            quito     | ecuador
            """)
    void containsACityInItsProvinceAndCountry(String place, String outer) {
        assertTrue(Gazetteer.within(place, outer));
        assertFalse(Gazetteer.within(outer, place));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Afghan    | afghanistan
            Afghans   | afghanistan
            Syrian    | syria
            Iranian   | iran
            Turkish   | turkey
            Iraqis    | iraq
            """)
    void readsDemonyms(String word, String country) {
        assertEquals(country, Gazetteer.countryOfDemonym(word));
    }

    /** Written in lower case or as a common word, a name is no place: "turkey" the bird, "us" the pronoun. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            they gave us a turkey for dinner
            Reading the report took an hour
            Us and them
            Four dead in German train crash
            """)
    void findsNoPlaceInOrdinaryWords(String text) {
        assertEquals(List.of(), Gazetteer.findIn(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the blast in Baghdad's Sadr City on Sunday | baghdad,sadr-city
            refugees from Syria in Turkey              | syria,turkey
            the US and the UK                          | united-states,united-kingdom
            """)
    void findsPlaceNamesLongestFirst(String text, String keys) {
        assertEquals(List.of(keys.split(",")), Gazetteer.findIn(text).stream().map(Gazetteer.Match::key).toList());
    }
}
