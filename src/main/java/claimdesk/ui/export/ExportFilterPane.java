package claimdesk.ui.export;

import claimdesk.model.Article;
import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import claimdesk.report.ReportFilter;
import claimdesk.report.ReportFormat;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The left column of the export dialog: heading, filter and format, each control bound to the view model. */
final class ExportFilterPane extends VBox {

    ExportFilterPane(ExportViewModel model, ObjectProperty<Article> openArticle) {
        TextField title = new TextField();
        title.setId("exportTitle");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField organisation = new TextField();
        organisation.setId("exportOrganisation");
        organisation.textProperty().bindBidirectional(model.organisationProperty());

        FlowPane statuses = new FlowPane(12, 6);
        for (ClaimStatus status : ClaimStatus.values()) {
            statuses.getChildren().add(toggle(model.statuses(), status, "status-" + code(status)));
        }
        Label warning = new Label();
        warning.setId("exportWarning");
        warning.getStyleClass().add("export-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        FlowPane verdicts = new FlowPane(12, 6);
        for (Verdict verdict : Verdict.values()) {
            verdicts.getChildren().add(toggle(model.verdicts(), verdict, "verdict-" + code(verdict)));
        }

        CheckBox onlyOpen = new CheckBox();
        onlyOpen.setId("exportOnlyOpenArticle");
        onlyOpen.setWrapText(true);
        onlyOpen.selectedProperty().bindBidirectional(model.onlyOpenArticleProperty());
        onlyOpen.textProperty().bind(Bindings.createStringBinding(() -> openArticle.get() == null
                ? "Only the open article (none is open)"
                : "Only \u201c" + openArticle.get().headline() + "\u201d", openArticle));

        TextField tags = new TextField();
        tags.setId("exportTags");
        tags.setPromptText("any tag; e.g. figure, quote");
        tags.textProperty().bindBidirectional(model.tagsProperty());
        DatePicker from = new DatePicker();
        from.setId("exportFrom");
        from.setPromptText("from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("exportTo");
        to.setPromptText("to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<ReportFilter.DateBasis> basis = new ComboBox<>();
        basis.setId("exportDateBasis");
        basis.getItems().setAll(ReportFilter.DateBasis.values());
        basis.setConverter(new Names<>(value -> value == ReportFilter.DateBasis.ARTICLE_PUBLISHED
                ? "Article published" : "Claim last changed"));
        basis.valueProperty().bindBidirectional(model.dateBasisProperty());
        TextField url = new TextField();
        url.setId("exportUrl");
        url.setPromptText("https://… (for ClaimReview)");
        url.textProperty().bindBidirectional(model.urlProperty());
        Label urlWarning = new Label();
        urlWarning.setId("exportUrlWarning");
        urlWarning.getStyleClass().add("export-warning");
        urlWarning.setWrapText(true);
        urlWarning.textProperty().bind(model.urlWarningProperty());
        urlWarning.visibleProperty().bind(model.urlWarningProperty().isNotEmpty());
        urlWarning.managedProperty().bind(urlWarning.visibleProperty());
        from.setPrefWidth(140);
        to.setPrefWidth(140);

        CheckBox history = new CheckBox();
        history.setId("exportHistory");
        history.setWrapText(true);
        history.selectedProperty().bindBidirectional(model.includeHistoryProperty());
        // ClaimReview has no place for it (see ClaimReviewWriter); say so rather than silently drop it.
        BooleanBinding claimReview = Bindings.createBooleanBinding(() -> model.formatProperty().get()
                == ReportFormat.CLAIMREVIEW, model.formatProperty());
        history.disableProperty().bind(claimReview);
        history.textProperty().bind(Bindings.when(claimReview)
                .then("Each claim's history (ClaimReview has no place for it)")
                .otherwise("Each claim's history: who changed what, when"));

        ComboBox<ReportFormat> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ReportFormat.values());
        format.setConverter(new Names<>(ExportFilterPane::formatName));
        format.valueProperty().bindBidirectional(model.formatProperty());

        setSpacing(6);
        setPrefWidth(340);
        getStyleClass().add("export-filters");
        // Format and statuses first: they decide the most, and stay visible without scrolling.
        getChildren().addAll(heading("Format"), format, heading("Status"), statuses, warning,
                heading("Title"), title, heading("Organisation"), organisation,
                heading("Published at"), url, urlWarning,
                heading("Verdict (none ticked: any)"), verdicts, heading("Articles"), onlyOpen,
                heading("Tags"), tags, heading("Date range"), basis, new FlowPane(6, 6, from, to),
                heading("Include"), history);
    }

    /** A check box that keeps {@code value}'s membership of {@code set} in step, both ways. */
    private static <T> CheckBox toggle(ObservableSet<T> set, T value, String id) {
        CheckBox box = new CheckBox(value.toString());
        box.setId(id);
        box.setSelected(set.contains(value));
        box.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                set.add(value);
            } else {
                set.remove(value);
            }
        });
        set.addListener((SetChangeListener<T>) change -> box.setSelected(set.contains(value)));
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("export-heading");
        return label;
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The names a person reads; the enum's own toString is the command-line code. */
    private static String formatName(ReportFormat format) {
        return switch (format) {
            case HTML -> "HTML page";
            case PDF -> "PDF document";
            case MD -> "Markdown";
            case CSV -> "CSV table";
            case CLAIMREVIEW -> "ClaimReview JSON-LD";
        };
    }

    /** Shows choices by name; the lists are pick-only, so nothing is ever parsed back. */
    private static final class Names<T> extends StringConverter<T> {
        private final Function<T, String> name;

        Names(Function<T, String> name) {
            this.name = name;
        }

        @Override
        public String toString(T value) {
            return value == null ? "" : name.apply(value);
        }

        @Override
        public T fromString(String text) {
            throw new UnsupportedOperationException("chosen from the list only");
        }
    }
}
