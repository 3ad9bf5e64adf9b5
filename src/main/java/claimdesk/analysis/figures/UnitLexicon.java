package claimdesk.analysis.figures;

import java.util.HashMap;
import java.util.Map;

/** The unit and currency vocabulary, keyed by lower-cased phrase (single spaces between words). */
final class UnitLexicon {
    private UnitLexicon() {
    }

    /** Units written after the number: "75 percent", "40.7 million Afghanis", "330 kilometres". */
    static final Map<String, Unit> AFTER = new HashMap<>();
    /** Case-sensitive symbols where case changes the meaning: "MB" is megabytes, "mb" megabits. */
    static final Map<String, Unit> AFTER_EXACT = new HashMap<>();
    /** Symbols that are a unit only glued to the number: "60W" is watts, "575 W 42nd Street" an address. */
    static final java.util.Set<String> GLUED_ONLY = java.util.Set.of("W", "C");
    /** Currency symbols and codes written before the number: "$", "US$", "Rs.", "c $", "PKR". */
    static final Map<String, Unit> BEFORE = new HashMap<>();

    /**
     * "PS5m": a £ that scraped text turned into "PS". Only before an amount with a scale ("PS5m", "PS2.5bn"), since
     * a bare "PS5" is a games console.
     */
    static final String PS = "ps";

    static {
        for (String p : new String[] {"%", "percent", "per cent", "percents", "percentage", "pct"}) {
            AFTER.put(p, Unit.percent());
        }
        AFTER.put("percentage points", new Unit(claimdesk.model.FigureKind.PERCENT, "pp", null,
                java.math.BigDecimal.ONE));
        AFTER.put("percentage point", AFTER.get("percentage points"));
        money("USD", "dollars", "dollar", "us dollars", "us dollar", "u.s. dollars", "usd", "american dollars");
        money("CAD", "canadian dollars", "canadian dollar");
        money("AUD", "australian dollars", "australian dollar");
        money("HKD", "hong kong dollars", "hong kong dollar");
        money("EUR", "euros", "euro", "eur", "€");
        money("GBP", "pounds sterling", "sterling", "gbp", "british pounds");
        money("INR", "rupees", "rupee", "indian rupees", "inr", "rs");
        money("PKR", "pakistani rupees", "pakistan rupees", "pkr");
        money("LKR", "sri lankan rupees", "ரூ");
        money("AFN", "afghanis", "afghani", "afn", "afs");
        money("IRR", "rials", "rial", "irr", "iranian rials");
        money("JPY", "yen", "japanese yen", "jpy");
        money("CNY", "yuan", "chinese yuan", "rmb", "renminbi", "cny", "元", "kuai");
        money("RUB", "roubles", "rouble", "rubles", "ruble");
        money("CHF", "swiss francs", "swiss franc", "chf");
        money("ESP", "pesetas", "peseta");
        money("FIM", "finnish markka", "markka");
        money("NLG", "dutch guilders", "guilders");
        money("CRC", "₡");
        money("GEL", "₾");
        money("LAK", "₭");
        money(null, "francs", "franc");
        AFTER.put("tomans", Unit.money("IRR", "10"));
        AFTER.put("toman", Unit.money("IRR", "10"));
        // Sub-units keep the stated number; Figure.amountLow() gives the amount in dollars or pounds.
        subunit("USD", "cent", "cents", "cent");
        subunit("GBP", "penny", "pence", "penny", "p");
        AFTER_EXACT.put("pc", Unit.percent());          // British press: "24pc", "1.38pc"; "5 PC games" is no share
        measures();
        before("USD", "$", "us$", "us $", "u.s $", "u.s. $", "usd");
        before("CAD", "c $", "c$", "ca$", "cad");
        before("HKD", "hk $", "hk$", "hkd");
        before("AUD", "a$", "au$", "aud");
        before("EUR", "€", "eur");
        before("GBP", "£", "gbp");
        before("JPY", "¥", "jpy");
        before("INR", "₹", "rs", "rs.", "inr");
        before("PKR", "pkr", "pak rs");
        before("AFN", "afn");
        before("IRR", "irr");
        before("CRC", "₡");
        before("USD", "$us", "$ us");
        before("AUD", "$a");
        before("NZD", "nz$", "nz $");
        before("SGD", "s$");
        before("MYR", "rm");
        before("GBP", PS);
    }

