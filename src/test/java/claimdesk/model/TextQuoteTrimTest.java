package claimdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TextQuoteTrimTest {

    private static final String TEXT = "The men went back voluntarily. He said so twice, and\nthe office agreed.";

    @Test
    void aSelectionTakingTheSpaceAfterAWordLosesItAndTheOffsetsFollow() {
        int start = TEXT.indexOf("went");
        int end = TEXT.indexOf("He");
        TextQuote selected = TextQuote.of(TEXT, start - 1, end);

        TextQuote trimmed = selected.trimmed();

        assertEquals("went back voluntarily.", trimmed.exact());
        assertEquals(start, trimmed.start());
        assertEquals(TEXT.indexOf("voluntarily.") + "voluntarily.".length(), trimmed.end());
        assertEquals(TextQuote.of(TEXT, trimmed.start(), trimmed.end()), trimmed, "context as if tagged so");
    }

    @Test
    void aQuoteWithoutEdgeSpaceOrOnlySpaceIsKept() {
        TextQuote clean = TextQuote.of(TEXT, 4, 7);
        TextQuote blank = TextQuote.of(TEXT, 3, 4);

        assertSame(clean, clean.trimmed());
        assertSame(blank, blank.trimmed());
    }

    /** Trimming gives exactly the quote that tagging the trimmed span would have given, and is idempotent. */
    @Property
    void trimmingEqualsTaggingTheTrimmedSpan(@ForAll("spans") int[] span) {
        TextQuote quote = TextQuote.of(LONG, span[0], span[1]);
        String exact = quote.exact();
        TextQuote trimmed = quote.trimmed();

        if (exact.isBlank()) {
            assertSame(quote, trimmed);
            return;
        }
        int start = span[0] + (exact.length() - exact.stripLeading().length());
        int end = span[1] - (exact.length() - exact.stripTrailing().length());
        assertEquals(TextQuote.of(LONG, start, end), trimmed);
        assertEquals(trimmed, trimmed.trimmed());
    }

    private static final String LONG = " \n  Officials said 26,320 Afghans were deported on Sunday alone.  \t"
            + "According to Bijar, 14,000 crossed at Islam Qala.\n\n  به گفته مقامات ولایتی، بیش از ۷۵ هزار  ";

    @Provide
    Arbitrary<int[]> spans() {
        Arbitrary<Integer> a = Arbitraries.integers().between(0, LONG.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 60);
        return Combinators.combine(a, length).as((from, n) -> new int[] {from, Math.min(LONG.length(), from + n)});
    }
}
