package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FigureContextFinderPropertyTest {

    /** Words that drive every rule, so random sentences reach deep into the finders, plus stray marks. */
    private static final List<String> VOCABULARY = List.of("According", "to", "the", "UN", "Bijar", "said", "he",
            "added", "that", "more", "than", "75,000", "2.6", "million", "13746", "Afghan", "migrants", "have",
            "left", "were", "deported", "from", "Iran", "and", "Pakistan", "through", "Islam", "Qala", "border",
            "crossing", "in", "past", "two", "weeks", "since", "beginning", "of", "year", "on", "Saturday,", "5",
            "July", "between", "1", "April", "15", "2022", "last", "this", "while", "of", "%", "percent", ",", ".",
            "“", "”", "(", ")", "’s", "survey", "by", "UNHCR", "found", "deportations", "sought", "repatriation",
            "\n", ";", "–", "?", "Mr.", "U.S.", "alone", "Nimruz", "province", "via", "Pul-e", "Abrisham");

    private final FigureContextFinder finder = new FigureContextFinder();

    @Property(tries = 500)
    void spansOfRandomCharactersStayInsideTheText(@ForAll("characters") String text, @ForAll int a, @ForAll int b,
                                                  @ForAll("dates") LocalDate published) {
        check(text, a, b, published);
    }

    @Property(tries = 1000)
    void spansOfRandomSentencesStayInsideTheText(@ForAll("sentences") String text, @ForAll int a, @ForAll int b,
                                                 @ForAll("dates") LocalDate published) {
        check(text, a, b, published);
    }

    private void check(String text, int a, int b, LocalDate published) {
        int start = text.isEmpty() ? 0 : Math.floorMod(a, text.length() + 1);
        int end = start + Math.floorMod(b, text.length() - start + 1);
        Figure figure = new Figure(Span.of(text, start, end), FigureKind.COUNT, null, null, true, true, false,
                null, null, null, null, null);
        Figure.FigureContext c = finder.find(text, figure, published);
        for (Span s : new Span[] {c.subject(), c.event(), c.place(), c.period(), c.source()}) {
            if (s != null) {
                assertTrue(s.start() >= 0 && s.start() < s.end() && s.end() <= text.length(), s::toString);
                assertEquals(text.substring(s.start(), s.end()), s.text());
            }
        }
        assertTrue(c.period() != null || (c.periodFrom() == null && c.periodTo() == null), "dates need a period");
    }

    @Provide
    Arbitrary<String> characters() {
        return Arbitraries.strings().withChars("aAzZ09 ,.;:!?\n\t()“”\"’'-–%").withCharRange('a', 'e')
                .withCharRange('0', '9').ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(80).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.of(LocalDate.of(2025, 7, 6), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 1))
                .injectNull(0.2);
    }
}
