package claimdesk.ui.history;

import claimdesk.model.Claim;
import claimdesk.ui.EscapeCloses;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A claim's history (Edit › Claim history…, Ctrl+Shift+H, or History… beside the claim): every audited change, newest
 * first, in a table; a value too long for its cell shows whole in a tooltip and, for the chosen row, in the area
 * below. One window, reused for whichever claim is asked for; Escape closes it.
 */
public final class ClaimHistoryWindow {

    private final ClaimHistoryViewModel viewModel;
    private final Window owner;
    private Stage stage;

    public ClaimHistoryWindow(ClaimHistoryViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    /** Shows {@code claim}'s history, bringing the window up if it is closed or behind. */
    public void show(Claim claim) {
        if (stage == null) {
            stage = build();
        }
        viewModel.show(claim);
        stage.show();
        stage.toFront();
    }

    private Stage build() {
        Label title = new Label();
        title.setId("historyTitle");
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        title.textProperty().bind(viewModel.titleProperty());
        Label message = new Label();
        message.setId("historyMessage");
        message.textProperty().bind(viewModel.messageProperty());

        TableView<HistoryRow> table = new TableView<>(viewModel.rows());
        table.setId("historyTable");
        table.setPlaceholder(new Label(ClaimHistoryViewModel.NO_CHANGES));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("When", 150, HistoryRow::when, row -> false));
        table.getColumns().add(column("Who", 110, HistoryRow::who, row -> false));
        table.getColumns().add(column("What", 250, HistoryRow::what, HistoryRow::whatCut));
        table.getColumns().add(column("Before", 150, HistoryRow::before, HistoryRow::beforeCut));
        table.getColumns().add(column("After", 170, HistoryRow::after, HistoryRow::afterCut));
        // The time must not be cut: two changes in the same minute differ only in their seconds.
        table.getColumns().get(0).setMinWidth(150);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });

        TextArea detail = new TextArea();
        detail.setId("historyDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPromptText("Choose a change to read it in full.");
        detail.textProperty().bind(viewModel.detailProperty());

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        VBox root = new VBox(6, title, split, message);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        Stage window = new Stage();
        window.initOwner(owner);
        window.titleProperty().bind(viewModel.titleProperty());
        window.setScene(new Scene(root, 880, 600));
        if (owner != null && owner.getScene() != null) {
            window.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // A closed window stops following the ledger's changes until it is opened again.
        window.setOnHidden(event -> viewModel.show(null));
        return EscapeCloses.install(window);
    }

    private static TableColumn<HistoryRow, HistoryRow> column(String name, double width,
                                                              Function<HistoryRow, String> text,
                                                              Predicate<HistoryRow> cut) {
        TableColumn<HistoryRow, HistoryRow> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
                setTooltip(empty || row == null || !cut.test(row) ? null : wholeText(row));
            }
        });
        return column;
    }

    private static Tooltip wholeText(HistoryRow row) {
        Tooltip tip = new Tooltip(row.detail());
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        return tip;
    }
}
