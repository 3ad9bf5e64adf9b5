package claimdesk.service;

import claimdesk.analysis.QuoteAnchor;
import claimdesk.model.Article;
import claimdesk.model.Claim;
import claimdesk.model.NewArticle;
import claimdesk.model.TextQuote;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replaces an article's text with a new version of it (a corrected re-import) and keeps its claims: each claim is
 * found again by its quote and context. A claim whose quote is gone keeps its place (cut to the new text) and gets
 * the tag {@value #LOST_TAG}, so the reviewer can find it and re-tag it; nothing is deleted.
 */
public final class TextReplacer {

    public static final String LOST_TAG = "quote-not-found";

    private final LedgerStore store;
    private final ArticleReader reader = new ArticleReader();

    public TextReplacer(LedgerStore store) {
        this.store = store;
    }

    /** What happened: the article as stored now, how many claims moved or stayed, and which lost their quote. */
    public record Replaced(Article article, int anchored, List<Claim> lost) {
    }

    public Replaced replaceFromFile(long articleId, Path file) throws ImportRefusedException {
        String name = String.valueOf(file.getFileName());
        try {
            return replace(articleId, reader.read(name, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ImportRefusedException(name, "the file cannot be read (" + e.getMessage() + ")");
        }
    }

    public Replaced replace(long articleId, NewArticle newVersion) throws ImportRefusedException {
        String text = newVersion.text();
        List<Claim> moved = new ArrayList<>();
        List<Claim> lost = new ArrayList<>();
        for (Claim claim : store.claimsOf(articleId)) {
            Optional<TextQuote> found = QuoteAnchor.locate(claim.quote(), text);
            if (found.isPresent()) {
                moved.add(claim.withQuote(found.get()));
            } else {
                int end = Math.max(1, Math.min(claim.quote().end(), text.length()));
                int start = Math.min(claim.quote().start(), end - 1);
                List<String> tags = new ArrayList<>(claim.tags());
                tags.add(LOST_TAG);
                Claim kept = claim.withQuote(new TextQuote(start, end, claim.quote().exact(), claim.quote().prefix(),
                        claim.quote().suffix()));
                lost.add(kept.withTags(tags));
            }
        }
        List<Claim> all = new ArrayList<>(moved);
        all.addAll(lost);
        try {
            Article article = store.replaceText(articleId, text, newVersion.textHash(), all);
            new FigureIndexer(store).index(article);
            return new Replaced(article, moved.size(), lost);
        } catch (LedgerException e) {
            throw new ImportRefusedException(newVersion.sourceName(), e.getMessage());
        }
    }
}
