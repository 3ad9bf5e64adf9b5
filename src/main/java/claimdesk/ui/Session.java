package claimdesk.ui;

import claimdesk.model.Article;
import claimdesk.model.Claim;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State that several screens share: the open article and the selected claim. Lives on the FX thread. */
public final class Session {

    private final ObjectProperty<Article> openArticle = new SimpleObjectProperty<>(this, "openArticle");
    private final ObjectProperty<Claim> selectedClaim = new SimpleObjectProperty<>(this, "selectedClaim");
    private final javafx.beans.property.StringProperty statusMessage =
            new javafx.beans.property.SimpleStringProperty(this, "statusMessage", "");

    public ObjectProperty<Article> openArticleProperty() {
        return openArticle;
    }

    public ObjectProperty<Claim> selectedClaimProperty() {
        return selectedClaim;
    }

    /** The last thing worth telling the reviewer, shown in the status bar. */
    public javafx.beans.property.StringProperty statusMessageProperty() {
        return statusMessage;
    }
}
