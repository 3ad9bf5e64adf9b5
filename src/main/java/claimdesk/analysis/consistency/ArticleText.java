package claimdesk.analysis.consistency;

import claimdesk.analysis.consistency.SentenceSplitter.Sentence;
import claimdesk.model.Figure;
import java.time.LocalDate;
import java.util.List;

/** An article split into sentences once, shared by all checks of one run. */
final class ArticleText {

    final ArticleFigures article;
    final List<Sentence> sentences;

    ArticleText(ArticleFigures article) {
        this.article = article;
        this.sentences = SentenceSplitter.split(article.text());
    }

    String key() {
        return article.articleKey();
    }

    /** The headline, as messages name the article. */
    String title() {
        return article.title();
    }

    /** The article as messages name it: its headline in quotes. */
    String name() {
        return "\u201c" + article.title() + "\u201d";
    }

    String text() {
        return article.text();
    }

    List<Figure> figures() {
        return article.figures();
    }

    LocalDate publishedOn() {
        return article.publishedOn();
    }

    String textOf(Sentence sentence) {
        return article.text().substring(sentence.start(), sentence.end());
    }

    /** Index of the sentence containing {@code offset}, or -1 when it falls between sentences. */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    TextRef ref(Figure figure) {
        return new TextRef(key(), figure.start(), figure.end(), figure.text());
    }

    TextRef ref(int start, int end) {
        return TextRef.of(key(), article.text(), start, end);
    }
}
