package claimdesk.service;

import claimdesk.model.Article;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts headlines where the checker's sentences name articles by their check key ({@code file.txt#12}), so that
 * what the ledger keeps, the Consistency tab shows and a report publishes never shows an internal id. A key is
 * replaced only where no digit follows it, so {@code a.txt#1} leaves {@code a.txt#12} alone.
 */
final class ArticleNames {

    /** Long headlines are cut at a word in running text; the full headline still names the article elsewhere. */
    static final int SHORT_HEADLINE = 80;

    private final Map<String, String> headlineByKey = new LinkedHashMap<>();
    private final Pattern keys;

    ArticleNames(Collection<Article> articles) {
        for (Article article : articles) {
            headlineByKey.put(ConsistencyService.key(article), article.headline());
        }
        // Longest first, so that no key is matched by a shorter key it starts with.
        String alternatives = headlineByKey.keySet().stream().sorted(Comparator.comparingInt(String::length)
                .reversed()).map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse(null);
        keys = alternatives == null ? null : Pattern.compile("(?:" + alternatives + ")(?![0-9])");
    }

    /** {@code text} with every article key replaced by the article's headline in quotation marks. */
    String named(String text) {
        if (keys == null || text == null || text.indexOf('#') < 0) {
            return text;
        }
        Matcher matcher = keys.matcher(text);
        StringBuilder named = new StringBuilder();
        while (matcher.find()) {
            String headline = shortened(headlineByKey.get(matcher.group()));
            matcher.appendReplacement(named, Matcher.quoteReplacement("\u201c" + headline + "\u201d"));
        }
        matcher.appendTail(named);
        return named.toString();
    }

    /** The headline, cut after a word before {@link #SHORT_HEADLINE} characters with an ellipsis when longer. */
    static String shortened(String headline) {
        if (headline.length() <= SHORT_HEADLINE) {
            return headline;
        }
        int cut = headline.lastIndexOf(' ', SHORT_HEADLINE - 1);
        String head = headline.substring(0, cut > SHORT_HEADLINE / 2 ? cut : SHORT_HEADLINE - 1).strip();
        return head.endsWith("\u2026") ? head : head + "\u2026";
    }
}
