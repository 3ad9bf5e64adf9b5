package claimdesk.analysis.consistency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of sentences copied into several stories (or repeated in one). Only the first copy of each is
 * compared, so a copy does not double the findings; a conflict or other pair finding about that first copy then
 * names every later copy too. Story A's "Ninety-nine people were killed" conflicts with the "more than 100 people"
 * that stories B and C both carry in one copied sentence: one finding names A, B and C, so the reviewer sees that
 * C repeats B's figure, and each story pair is covered.
 */
final class CopiedFigures {

    /** Pair findings about one figure and another; a group finding (update, duplicate) lists its own members. */
    private static final Set<FindingKind> WIDENED = EnumSet.of(FindingKind.CONFLICT, FindingKind.DIFFERS,
            FindingKind.PART_EXCEEDS_WHOLE);

    private final Map<String, String> headlines;
    private final Map<String, Measured> firsts = new HashMap<>();
    private final Map<TextRef, List<TextRef>> laterCopies = new HashMap<>();

    /** {@code headlines}: each article key's headline, since a finding names articles as a reviewer knows them. */
    CopiedFigures(Map<String, String> headlines) {
        this.headlines = headlines;
    }

    /** Notes the figure; true when it is the first copy of its sentence and measure, the one to compare. */
    boolean first(Measured m) {
        String form = m.reading().copyForm() + "\n" + m.key().code();
        Measured first = firsts.putIfAbsent(form, m);
        if (first == null) {
            return true;
        }
        laterCopies.computeIfAbsent(first.ref(), k -> new ArrayList<>()).add(m.ref());
        return false;
    }

    /** The findings, each pair finding naming the later copies of the figures it names. */
    List<Finding> withCopies(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            out.add(WIDENED.contains(finding.kind()) ? widened(finding) : finding);
        }
        return out;
    }

    private Finding widened(Finding finding) {
        List<TextRef> refs = new ArrayList<>(finding.refs());
        List<TextRef> added = new ArrayList<>();
        for (TextRef ref : finding.refs()) {
            for (TextRef copy : laterCopies.getOrDefault(ref, List.of())) {
                if (!refs.contains(copy)) {
                    refs.add(copy);
                    added.add(copy);
                }
            }
        }
        if (added.isEmpty()) {
            return finding;
        }
        refs.sort(null);
        String why = finding.why() + (finding.why().isEmpty() ? "" : " ") + "The same sentence, with the same figure,"
                + " is also in " + String.join(", ", added.stream().map(this::named).distinct().toList())
                + "; the finding holds there too.";
        return new Finding(finding.kind(), finding.message(), refs, finding.measureKey(), finding.fingerprint(),
                finding.relation(), finding.confidence(), why, finding.measureParts());
    }

    private String named(TextRef ref) {
        return "\u201c" + headlines.getOrDefault(ref.articleKey(), ref.articleKey()) + "\u201d";
    }
}
