package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class FigureExtractorProperties {
    private final FigureExtractor extractor = new FigureExtractor();

    private static final List<String> NUMBERISH = List.of("1", "22", "2022", "75,000", "1.2", "3/4", "-", "–", "%",
            "$", "€", "£", "Rs.", "US$", "one", "two", "twenty", "hundred", "thousand", "million", "bn", "k", "a",
            "half", "quarter", "dozens", "of", "tens", "thousands", "more", "than", "at", "least", "up", "to",
            "between", "and", "from", "about", "or", "more", "percent", "per", "cent", "a day", "daily", "July",
            "Sunday,", "May", "km", "tonnes", "year", "-year-old", "days", "aged", "B-17", "10:30", "pm", "point",
            "minus", "over", "in", "out", "fifths", "third", "21st", ".", ",", "(", ")", "e5", "^2", "\u202f",
            "http://x.org/?q=30%25", "\uD83D\uDE00", "\u0301", "ரூ");

    @Provide
    Arbitrary<String> numberish() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(NUMBERISH),
                Arbitraries.strings().ofMaxLength(4), Arbitraries.strings().numeric().ofMaxLength(5));
        Arbitrary<String> separator = Arbitraries.of(" ", "", "  ", "-", ",", "\n");
        return Arbitraries.lazy(() -> word).list().ofMaxSize(14)
                .flatMap(words -> separator.list().ofSize(words.size()).map(seps -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        b.append(words.get(i)).append(seps.get(i));
                    }
                    return b.toString();
                }));
    }

    @Property
    void anyTextGivesSpansInsideTheText(@ForAll String text) {
        assertSpansMatch(text);
    }

    @Property(tries = 3000)
    void numberLikeTextGivesSpansInsideTheText(@ForAll("numberish") String text) {
        assertSpansMatch(text);
    }

    private void assertSpansMatch(String text) {
        int previousEnd = 0;
        for (Figure f : extractor.extractAll(text, null)) {
            assertTrue(f.start() >= previousEnd && f.end() <= text.length() && f.start() < f.end(),
                    () -> "span " + f.start() + ".." + f.end() + " in " + text.length());
            assertEquals(text.substring(f.start(), f.end()), f.text());
            previousEnd = f.end();
        }
    }

    @Property
    void extractionIsDeterministic(@ForAll("numberish") String text) {
        List<Figure> first = extractor.extractAll(text, null);
        assertEquals(first, extractor.extractAll(text, null));
        assertEquals(first, new FigureExtractor().extractAll(text, null));
    }

    @Property
    void plainDigitsComeBack(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long n) {
        assertCount("Officials said " + n + " people left.", BigDecimal.valueOf(n));
    }

    @Property
    void thousandsSeparatorsComeBack(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long n) {
        assertCount("Officials said " + String.format(Locale.ROOT, "%,d", n) + " people left.", BigDecimal.valueOf(n));
    }

    @Property
    void millionsWithADecimalComeBack(@ForAll @IntRange(min = 1, max = 999) int whole,
                                      @ForAll @IntRange(min = 0, max = 9) int tenth) {
        BigDecimal expected = new BigDecimal(whole + "." + tenth).multiply(BigDecimal.valueOf(1_000_000));
        assertCount("Officials said " + whole + "." + tenth + " million people left.", expected);
    }

    @Property
    void smallNumbersInWordsComeBack(@ForAll @IntRange(min = 2, max = 999_999) int n) {
        assertCount("Officials said " + EnglishWords.of(n) + " people left.", BigDecimal.valueOf(n));
    }

    @Property
    void percentsComeBack(@ForAll @IntRange(min = 0, max = 1000) int whole,
                          @ForAll @IntRange(min = 0, max = 99) int hundredths) {
        String written = String.format(Locale.ROOT, "%d.%02d", whole, hundredths);
        Figure f = single("Turnout rose to " + written + " percent last year.");
        assertEquals(FigureKind.PERCENT, f.kind());
        assertEquals(0, new BigDecimal(written).compareTo(f.low()));
    }

    @Property
    void dollarsComeBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        Figure f = single("The fund paid $" + String.format(Locale.ROOT, "%,d", n) + " to the camp.");
        assertEquals(FigureKind.MONEY, f.kind());
        assertEquals("USD", f.currency());
        assertEquals(0, BigDecimal.valueOf(n).compareTo(f.low()));
    }

    private void assertCount(String sentence, BigDecimal expected) {
        Figure f = single(sentence);
        assertEquals(FigureKind.COUNT, f.kind(), sentence);
        assertEquals(0, expected.compareTo(f.low()), () -> sentence + " gave " + f.low());
        assertEquals(0, expected.compareTo(f.high()), () -> sentence + " gave " + f.high());
    }

    private Figure single(String sentence) {
        List<Figure> figures = extractor.extract(sentence);
        assertEquals(1, figures.size(), () -> sentence + " gave " + figures);
        return figures.get(0);
    }
}
