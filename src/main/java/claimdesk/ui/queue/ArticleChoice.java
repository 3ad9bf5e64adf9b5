package claimdesk.ui.queue;

import claimdesk.model.ArticleSummary;

/** An article as the queue's article filter offers it; equal when id and headline are, whatever its claim count. */
public record ArticleChoice(long id, String headline) {

    static ArticleChoice of(ArticleSummary summary) {
        return new ArticleChoice(summary.id(), summary.headline());
    }

    @Override
    public String toString() {
        return headline;
    }
}
