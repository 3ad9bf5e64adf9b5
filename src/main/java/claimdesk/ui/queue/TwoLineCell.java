package claimdesk.ui.queue;

import claimdesk.model.QueuedClaim;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/** A queue cell of two lines: what matters on top, its context below in smaller grey type. */
final class TwoLineCell extends TableCell<QueuedClaim, QueuedClaim> {

    private final Function<QueuedClaim, String> top;
    private final Function<QueuedClaim, String> bottom;
    private final Label upper = new Label();
    private final Label lower = new Label();
    private final VBox lines = new VBox(1, upper, lower);

    TwoLineCell(Function<QueuedClaim, String> top, Function<QueuedClaim, String> bottom) {
        this.top = top;
        this.bottom = bottom;
        lower.getStyleClass().add("queue-secondary");
        lower.setStyle("-fx-text-fill: -color-fg-muted; -fx-font-size: 0.88em;");
        upper.setMinWidth(0);
        lower.setMinWidth(0);
    }

    @Override
    protected void updateItem(QueuedClaim row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        upper.setText(top.apply(row));
        lower.setText(bottom.apply(row));
        setGraphic(lines);
    }
}
