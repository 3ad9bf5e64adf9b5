package claimdesk.ui.sources;

import claimdesk.model.Claim;
import claimdesk.ui.ledger.LedgerView;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import org.fxmisc.richtext.StyleClassedTextArea;

/** Puts the sources feature into the existing screens: the ledger's column, filter and pane, and the reader's menu. */
public final class SourcesScreen {

    private SourcesScreen() {
    }

    /** Adds the "Sources" column ("2✓ 1✗"), the "No source yet" toggle and a Sources tab to the ledger. */
    public static void extend(LedgerView ledger, SourcesViewModel sources, AttachmentsViewModel attachments,
                              SourceTalliesViewModel tallies) {
        TableColumn<Claim, String> column = new TableColumn<>("Sources");
        column.setId("sourcesColumn");
        column.setPrefWidth(78);
        column.setMinWidth(76);
        column.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> tallies.tallyOf(cell.getValue()).summary(), tallies.tallies()));
        CheckBox unsourced = new CheckBox("No source yet");
        unsourced.setId("unsourcedFilter");
        unsourced.selectedProperty().bindBidirectional(tallies.onlyUnsourcedProperty());
        Tab tab = new Tab("Sources", new SourcesView(sources, attachments));
        tab.setId("sourcesTab");
        tab.textProperty().bind(Bindings.createStringBinding(() -> sources.evidence().isEmpty() ? "Sources"
                : "Sources (" + sources.evidence().size() + ")", sources.evidence()));
        ledger.extend(column, unsourced, tallies.filterBinding(), tab);
    }

    /** Adds "Use selection as source for claim…" to the reader's context menu. */
    public static void extendReader(StyleClassedTextArea reader, PassageSourceViewModel passages) {
        MenuItem use = new MenuItem("Use selection as source for claim\u2026");
        use.setId("useAsSourceItem");
        use.setOnAction(event -> {
            IndexRange selection = reader.getSelection();
            passages.useSelection(selection.getStart(), selection.getEnd());
        });
        reader.getContextMenu().getItems().add(use);
    }
}
