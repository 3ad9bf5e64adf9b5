package claimdesk.ui.consistency;

import claimdesk.model.LedgerFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings about one measure, under a title for people ("person · deport · iran · count", "Repeated passages").
 * Within a group the surest findings come first, then open before ruled or resolved, then by first sighting;
 * groups with open findings come before settled ones, then the group with the surest finding first.
 */
public record FindingGroup(String title, List<LedgerFinding> findings) {

    static final Comparator<LedgerFinding> ORDER = Comparator
            .comparingInt((LedgerFinding f) -> f.explanation().confidenceRank())
            .thenComparing(f -> !f.isOpen())
            .thenComparing(LedgerFinding::firstSeen)
            .thenComparingLong(LedgerFinding::id);

    public FindingGroup {
        findings = List.copyOf(findings);
    }

    /** The findings grouped by title, groups and members in reading order. */
    static List<FindingGroup> of(List<LedgerFinding> findings) {
        Map<String, List<LedgerFinding>> byTitle = new LinkedHashMap<>();
        for (LedgerFinding finding : findings) {
            byTitle.computeIfAbsent(title(finding), t -> new ArrayList<>()).add(finding);
        }
        List<FindingGroup> groups = new ArrayList<>();
        byTitle.forEach((title, members) -> groups.add(new FindingGroup(title,
                members.stream().sorted(ORDER).toList())));
        groups.sort(Comparator.comparing((FindingGroup g) -> !g.hasOpen())
                .thenComparing(g -> g.findings().get(0), ORDER)
                .thenComparing(FindingGroup::title));
        return groups;
    }

    boolean hasOpen() {
        return findings.stream().anyMatch(LedgerFinding::isOpen);
    }

    /** The group a finding is listed under: its measure, or what it is about when it has no measure. */
    static String title(LedgerFinding finding) {
        String measure = MeasureChoices.label(finding);
        if (!measure.isEmpty()) {
            return measure;
        }
        String key = finding.measureKey();
        if (key.startsWith("passage:")) {
            return "Repeated passages";
        }
        if (key.startsWith("list|")) {
            return "Lists of " + key.substring("list|".length());
        }
        return FindingLabels.kind(finding.kind()) + " findings without a measure";
    }
}
