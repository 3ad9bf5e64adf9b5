package claimdesk.ui.consistency;

import claimdesk.model.LedgerFinding;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

/**
 * The findings as a tree table: one expanded branch per measure, its findings below, surest first, with their
 * kind and message, confidence, and the relation the checker assumed in columns. Selecting a finding row selects the
 * finding in the view model; a settled finding is greyed.
 */
final class FindingTable extends TreeTableView<FindingRow> {

    FindingTable(ConsistencyViewModel viewModel) {
        setId("findingsTable");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setPlaceholder(new Label("No findings. Press Check now after importing articles."));
        // The kind leads the finding's text: a column of its own would leave the message too little room.
        TreeTableColumn<FindingRow, String> finding = column("Finding", "findingColumn", row -> row.isGroup()
                ? row.group() + " (" + row.count() + ")"
                : FindingLabels.kind(row.finding().kind()) + ": " + row.finding().message());
        finding.setPrefWidth(330);
        // The short columns keep their width (the headers and labels fit); the finding's text takes the rest.
        TreeTableColumn<FindingRow, String> confidence = fixed(column("Confidence", "confidenceColumn",
                row -> row.isGroup() ? "" : FindingLabels.confidence(row.finding())), 106);
        TreeTableColumn<FindingRow, String> relation = fixed(column("Relation", "relationColumn",
                row -> row.isGroup() ? "" : relation(row.finding())), 116);
        getColumns().setAll(java.util.List.of(finding, confidence, relation));
        // Sorting is the view model's (surest first within a measure); header clicks would hide that order.
        getColumns().forEach(column -> column.setSortable(false));
        setRowFactory(table -> new Row());

        viewModel.groups().addListener((ListChangeListener<FindingGroup>) change -> fill(viewModel.groups(),
                viewModel.selectedProperty().get()));
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !item.getValue().isGroup()) {
                viewModel.selectedProperty().set(item.getValue().finding());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> selectRowOf(now));
        fill(viewModel.groups(), viewModel.selectedProperty().get());
    }

    private static TreeTableColumn<FindingRow, String> column(String title, String id,
                                                             Function<FindingRow, String> text) {
        TreeTableColumn<FindingRow, String> column = new TreeTableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue().getValue())));
        return column;
    }

    /** The relation in words; a dash where the checker did not say, so an empty cell never looks like a fault. */
    private static String relation(LedgerFinding finding) {
        String relation = FindingLabels.relation(finding);
        return relation.isEmpty() ? "\u2014" : relation;
    }

    private static TreeTableColumn<FindingRow, String> fixed(TreeTableColumn<FindingRow, String> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    private void fill(ObservableList<FindingGroup> groups, LedgerFinding keep) {
        TreeItem<FindingRow> root = getRoot();
        root.getChildren().clear();
        for (FindingGroup group : groups) {
            TreeItem<FindingRow> branch = new TreeItem<>(FindingRow.of(group));
            branch.setExpanded(true);
            group.findings().forEach(f -> branch.getChildren().add(new TreeItem<>(FindingRow.of(f))));
            root.getChildren().add(branch);
        }
        selectRowOf(keep);
    }

    /** Selects the finding's row (by id: a reload brings new records), so the keyboard goes on from there. */
    private void selectRowOf(LedgerFinding finding) {
        if (finding == null) {
            return;
        }
        TreeItem<FindingRow> selected = getSelectionModel().getSelectedItem();
        if (selected != null && !selected.getValue().isGroup() && selected.getValue().finding().equals(finding)) {
            return;
        }
        for (TreeItem<FindingRow> branch : getRoot().getChildren()) {
            for (TreeItem<FindingRow> leaf : branch.getChildren()) {
                if (leaf.getValue().finding().id() == finding.id()) {
                    getSelectionModel().select(leaf);
                    return;
                }
            }
        }
    }

    private static final class Row extends TreeTableRow<FindingRow> {
        @Override
        protected void updateItem(FindingRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("finding-settled", "finding-group");
            if (empty || row == null) {
                setTooltip(null);
                return;
            }
            // The finding column cuts long messages and titles; the tooltip has them whole.
            setTooltip(new Tooltip(row.isGroup() ? row.group() : row.finding().message()));
            if (row.isGroup()) {
                getStyleClass().add("finding-group");
            } else if (!row.finding().isOpen()) {
                getStyleClass().add("finding-settled");
            }
        }
    }
}
