package claimdesk.analysis.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives findings their stable fingerprints and their final order.
 *
 * <p>A fingerprint hashes the kind, the measure key and, sorted, each reference's article key and normalised text,
 * but not its offsets: a paragraph inserted earlier in an article shifts offsets without changing the finding, and
 * the reviewer's ruling should survive that. A changed figure text is a new finding and gets a new fingerprint, and
 * so does a group finding (copy-changed, duplicate) when another copy joins it: new evidence, a new ruling. In
 * the rare case that two findings of one run hash alike (the same figure text twice in one article, in two
 * findings of one measure), the later one in the final order gets "-2", "-3"...; that order depends only on the
 * findings, never on the order the articles came in.
 */
final class Fingerprints {

    static final Comparator<List<TextRef>> REFS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int cmp = a.get(i).compareTo(b.get(i));
            if (cmp != 0) {
                return cmp;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::kind)
            .thenComparing(Finding::measureKey)
            .thenComparing(Finding::refs, REFS)
            .thenComparing(Finding::message);

    private Fingerprints() {
    }

    static List<Finding> assign(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> result = new ArrayList<>(sorted.size());
        for (Finding finding : sorted) {
            String base = base(finding);
            int n = seen.merge(base, 1, Integer::sum);
            result.add(finding.withFingerprint(n == 1 ? base : base + "-" + n));
        }
        return result;
    }

    private static String base(Finding finding) {
        List<String> lines = new ArrayList<>();
        for (TextRef ref : finding.refs()) {
            lines.add(ref.articleKey() + "\t" + PassageText.normalise(ref.text()));
        }
        lines.sort(null);
        return PassageText.hash(finding.kind().code() + "\n" + finding.measureKey() + "\n" + String.join("\n", lines));
    }
}
