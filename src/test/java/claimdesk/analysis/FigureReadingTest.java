package claimdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureReadingTest {

    private static final String TEXT = "More than 1.2 million Afghans were deported from Iran and Pakistan, UNHCR said.";

    @Test
    void describesValueSubjectEventPlacePeriodAndSource() {
        Figure figure = new Figure(Span.of(TEXT, 0, 21), FigureKind.COUNT, new BigDecimal("1200000"), null, true,
                false, false, "at least", null, null, null, new Figure.FigureContext(Span.of(TEXT, 22, 29),
                Span.of(TEXT, 35, 43), Span.of(TEXT, 49, 66), null, Span.of(TEXT, 68, 73),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 6)));

        assertEquals("\u2265 1,200,000 Afghans \u00b7 deported \u00b7 Iran and Pakistan \u00b7 2025-01-01..2025-07-06 \u00b7 UNHCR",
                FigureReading.describe(figure));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            COUNT,   75000, ,      false, false, false, ,    ,   , '> 75,000'
            COUNT,   ,      30000, false, false, false, ,    ,   , '< 30,000'
            COUNT,   ,      14000, false, true,  false, ,    ,   , '\u2264 14,000'
            COUNT,   20000, 99999, true,  true,  true,  ,    ,   , '\u2248 20,000\u201399,999'
            PERCENT, 60,    60,    true,  true,  true,  ,    ,   , '\u2248 60 %'
            MONEY,   40.7,  40.7,  true,  true,  false, ,    AFN, , 'AFN 40.7'
            MEASURE, 5,     5,     true,  true,  false, km,  ,   , '5 km'
            RATE,    20000, 99999, true,  true,  true,  ,    ,   day, '\u2248 20,000\u201399,999 per day'
            """)
    void writesTheIntervalWithItsUnit(FigureKind kind, BigDecimal low, BigDecimal high, boolean lowInclusive,
                                      boolean highInclusive, boolean approx, String unit, String currency,
                                      String per, String expected) {
        Figure figure = new Figure(new Span(0, 1, "x"), kind, low, high, lowInclusive, highInclusive, approx, null,
                unit, currency, per, null);

        assertEquals(expected, FigureReading.value(figure));
    }
}
