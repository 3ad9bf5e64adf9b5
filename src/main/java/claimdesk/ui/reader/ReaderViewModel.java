package claimdesk.ui.reader;

import claimdesk.analysis.TextDirection;
import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import claimdesk.ui.Session;
import claimdesk.ui.undo.UndoHistory;
import claimdesk.ui.undo.UpdateMetadataCommand;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The reader: the open article's text, its headline and details line, and editing those details. */
public final class ReaderViewModel {

    private final Session session;
    private final UndoHistory history;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("No article open");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rightToLeft = new ReadOnlyBooleanWrapper(false);

    public ReaderViewModel(Session session, UndoHistory history) {
        this.session = session;
        this.history = history;
        session.openArticleProperty().addListener((obs, old, article) -> show(article));
    }

    private void show(Article article) {
        if (article == null) {
            text.set("");
            headline.set("No article open");
            details.set("");
            rightToLeft.set(false);
            return;
        }
        rightToLeft.set(TextDirection.isMostlyRightToLeft(article.text()));
        text.set(article.text());
        headline.set(article.headline());
        details.set(detailsLine(article.metadata()));
    }

    static String detailsLine(ArticleMetadata metadata) {
        List<String> parts = new ArrayList<>();
        parts.add(metadata.outlet() == null ? "Outlet unknown" : metadata.outlet());
        if (metadata.author() != null) {
            parts.add(metadata.author());
        }
        parts.add(metadata.publishedOn() == null ? "date unknown" : metadata.publishedOn().toString());
        if (metadata.url() != null) {
            parts.add(metadata.url());
        }
        return String.join(" \u00b7 ", parts);
    }

    public Article article() {
        return session.openArticleProperty().get();
    }

    /** Saves new details for the open article (undoable) and shows them at once. */
    public void updateMetadata(ArticleMetadata metadata) {
        Article article = article();
        if (article == null || article.metadata().equals(metadata)) {
            return;
        }
        session.openArticleProperty().set(article.withMetadata(metadata));
        history.push(new UpdateMetadataCommand(article.id(), article.metadata(), metadata), () -> { });
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rightToLeftProperty() {
        return rightToLeft.getReadOnlyProperty();
    }
}
