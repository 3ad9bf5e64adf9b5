package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "twice a year", "once a week", "thrice daily": a multiplicative adverb with a rate phrase is a RATE of 2, 1
 * or 3 per period. The adverb alone ("once again", "at once", "twice as many") is no figure, and the number
 * scanner does not see these words, so they are found here.
 */
final class Frequencies {
    private Frequencies() {
    }

    private static final Map<String, Integer> ADVERBS = Map.of("once", 1, "twice", 2, "thrice", 3);

    static List<Figure> find(String s) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = (char) (s.charAt(i) | 0x20);
            if (c != 'o' && c != 't' || Text.isLetter(s, i - 1)) {
                continue;
            }
            int e = Text.wordEnd(s, i);
            // all three adverbs end in "e": a cheap test before the lower-cased lookup, on every o- and t-word
            boolean candidate = e - i >= 4 && e - i <= 6 && (s.charAt(e - 1) | 0x20) == 'e';
            Integer times = candidate ? ADVERBS.get(Text.lower(s, i, e)) : null;
            Rates.Found rate = times == null ? null : Rates.at(s, e);
            if (rate != null) {
                BigDecimal v = BigDecimal.valueOf(times);
                out.add(new Figure(Span.of(s, i, rate.end()), FigureKind.RATE, v, v, true, true, false, null,
                        null, null, rate.per(), null));
            }
            i = Math.max(i, e - 1);
        }
        return out;
    }
}
