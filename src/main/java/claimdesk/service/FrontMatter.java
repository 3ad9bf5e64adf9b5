package claimdesk.service;

import claimdesk.model.SourceUrls;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A front-matter block at the start of a text or Markdown file, as static site generators write it:
 * <pre>
 * ---
 * date: 2016-02-04
 * title: Deportations rise
 * outlet: Amu TV
 * author: A. Writer
 * url: https://amu.tv/123
 * ---
 * </pre>
 * Keys are case-insensitive; {@code published} stands for {@code date}, {@code headline} for {@code title} and
 * {@code publisher} for {@code outlet}; other keys are skipped. Values may be quoted; a {@code url} must be an
 * absolute web address and a date ISO 8601 ({@link PublicationDate}), or they are left out.
 *
 * <p>A file is only taken to have front matter when its first line is {@code ---}, a closing {@code ---} follows
 * within {@link #MAX_LINES} lines, every line between is {@code key: value}, blank, a {@code #} comment or
 * indented (YAML lists and continued values), and one of the keys above is there. Anything else, such as an
 * article that opens with a horizontal rule and an "Update: ..." line, is kept as text: dropping part of an
 * article would be worse than missing its date.
 */
record FrontMatter(ArticleDetails details, String body) {

    static final int MAX_LINES = 40;

    private static final Set<String> KNOWN = Set.of("date", "published", "title", "headline", "outlet", "publisher",
            "author", "url");

    private static final Pattern FIELD = Pattern.compile("([A-Za-z][\\w.-]*)\\s*:(.*)");

    /** The block's details and the text after it, or {@link ArticleDetails#NONE} and the text unchanged. */
    static FrontMatter split(String normalisedText) {
        FrontMatter none = new FrontMatter(ArticleDetails.NONE, normalisedText);
        List<String> lines = normalisedText.lines().limit(MAX_LINES + 1L).toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return none;
        }
        Map<String, String> fields = new HashMap<>();
        int consumed = lines.get(0).length() + 1;
        for (String line : lines.subList(1, lines.size())) {
            consumed += line.length() + 1;
            if (line.strip().equals("---")) {
                String body = normalisedText.substring(Math.min(consumed, normalisedText.length())).strip();
                return Collections.disjoint(fields.keySet(), KNOWN) ? none : new FrontMatter(details(fields), body);
            }
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                fields.putIfAbsent(field.group(1).toLowerCase(Locale.ROOT), unquote(field.group(2).strip()));
            } else if (!isYamlFiller(line)) {
                return none;
            }
        }
        return none;
    }

    /** Blank lines, comments, list items and indented continuations: YAML a block may hold besides fields. */
    private static boolean isYamlFiller(String line) {
        return line.isBlank() || line.startsWith(" ") || line.startsWith("\t") || line.startsWith("#")
                || line.startsWith("- ");
    }

    private static ArticleDetails details(Map<String, String> fields) {
        LocalDate publishedOn = PublicationDate.parse(fields.get("date"));
        String url = fields.get("url");
        return new ArticleDetails(either(fields, "title", "headline"), either(fields, "outlet", "publisher"),
                fields.get("author"), url != null && SourceUrls.isWebAddress(url) ? url : null,
                publishedOn != null ? publishedOn : PublicationDate.parse(fields.get("published")));
    }

    private static String either(Map<String, String> fields, String key, String otherKey) {
        String value = fields.get(key);
        return value == null || value.isEmpty() ? fields.get(otherKey) : value;
    }

    private static String unquote(String value) {
        if (value.matches("[|>][-+]?")) {
            return ""; // a YAML block scalar: its text is on the indented lines below, which are not read
        }
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
