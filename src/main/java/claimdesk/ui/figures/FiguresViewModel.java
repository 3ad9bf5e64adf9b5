package claimdesk.ui.figures;

import claimdesk.analysis.figures.SentenceSpan;
import claimdesk.model.Article;
import claimdesk.model.Figure;
import claimdesk.store.LedgerStore;
import claimdesk.ui.Dialogs;
import claimdesk.ui.Session;
import claimdesk.ui.UiExecutor;
import claimdesk.ui.ledger.LedgerViewModel;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The figures of the open article, as stored at import (opening an article never waits for extraction), and
 * turning one into a claim tagged {@code figure}.
 */
public final class FiguresViewModel {

    public static final String FIGURE_TAG = "figure";

    private final LedgerStore store;
    private final UiExecutor executor;
    private final Dialogs dialogs;
    private final Session session;
    private final LedgerViewModel ledger;
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObjectProperty<Figure> selectedFigure = new SimpleObjectProperty<>(this, "selectedFigure");

    public FiguresViewModel(LedgerStore store, UiExecutor executor, Dialogs dialogs, Session session,
                            LedgerViewModel ledger, ObservableValue<?> ledgerVersion) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        this.session = session;
        this.ledger = ledger;
        session.openArticleProperty().addListener((obs, old, article) -> reload());
        ledgerVersion.addListener((obs, old, now) -> reload());
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    public ObjectProperty<Figure> selectedFigureProperty() {
        return selectedFigure;
    }

    public void reload() {
        Article article = session.openArticleProperty().get();
        if (article == null) {
            figures.clear();
            return;
        }
        executor.submit(UiExecutor.Lane.READ, "Loading figures", progress -> store.figuresOf(article.id()),
                (List<Figure> loaded) -> {
                    Article open = session.openArticleProperty().get();
                    if (open != null && open.id() == article.id()) {
                        figures.setAll(loaded);
                    }
                }, error -> dialogs.showError("Cannot load figures", error.getMessage()));
    }

    /** The figure whose span covers {@code offset}, if any. */
    public Figure figureAt(int offset) {
        return figures.stream().filter(f -> f.start() <= offset && offset < f.end()).findFirst().orElse(null);
    }

    /**
     * Turns the selected figure into a claim tagged "figure" over the whole sentence that states it: a reviewer
     * rates the statement ("more than 75,000 Afghans were deported in June"), not the number alone.
     */
    public void tagSelectedAsClaim() {
        Figure figure = selectedFigure.get();
        Article article = session.openArticleProperty().get();
        if (figure == null || article == null) {
            session.statusMessageProperty().set("Select a figure first.");
            return;
        }
        SentenceSpan sentence = SentenceSpan.around(article.text(), figure.start(), figure.end());
        ledger.tagClaim(sentence.start(), sentence.end(), List.of(FIGURE_TAG));
    }
}
