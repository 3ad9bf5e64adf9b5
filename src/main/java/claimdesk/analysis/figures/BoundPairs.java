package claimdesk.analysis.figures;

import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a lower and an upper bound written side by side into one figure: "more than 10 and less than 20",
 * "at most 100 and at least 20". Only figures of the same kind, joined by "and", "but" or a comma.
 */
final class BoundPairs {
    private BoundPairs() {
    }

    static List<Figure> merge(String s, List<Figure> in) {
        List<Figure> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Figure a = in.get(i);
            if (i + 1 < in.size() && joinable(s, a, in.get(i + 1))) {
                Figure b = in.get(i + 1);
                Figure lower = a.high() == null ? a : b;
                Figure upper = a.high() == null ? b : a;
                // A unit written once at the end belongs to both bounds: "more than 10 and less than 20 percent".
                out.add(new Figure(Span.of(s, a.start(), b.end()), b.kind(), lower.low(), upper.high(),
                        lower.lowInclusive(), upper.highInclusive(), a.approx() || b.approx(),
                        a.qualifier() + " and " + b.qualifier(), b.unit(), b.currency(), b.per(), null));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean joinable(String s, Figure a, Figure b) {
        boolean bareFirst = a.kind() == FigureKind.COUNT && b.kind().isStatistic() && a.per() == null;
        if (a.kind() != b.kind() && !bareFirst || !a.kind().isStatistic() && a.kind() != FigureKind.OTHER
                || a.qualifier() == null || b.qualifier() == null) {
            return false;
        }
        boolean aLower = a.low() != null && a.high() == null;
        boolean aUpper = a.low() == null && a.high() != null;
        boolean bLower = b.low() != null && b.high() == null;
        boolean bUpper = b.low() == null && b.high() != null;
        if (!(aLower && bUpper || aUpper && bLower)) {
            return false;
        }
        Figure lower = aLower ? a : b;
        Figure upper = aLower ? b : a;
        if (lower.low().compareTo(upper.high()) >= 0) {
            return false;
        }
        String gap = s.substring(a.end(), b.start()).trim().toLowerCase(java.util.Locale.ROOT);
        return gap.equals("and") || gap.equals("but") || gap.equals(",") || gap.equals(", and")
                || gap.equals(", but");
    }
}
