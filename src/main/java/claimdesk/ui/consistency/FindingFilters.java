package claimdesk.ui.consistency;

import claimdesk.model.FindingRef;
import claimdesk.model.LedgerFinding;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Consistency tab's filters: by kind (every kind the checker reports, the new ones included, whether or not
 * a finding of it exists yet) and by article, which is offered by headline among the articles with findings.
 */
public final class FindingFilters {

    private final ObservableList<FindingChoices.Kind> kinds = FXCollections.observableArrayList();
    private final ObservableList<FindingChoices.Article> articles =
            FXCollections.observableArrayList(List.of(FindingChoices.Article.ALL));
    private final ObjectProperty<FindingChoices.Kind> kind = new SimpleObjectProperty<>(this, "kind",
            FindingChoices.Kind.ALL);
    private final ObjectProperty<FindingChoices.Article> article = new SimpleObjectProperty<>(this, "article",
            FindingChoices.Article.ALL);

    FindingFilters() {
        kinds.add(FindingChoices.Kind.ALL);
        FindingLabels.kindCodes().forEach(code -> kinds.add(new FindingChoices.Kind(code, FindingLabels.kind(code))));
    }

    public ObservableList<FindingChoices.Kind> kinds() {
        return kinds;
    }

    public ObservableList<FindingChoices.Article> articles() {
        return articles;
    }

    public ObjectProperty<FindingChoices.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<FindingChoices.Article> articleProperty() {
        return article;
    }

    void onChange(Runnable change) {
        kind.addListener((obs, old, now) -> change.run());
        article.addListener((obs, old, now) -> change.run());
    }

    /** Whether a filter other than "all" is chosen. */
    boolean active() {
        return !FindingChoices.Kind.ALL.equals(kindOrAll()) || !FindingChoices.Article.ALL.equals(articleOrAll());
    }

    boolean passes(LedgerFinding finding) {
        FindingChoices.Kind byKind = kindOrAll();
        FindingChoices.Article byArticle = articleOrAll();
        return (byKind.code().isEmpty() || byKind.code().equals(finding.kind()))
                && (byArticle.id() < 0 || finding.refs().stream().anyMatch(ref -> ref.articleId() == byArticle.id()));
    }

    /**
     * Offers the articles the findings point at, by headline; the chosen article stays chosen while it has
     * findings, and the filter falls back to all articles once it has none.
     */
    void offerArticles(Collection<LedgerFinding> findings, LongFunction<String> headline) {
        Map<Long, FindingChoices.Article> byId = new TreeMap<>();
        for (LedgerFinding finding : findings) {
            for (FindingRef ref : finding.refs()) {
                byId.computeIfAbsent(ref.articleId(), id -> new FindingChoices.Article(id, headline.apply(id)));
            }
        }
        List<FindingChoices.Article> offered = byId.values().stream()
                .sorted(Comparator.comparing(FindingChoices.Article::headline, String.CASE_INSENSITIVE_ORDER))
                .toList();
        FindingChoices.Article chosen = articleOrAll();
        articles.setAll(FindingChoices.Article.ALL);
        articles.addAll(offered);
        FindingChoices.Article still = offered.stream().filter(a -> a.id() == chosen.id()).findFirst()
                .orElse(FindingChoices.Article.ALL);
        if (!still.equals(chosen)) {
            article.set(still);
        }
    }

    private FindingChoices.Kind kindOrAll() {
        return kind.get() == null ? FindingChoices.Kind.ALL : kind.get();
    }

    private FindingChoices.Article articleOrAll() {
        return article.get() == null ? FindingChoices.Article.ALL : article.get();
    }
}
