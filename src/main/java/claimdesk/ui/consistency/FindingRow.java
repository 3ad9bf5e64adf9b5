package claimdesk.ui.consistency;

import claimdesk.model.LedgerFinding;

/** A row of the findings table: a measure's group (finding null) or one finding in it. */
record FindingRow(String group, int count, LedgerFinding finding) {

    static FindingRow of(FindingGroup group) {
        return new FindingRow(group.title(), group.findings().size(), null);
    }

    static FindingRow of(LedgerFinding finding) {
        return new FindingRow(null, 0, finding);
    }

    boolean isGroup() {
        return finding == null;
    }
}
