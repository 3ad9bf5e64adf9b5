package claimdesk.bench;

import claimdesk.analysis.figures.FigureExtractor;
import claimdesk.analysis.figures.NumberScanner;
import claimdesk.analysis.figures.NumberToken;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the extractor on the English Recognizers-Text specs and reports how many cases pass, per file and in total.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) claimdesk.bench.RecognizersConformance [DIR [-v]]
 * </pre>
 * DIR defaults to {@code ../shared/peer-specs/recognizers-text-en}; {@code -v} lists each failing case with the
 * expected and actual results.
 *
 * <p>Cases whose {@code NotSupported} or {@code NotSupportedByDesign} list names the platform {@code java} are
 * skipped. A case passes when the set of our results equals the set of expected results, where two results are
 * equal when their spans ({@code Start}..{@code End} inclusive) are equal and their values agree to 12
 * significant digits (the specs print doubles with 15 digits). Which of our results are compared depends on the model:
 * <ul>
 *   <li>NumberModel: every {@link NumberScanner} token except ordinals, vague plurals and numbers glued to
 *       letters ("180ml" is a measure, not a bare number), value = the token's value.</li>
 *   <li>PercentModel, CurrencyModel, DimensionModel: {@code extractAll} figures of kind PERCENT, MONEY, MEASURE
 *       (for DimensionModel also RATE figures with a unit: a measure per period is still a measured quantity);
 *       the span is the figure's span without a leading qualifier (those specs leave "about" out). Money is
 *       compared by amount in the main unit ({@link Figure#amountLow()}: our "50 cents" is 50 cent = 0.50, the
 *       spec's 50 Cent is divided by 100) and, when the spec names an ISO code,
 *       by currency too. Measures must also have the unit symbol the spec's unit name maps to.</li>
 *   <li>NumberRangeModel: {@code extractAll} figures that carry a qualifier or are two-sided ranges, compared as
 *       intervals with their inclusivity. One convention differs and is mapped: Recognizers-Text writes
 *       "between a and b", "a to b" and "a-b" as half-open [a,b); Claimdesk reads them as closed [a,b], so an
 *       expected [a,b) matches our [a,b] for those connector ranges only.</li>
 * </ul>
 * Results with a null value in the spec (a bare currency name such as "dollar") count as expected results that we
 * never produce, so those cases fail.
 */
public final class RecognizersConformance {
    static final String[] FILES = {"NumberModel.json", "NumberRangeModel.json", "PercentModel.json",
            "CurrencyModel.json", "DimensionModel.json"};
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final Map<String, String> UNIT_SYMBOLS = Map.ofEntries(
            Map.entry("Pound", "lb"), Map.entry("Milliliter", "mL"), Map.entry("Inch", "in"),
            Map.entry("Mile", "mi"), Map.entry("Barrel", "bbl"), Map.entry("Foot", "ft"), Map.entry("Ounce", "oz"),
            Map.entry("Acre", "acre"), Map.entry("Gallon", "gal"), Map.entry("Cubic foot", "ft3"),
            Map.entry("Square meter", "m2"), Map.entry("Ton", "t"), Map.entry("Metric ton", "t"),
            Map.entry("Bit", "bit"), Map.entry("Mile per hour", "mph"), Map.entry("Meter", "m"),
            Map.entry("Kilometer", "km"), Map.entry("Millimeter", "mm"), Map.entry("Square kilometer", "km2"),
            Map.entry("Decimeter", "dm"), Map.entry("Megabit", "Mb"), Map.entry("Megabyte", "MB"),
            Map.entry("Picometer", "pm"), Map.entry("Kilometer per hour", "km/h"), Map.entry("Kilogram", "kg"),
            Map.entry("Microgram", "µg"), Map.entry("Gram", "g"));

    private final FigureExtractor extractor = new FigureExtractor();
    private final NumberScanner scanner = new NumberScanner();
    private final ObjectMapper json = new ObjectMapper();

    /** Pass and case counts of one spec file. */
    public record Score(String file, int passed, int total) {
        public double rate() {
            return total == 0 ? 0 : 100.0 * passed / total;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/peer-specs/recognizers-text-en");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        RecognizersConformance c = new RecognizersConformance();
        int passed = 0;
        int total = 0;
        for (String file : FILES) {
            Score s = c.run(dir.resolve(file), verbose);
            System.out.printf(Locale.ROOT, "%-22s %4d / %4d  %5.1f%%%n", file, s.passed(), s.total(), s.rate());
            passed += s.passed();
            total += s.total();
        }
        System.out.printf(Locale.ROOT, "%-22s %4d / %4d  %5.1f%%%n", "TOTAL", passed, total,
                total == 0 ? 0 : 100.0 * passed / total);
    }

    public Score run(Path file, boolean verbose) throws IOException {
        String model = file.getFileName().toString().replace(".json", "");
        int passed = 0;
        int total = 0;
        for (JsonNode testCase : json.readTree(Files.readString(file))) {
            if (!supported(testCase)) {
                continue;
            }
            total++;
            if (passes(model, testCase)) {
                passed++;
            } else if (verbose) {
                Set<Result> exp = expected(model, testCase);
                System.out.println("FAIL " + model + ": " + testCase.get("Input").asText() + "\n   expected " + exp
                        + "\n   actual   " + comparable(model, exp, actual(model, testCase.get("Input").asText())));
            }
        }
        return new Score(file.getFileName().toString(), passed, total);
    }

    /** False when the case's NotSupported or NotSupportedByDesign lists the platform "java". */
    public static boolean supported(JsonNode testCase) {
        for (String field : new String[] {"NotSupported", "NotSupportedByDesign"}) {
            for (String platform : testCase.path(field).asText("").split(",")) {
                if (platform.trim().equalsIgnoreCase("java")) {
                    return false;
                }
            }
        }
        return true;
    }

    public boolean passes(String model, JsonNode testCase) {
        Set<Result> expected = expected(model, testCase);
        return expected.equals(comparable(model, expected, actual(model, testCase.get("Input").asText())));
    }

    /** Currency codes are compared only where the spec names one ("Dollar" alone has no ISO code). */
    private static Set<Result> comparable(String model, Set<Result> expected, Set<Result> actual) {
        if (!model.equals("CurrencyModel")) {
            return actual;
        }
        Set<Result> out = new HashSet<>();
        for (Result a : actual) {
            boolean isoGiven = expected.stream().anyMatch(e -> e.start() == a.start() && e.value().contains(" "));
            int space = a.value().indexOf(' ');
            out.add(isoGiven || space < 0 ? a : new Result(a.start(), a.end(), a.value().substring(0, space)));
        }
        return out;
    }

    /** One comparable result: inclusive span and a canonical value string. */
    record Result(int start, int end, String value) {
        @Override
        public String toString() {
            return start + ".." + end + "=" + value;
        }
    }

    Set<Result> expected(String model, JsonNode testCase) {
        Set<Result> out = new HashSet<>();
        for (JsonNode r : testCase.path("Results")) {
            JsonNode res = r.path("Resolution");
            int start = r.path("Start").asInt();
            int end = r.path("End").asInt();
            String v = res.path("value").isNull() || res.path("value").isMissingNode() ? "null"
                    : res.path("value").asText();
            String value = switch (model) {
                case "NumberRangeModel" -> canonRange(v);
                case "PercentModel" -> canon(v.replace("%", ""));
                case "CurrencyModel" -> v.equals("null") ? v : canon(currencyValue(v, res.path("unit").asText()))
                        + (res.has("isoCurrency") ? " " + res.path("isoCurrency").asText() : "");
                case "DimensionModel" -> v.equals("null") ? v
                        : canon(v) + " " + UNIT_SYMBOLS.getOrDefault(res.path("unit").asText(), "?");
                default -> canon(v);
            };
            out.add(new Result(start, end, value));
        }
        return out;
    }

    private static String currencyValue(String v, String unit) {
        boolean hundredth = unit.equals("Cent") || unit.equals("Pence") || unit.equals("Penny");
        return hundredth ? new BigDecimal(v).movePointLeft(2).toPlainString() : v;
    }

    Set<Result> actual(String model, String input) {
        Set<Result> out = new HashSet<>();
        if (model.equals("NumberModel")) {
            for (NumberToken t : scanner.scan(input)) {
                if (t.form() != NumberToken.Form.ORDINAL && !t.isVague() && !t.gluedToLetters()) {
                    out.add(new Result(t.start(), t.end() - 1, canon(t.value().toPlainString())));
                }
            }
            return out;
        }
        for (Figure f : extractor.extractAll(input, null)) {
            Result r = switch (model) {
                case "NumberRangeModel" -> range(f);
                case "PercentModel" -> f.kind() == FigureKind.PERCENT ? core(f, canon(f.low())) : null;
                case "CurrencyModel" -> f.kind() == FigureKind.MONEY ? core(f, canon(f.amountLow())
                        + (f.currency() == null ? "" : " " + f.currency())) : null;
                case "DimensionModel" -> isMeasured(f) ? core(f, canon(f.low()) + " " + f.unit()) : null;
                default -> null;
            };
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** A measure, or a rate of a measure ("2.4 billion gallons of jet fuel a year"): both carry a unit. */
    private static boolean isMeasured(Figure f) {
        return f.kind() == FigureKind.MEASURE || f.kind() == FigureKind.RATE && f.unit() != null;
    }

    /** The figure's span without its leading qualifier words ("about $ 14 million" becomes "$ 14 million"). */
    private static Result core(Figure f, String value) {
        int start = f.start();
        if (f.qualifier() != null) {
            String text = f.text().toLowerCase(Locale.ROOT);
            int at = 0;
            for (String word : f.qualifier().split(" ")) {
                if (!text.startsWith(word, at)) {
                    break;
                }
                at += word.length();
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
            }
            start += at;
        }
        return new Result(start, f.end() - 1, value);
    }

    private static Result range(Figure f) {
        boolean twoSided = f.low() != null && f.high() != null && f.low().compareTo(f.high()) != 0;
        boolean open = f.low() == null || f.high() == null;
        boolean qualified = f.qualifier() != null && (!f.approx() || open);
        if (!twoSided && !qualified) {
            return null;
        }
        String low = f.low() == null ? "" : canon(f.low());
        String high = f.high() == null ? "" : canon(f.high());
        boolean connector = twoSided && f.lowInclusive() && f.highInclusive() && (f.qualifier() == null
                || f.approx() || f.qualifier().equals("between") || f.qualifier().equals("from"));
        String left = f.lowInclusive() && f.low() != null ? "[" : "(";
        String right = connector ? ")" : f.highInclusive() && f.high() != null ? "]" : ")";
        int start = f.approx() ? core(f, "").start() : f.start();
        return new Result(start, f.end() - 1, left + low + "," + high + right);
    }

    private static String canonRange(String v) {
        String inner = v.substring(1, v.length() - 1);
        int comma = inner.indexOf(',');
        String low = inner.substring(0, comma).trim();
        String high = inner.substring(comma + 1).trim();
        return v.charAt(0) + (low.isEmpty() ? "" : canon(low)) + "," + (high.isEmpty() ? "" : canon(high))
                + v.charAt(v.length() - 1);
    }

    static String canon(BigDecimal v) {
        return v == null ? "null" : canon(v.toPlainString());
    }

    /** A value rounded to 12 significant digits, so "0.666666666666667" equals 2/3 computed in DECIMAL64. */
    static String canon(String v) {
        BigDecimal d = new BigDecimal(v).round(new MathContext(12));
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
