package claimdesk.ui.consistency;

import claimdesk.analysis.consistency.MeasureKey;
import claimdesk.model.FindingRef;
import claimdesk.model.LedgerFinding;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** What the merge and split dialogs offer, as labels for people mapped to what the ledger stores. */
final class MeasureChoices {

    private MeasureChoices() {
    }

    /** A finding's measure for people ("person · deport · iran · count"), or "" when it is not about a measure. */
    static String label(LedgerFinding finding) {
        return finding == null ? "" : MeasureKey.parse(finding.measureKey()).map(MeasureKey::readable).orElse("");
    }

    /** The other current measures with findings, by label, in label order. */
    static Map<String, String> otherMeasures(LedgerFinding finding, Collection<LedgerFinding> findings) {
        Map<String, String> others = new TreeMap<>();
        for (LedgerFinding other : findings) {
            // Resolved findings may carry a key already merged away; only current measures are offered.
            if (!other.resolved() && !label(other).isEmpty() && !other.measureKey().equals(finding.measureKey())) {
                others.put(label(other), other.measureKey());
            }
        }
        return others;
    }

    /** The finding's figures, by a label naming the figure and its article, in the finding's order. */
    static Map<String, FindingRef> figures(LedgerFinding finding, Function<FindingRef, String> headline) {
        Map<String, FindingRef> figures = new LinkedHashMap<>();
        for (FindingRef ref : finding.refs()) {
            String label = "\"" + ref.text() + "\" in " + headline.apply(ref);
            figures.put(figures.containsKey(label) ? label + " (at " + ref.start() + ")" : label, ref);
        }
        return figures;
    }

    /** The first {@code #split-n} of the measure that is not in {@code used}. */
    static String freeSplitKey(String measureKey, Set<String> used) {
        MeasureKey key = MeasureKey.parse(measureKey).orElseThrow();
        int n = 1;
        while (used.contains(key.splitAs("split-" + n).code())) {
            n++;
        }
        return key.splitAs("split-" + n).code();
    }

    static List<String> labels(Map<String, ?> choices) {
        return List.copyOf(choices.keySet());
    }
}
