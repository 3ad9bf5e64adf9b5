package claimdesk.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The English number vocabulary: cardinals, scales and ordinals (used as fraction denominators). */
final class WordLexicon {
    private WordLexicon() {
    }

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("nought", 0), Map.entry("naught", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /** Scales above a hundred; "lakh" and "crore" are the Indian-English 1e5 and 1e7. */
    static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L, "lakh", 100_000L, "crore", 10_000_000L,
            "bn", 1_000_000_000L, "mn", 1_000_000L);

    /** Ordinal words with their numbers; the plural "-s" form is stripped before lookup. */
    static final Map<String, Long> ORDINALS = Map.ofEntries(
            Map.entry("first", 1L), Map.entry("second", 2L), Map.entry("third", 3L), Map.entry("fourth", 4L),
            Map.entry("fifth", 5L), Map.entry("sixth", 6L), Map.entry("seventh", 7L), Map.entry("eighth", 8L),
            Map.entry("ninth", 9L), Map.entry("tenth", 10L), Map.entry("eleventh", 11L),
            Map.entry("twelfth", 12L), Map.entry("thirteenth", 13L), Map.entry("fourteenth", 14L),
            Map.entry("fifteenth", 15L), Map.entry("sixteenth", 16L), Map.entry("seventeenth", 17L),
            Map.entry("eighteenth", 18L), Map.entry("nineteenth", 19L), Map.entry("twentieth", 20L),
            Map.entry("thirtieth", 30L), Map.entry("fortieth", 40L), Map.entry("fiftieth", 50L),
            Map.entry("sixtieth", 60L), Map.entry("seventieth", 70L), Map.entry("eightieth", 80L),
            Map.entry("ninetieth", 90L), Map.entry("hundredth", 100L), Map.entry("thousandth", 1_000L),
            Map.entry("millionth", 1_000_000L), Map.entry("billionth", 1_000_000_000L),
            Map.entry("trillionth", 1_000_000_000_000L));

    /** Vague plural quantities: "dozens", "hundreds" ... with the unit they multiply. */
    static final Map<String, Long> VAGUE = Map.of("dozens", 12L, "tens", 10L, "hundreds", 100L,
            "thousands", 1_000L, "millions", 1_000_000L, "billions", 1_000_000_000L);

    static final Set<String> DOZEN = Set.of("dozen", "dozens", "dozs", "dzs");

    private static final StarterWords STARTERS = new StarterWords(starters());

    private static List<String> starters() {
        List<String> all = new ArrayList<>(List.of("a", "an", "half", "hundred",
                "minus", "negative", "several", "scores"));
        all.addAll(UNITS.keySet());
        all.addAll(TENS.keySet());
        all.addAll(VAGUE.keySet());
        all.addAll(ORDINALS.keySet());
        all.addAll(SCALES.keySet());
        return all;
    }

    private static final StarterWords VOCABULARY = new StarterWords(vocabulary());

    private static List<String> vocabulary() {
        List<String> all = starters();
        all.addAll(List.of("and", "of", "point", "dozen", "dozs", "dzs", "quarter", "quarters", "halves",
                "or", "few", "couple"));
        for (String ordinal : ORDINALS.keySet()) {
            all.add(ordinal + "s");
        }
        return all;
    }

    /** True for any word that can continue a spelled-out number ("and", "of", "point", "fifths"...). */
    static boolean inVocabulary(String s, int start, int end) {
        return VOCABULARY.contains(s, start, end);
    }

    /** Words that may begin a number; anything else is skipped by the scanner without further work. */
    static boolean canStart(String w) {
        return STARTERS.contains(w, 0, w.length());
    }

    /** {@link #canStart(String)} for text[start, end), without allocating. */
    static boolean canStart(String s, int start, int end) {
        return STARTERS.contains(s, start, end);
    }

    /** An ordinal usable as a fraction denominator ("fifths", "quarter", "hundredth"), or 0. */
    static long denominator(String w) {
        if (w.equals("quarter") || w.equals("quarters")) {
            return 4;
        }
        if (w.equals("half") || w.equals("halves")) {
            return 2;
        }
        Long d = ORDINALS.get(w);
        if (d == null && w.endsWith("s")) {
            d = ORDINALS.get(w.substring(0, w.length() - 1));
        }
        return d == null ? 0 : d;
    }

    static boolean isPlural(String w) {
        return w.endsWith("s");
    }
}