    private static void measures() {
        measure("km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        measure("mi", "mile", "miles", "mi");
        measure("m", "m", "metre", "metres", "meter", "meters");
        measure("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        measure("mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        measure("dm", "dm", "decimetre", "decimeters", "decimeter", "decimetres");
        measure("pm", "picometer", "picometers", "picometre", "picometres");
        measure("km2", "km2", "sq km", "square km", "square kilometres", "square kilometers", "square kilometre",
                "square kilometer");
        measure("m2", "m2", "sq m", "square metres", "square meters", "square metre", "square meter");
        measure("mi2", "square miles", "square mile", "sq mi");
        measure("ha", "ha", "hectare", "hectares");
        measure("acre", "acre", "acres");
        measure("t", "tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes", "metric ton", "t");
        measure("kg", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos");
        measure("g", "g", "gram", "grams", "gramme", "grammes");
        measure("µg", "μg", "µg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes");
        measure("lb", "lb", "lbs", "pound", "pounds");
        measure("oz", "oz", "ounce", "ounces");
        measure("ft", "ft", "foot", "feet");
        measure("yd", "yd", "yds", "yard", "yards");
        measure("in", "inch", "inches");
        measure("gal", "gallon", "gallons");
        measure("bbl", "barrel", "barrels", "bbl");
        measure("L", "l", "litre", "litres", "liter", "liters");
        measure("mL", "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        measure("ft3", "cubic feet", "cubic foot");
        measure("m3", "cubic metres", "cubic meters", "m3");
        measure("bit", "bit", "bits");
        measure("°C", "°c", "degrees celsius", "degree celsius", "celsius", "degrees centigrade");
        measure("°F", "°f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit");
        measure("°", "°", "degrees", "degree");
        measure("dB", "decibels", "decibel", "db");
        measure("ppm", "ppm", "parts per million");
        measure("ppb", "ppb", "parts per billion");
        measure("µg/dL", "µg/dl", "μg/dl", "mcg/dl", "micrograms per deciliter", "micrograms per decilitre");
        measure("mph", "mph", "miles an hour", "miles per hour");
        measure("km/h", "kph", "kmph", "km/h", "km/hr", "kilometers per hour", "kilometres per hour",
                "kilometres an hour", "kilometers an hour");
        measure("W", "watt", "watts");
        AFTER_EXACT.put("W", Unit.measure("W"));
        AFTER_EXACT.put("C", Unit.measure("°C"));      // British press: "highs of 30C"
        measure("kW", "kw", "kilowatt", "kilowatts");
        measure("MW", "mw", "megawatt", "megawatts");
        measure("GW", "gw", "gigawatt", "gigawatts");
        measure("kWh", "kwh", "kilowatt-hours", "kilowatt hours");
        measure("MWh", "mwh", "megawatt-hours", "megawatt hours");
        measure("GWh", "gwh");
        measure("TWh", "twh");
        measure("hp", "hp", "bhp", "horsepower");
        measure("Hz", "hz", "hertz");
        measure("kHz", "khz", "kilohertz");
        measure("MHz", "mhz", "megahertz");
        measure("GHz", "ghz", "gigahertz");
        measure("kbit/s", "kbps", "kbit/s");
        measure("Mbit/s", "mbps", "mbit/s", "megabits per second");
        measure("Gbit/s", "gbps", "gbit/s", "gigabits per second");
        AFTER_EXACT.put("MB", Unit.measure("MB"));
        AFTER_EXACT.put("mb", Unit.measure("Mb"));
        AFTER_EXACT.put("GB", Unit.measure("GB"));
    }

    private static void money(String iso, String... phrases) {
        for (String p : phrases) {
            AFTER.put(p, Unit.money(iso));
        }
    }

    private static void subunit(String iso, String symbol, String... phrases) {
        for (String p : phrases) {
            AFTER.put(p, new Unit(claimdesk.model.FigureKind.MONEY, symbol, iso, java.math.BigDecimal.ONE));
        }
    }

    private static void before(String iso, String... phrases) {
        for (String p : phrases) {
            BEFORE.put(p, Unit.money(iso));
        }
    }

    private static void measure(String symbol, String... phrases) {
        for (String p : phrases) {
            AFTER.put(p, Unit.measure(symbol));
        }
    }
}
