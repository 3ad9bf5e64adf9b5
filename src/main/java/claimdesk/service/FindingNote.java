package claimdesk.service;

import claimdesk.model.Article;
import claimdesk.model.FindingRef;
import claimdesk.model.LedgerFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The note of a claim that records a confirmed finding, written for a report's reader: what the checker found,
 * then for each article its headline and the sentences that hold the figures, then why the checker thinks the
 * figures belong together. Articles are named by headline only; no ledger id or measure code appears.
 */
final class FindingNote {

    /** Quotes longer than this (a repeated passage of hundreds of words) are cut after a word. */
    static final int LONGEST_QUOTE = 320;

    private FindingNote() {
    }

    /** The note for {@code finding}; {@code articles} holds at least the articles its figures are in, by id. */
    static String of(LedgerFinding finding, Map<Long, Article> articles) {
        ArticleNames names = new ArticleNames(articles.values());
        List<String> lines = new ArrayList<>();
        lines.add(sentence(names.named(finding.message())));
        Map<Long, Set<String>> quotes = new LinkedHashMap<>();
        for (FindingRef ref : finding.refs()) {
            Article article = articles.get(ref.articleId());
            if (article != null) {
                quotes.computeIfAbsent(article.id(), id -> new LinkedHashSet<>()).add(quote(article.text(), ref));
            }
        }
        quotes.forEach((id, sentences) -> lines.add("In \u201c" + articles.get(id).headline() + "\u201d: "
                + String.join(" \u2026 ", sentences)));
        if (!finding.why().isBlank()) {
            lines.add("Why: " + names.named(finding.why()));
        }
        return String.join("\n", lines);
    }

    /** The sentence (or sentences) holding the reference, in quotation marks. */
    private static String quote(String text, FindingRef ref) {
        int start = Math.min(ref.start(), text.length());
        int end = Math.min(Math.max(ref.end(), start), text.length());
        String sentence = text.substring(Sentences.start(text, start), Sentences.end(text, end)).strip()
                .replaceAll("\\s+", " ");
        return "\u201c" + cut(sentence) + "\u201d";
    }

    private static String cut(String sentence) {
        if (sentence.length() <= LONGEST_QUOTE) {
            return sentence;
        }
        int space = sentence.lastIndexOf(' ', LONGEST_QUOTE);
        return sentence.substring(0, space > LONGEST_QUOTE / 2 ? space : LONGEST_QUOTE) + " \u2026";
    }

    private static String sentence(String message) {
        String stripped = message.strip();
        return stripped.isEmpty() || ".!?".indexOf(stripped.charAt(stripped.length() - 1)) >= 0
                ? stripped : stripped + ".";
    }
}
