package claimdesk.ui.safety;

import claimdesk.model.CaseConflict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One conflict of an import and the reviewer's choice for it; keeping the ledger's version is the default. */
public final class CaseConflictRow {

    /** What to do with one conflicting record; {@link #toString} is the label shown. */
    public enum Choice {
        KEEP_MINE("Keep mine"), TAKE_THEIRS("Take theirs");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final CaseConflict conflict;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.KEEP_MINE);

    CaseConflictRow(CaseConflict conflict) {
        this.conflict = conflict;
    }

    public CaseConflict conflict() {
        return conflict;
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }
}
