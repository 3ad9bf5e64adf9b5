package claimdesk.analysis.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.bench.RecognizersConformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance harness itself: skipping, span and value matching, and counting on hand-made cases. */
class RecognizersConformanceHarnessTest {

    @Test
    void countsPassesAndSkipsJavaUnsupportedCases(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("PercentModel.json");
        Files.writeString(file, """
                [
                  {"Input": "turnout was 84% this year",
                   "Results": [{"Text": "84%", "Start": 12, "End": 14, "Resolution": {"value": "84%"}}]},
                  {"Input": "turnout was 84% this year",
                   "Results": [{"Text": "84%", "Start": 12, "End": 14, "Resolution": {"value": "85%"}}]},
                  {"Input": "skipped because java is listed", "NotSupported": "javascript, java",
                   "Results": []}
                ]
                """);
        RecognizersConformance.Score score = new RecognizersConformance().run(file, false);
        assertEquals(1, score.passed());
        assertEquals(2, score.total());
    }

    @Test
    void comparesRangesAndMoney(@TempDir Path dir) throws IOException {
        Path ranges = dir.resolve("NumberRangeModel.json");
        Files.writeString(ranges, """
                [
                  {"Input": "He is more than thirty.",
                   "Results": [{"Start": 6, "End": 21, "Resolution": {"value": "(30,)"}}]},
                  {"Input": "The range is 1000-5000",
                   "Results": [{"Start": 13, "End": 21, "Resolution": {"value": "[1000,5000)"}}]},
                  {"Input": "The range is 1000-5000",
                   "Results": [{"Start": 13, "End": 21, "Resolution": {"value": "[1000,6000)"}}]}
                ]
                """);
        Path money = dir.resolve("CurrencyModel.json");
        Files.writeString(money, """
                [
                  {"Input": "sales of about $ 14 million",
                   "Results": [{"Start": 15, "End": 26, "Resolution": {"value": "14000000", "unit": "Dollar"}}]},
                  {"Input": "it rose 50 cents",
                   "Results": [{"Start": 8, "End": 15, "Resolution": {"value": "50", "unit": "Cent"}}]},
                  {"Input": "a loan of 5 euros",
                   "Results": [{"Start": 10, "End": 16,
                                "Resolution": {"value": "5", "unit": "Euro", "isoCurrency": "GBP"}}]}
                ]
                """);
        RecognizersConformance harness = new RecognizersConformance();
        assertEquals(2, harness.run(ranges, false).passed());
        assertEquals(2, harness.run(money, false).passed());
    }

    @Test
    void doesNotSkipJavascriptOnlyCases() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertTrue(RecognizersConformance.supported(json.readTree("{\"NotSupported\": \"javascript\"}")));
        assertFalse(RecognizersConformance.supported(
                json.readTree("{\"NotSupportedByDesign\": \"javascript,python,java\"}")));
    }
}
