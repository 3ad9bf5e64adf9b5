package claimdesk.ui.figures;

import claimdesk.analysis.FigureReading;
import claimdesk.model.Claim;
import claimdesk.model.Figure;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Figures tab: every figure of the open article with its normalised reading; one click makes it a claim. */
public final class FiguresView extends VBox {

    public FiguresView(FiguresViewModel viewModel) {
        TableView<Figure> table = new TableView<>(viewModel.figures());
        table.setId("figuresTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No figures in this article."));
        table.getColumns().add(column("Figure", 130, Figure::text));
        table.getColumns().add(column("Kind", 84, figure -> figure.kind().code()));
        table.getColumns().add(column("Claim", 76, figure -> claimLabel(viewModel.claimOf(figure))));
        table.getColumns().add(column("Reading", 300, FigureReading::describe));
        // The Claim column reads the ledger's claims, which change without the figures changing.
        viewModel.claims().addListener((javafx.collections.ListChangeListener<Claim>) change -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, figure) ->
                viewModel.selectedFigureProperty().set(figure));
        viewModel.selectedFigureProperty().addListener((obs, old, figure) -> {
            if (figure != null && figure != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(figure);
                table.scrollTo(figure);
            }
        });
        table.setRowFactory(view -> {
            var row = new javafx.scene.control.TableRow<Figure>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.tagSelectedAsClaim();
                }
            });
            return row;
        });

        Button tag = new Button("Make claim");
        tag.setId("tagFigureButton");
        tag.setTooltip(new javafx.scene.control.Tooltip(
                "Tag the sentence of the selected figure as a claim (or double-click it); a figure with a claim "
                        + "has its claim selected"));
        tag.disableProperty().bind(viewModel.selectedFigureProperty().isNull());
        tag.setOnAction(event -> viewModel.tagSelectedAsClaim());
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(viewModel.figures()).asString("%d figures"));
        HBox bar = new HBox(8, count, new javafx.scene.layout.Region(), tag);
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);

        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(bar, table);
    }

    /** The verdict of the figure's claim, so a reviewer sees which figures are already being checked. */
    private static String claimLabel(Claim claim) {
        return claim == null ? "" : claim.verdict().label();
    }

    private static TableColumn<Figure, String> column(String name, double width,
                                                      java.util.function.Function<Figure, String> value) {
        TableColumn<Figure, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
