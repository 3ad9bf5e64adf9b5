package claimdesk.ui.figures;

import claimdesk.analysis.figures.SentenceSpan;
import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.ClaimFigure;
import claimdesk.model.Figure;
import claimdesk.model.Span;
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

    /** The claims of the open article, so the Figures tab can show which figures already have one. */
    public ObservableList<Claim> claims() {
        return ledger.claims();
    }

    /** The claim made from {@code figure}, or null. */
    public Claim claimOf(Figure figure) {
        for (Claim claim : ledger.claims()) {
            ClaimFigure link = claim.figure();
            if (link != null && link.startIn(claim.quote()) == figure.start() && link.text().equals(figure.text())) {
                return claim;
            }
        }
        return null;
    }

    /**
     * Turns the selected figure into a claim tagged "figure" over the whole sentence that states it: a reviewer
     * rates the statement ("more than 75,000 Afghans were deported in June"), not the number alone. The claim
     * keeps the figure as its link; a figure that already has a claim gets that claim selected, not a second one.
     */
    public void tagSelectedAsClaim() {
        Figure figure = selectedFigure.get();
        Article article = session.openArticleProperty().get();
        if (figure == null || article == null) {
            session.statusMessageProperty().set("Select a figure first.");
            return;
        }
        Claim existing = claimOf(figure);
        if (existing != null) {
            ledger.selectedClaimProperty().set(existing);
            session.statusMessageProperty().set("\u201c" + figure.text() + "\u201d already has a claim; it is selected.");
            return;
        }
        SentenceSpan sentence = SentenceSpan.around(article.text(), figure.start(), figure.end());
        ledger.tagClaim(sentence.start(), sentence.end(), List.of(FIGURE_TAG),
                new Span(figure.start(), figure.end(), figure.text()));
    }
}
