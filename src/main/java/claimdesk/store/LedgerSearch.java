package claimdesk.store;

import claimdesk.model.SearchHit;
import claimdesk.model.SearchHit.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * Plain {@code LOWER(x) LIKE '%q%'} search over the ledger's texts. We chose this over H2's FullText because it runs
 * unchanged on PostgreSQL, needs no triggers or index tables in the ledger file, and finds substrings (a figure like
 * "75,000", part of a name) that a word index misses; a desk ledger of a few thousand articles scans in milliseconds.
 * The database narrows the rows ('!' escapes LIKE wildcards; a backslash trips Jdbi's SQL parser); the match
 * offsets are then found in Java, ignoring case char by char, so they index the stored text exactly. Every match is
 * a hit of its own (an article that names "Torkham" six times gives six), up to {@value #PER_TEXT} per text, so a
 * reviewer can step through them.
 */
final class LedgerSearch {

    private static final int CONTEXT = 40;
    static final int PER_TEXT = 500;

    private final Handle handle;

    LedgerSearch(Handle handle) {
        this.handle = handle;
    }

    List<SearchHit> find(String query, int limit) {
        String needle = query.strip();
        List<SearchHit> hits = new ArrayList<>();
        if (needle.isEmpty()) {
            return hits;
        }
        String pattern = "%" + needle.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        query("""
                SELECT id, headline, body FROM article
                WHERE LOWER(body) LIKE :p ESCAPE '!' OR LOWER(headline) LIKE :p ESCAPE '!' ORDER BY headline""",
                pattern, row -> hit(Kind.ARTICLE, row.id(1), 0, 0, 0, row.text(2), needle, row.text(3)), hits);
        query("""
                SELECT c.id, c.article_id, a.headline, c.quote FROM claim c JOIN article a ON a.id = c.article_id
                WHERE LOWER(c.quote) LIKE :p ESCAPE '!' ORDER BY a.headline, c.span_start""",
                pattern, row -> hit(Kind.CLAIM, row.id(2), row.id(1), 0, 0, row.text(3), needle, row.text(4)), hits);
        query("""
                SELECT c.id, c.article_id, a.headline, c.note FROM claim c JOIN article a ON a.id = c.article_id
                WHERE LOWER(c.note) LIKE :p ESCAPE '!' ORDER BY a.headline, c.span_start""",
                pattern, row -> hit(Kind.NOTE, row.id(2), row.id(1), 0, 0, row.text(3), needle, row.text(4)), hits);
        query("""
                SELECT id, title, COALESCE(publisher, '') || ' ' || COALESCE(author, '') || ' ' || COALESCE(url, '')
                FROM source WHERE LOWER(title) LIKE :p ESCAPE '!' OR LOWER(publisher) LIKE :p ESCAPE '!'
                   OR LOWER(author) LIKE :p ESCAPE '!' OR LOWER(url) LIKE :p ESCAPE '!' ORDER BY title""",
                pattern, row -> hit(Kind.SOURCE, 0, 0, row.id(1), 0, row.text(2), needle,
                        row.text(2) + " " + row.text(3)), hits);
        query("""
                SELECT cs.claim_id, c.article_id, cs.source_id, s.title, cs.quote
                FROM claim_source cs JOIN claim c ON c.id = cs.claim_id JOIN source s ON s.id = cs.source_id
                WHERE LOWER(cs.quote) LIKE :p ESCAPE '!' ORDER BY s.title""",
                pattern, row -> hit(Kind.QUOTE, row.id(2), row.id(1), row.id(3), 0, row.text(4), needle,
                        row.text(5)), hits);
        query("""
                SELECT a.id, MIN(sa.source_id), a.original_name, a.extracted_text
                FROM attachment a JOIN source_attachment sa ON sa.attachment_id = a.id
                WHERE LOWER(a.extracted_text) LIKE :p ESCAPE '!'
                GROUP BY a.id, a.original_name, a.extracted_text ORDER BY a.original_name""",
                pattern, row -> hit(Kind.ATTACHMENT, 0, 0, row.id(2), row.id(1), row.text(3), needle, row.text(4)),
                hits);
        return hits.size() > limit ? new ArrayList<>(hits.subList(0, limit)) : hits;
    }

    private interface Row {
        long id(int column) throws java.sql.SQLException;

        String text(int column) throws java.sql.SQLException;
    }

    @FunctionalInterface
    private interface HitMaker {
        List<SearchHit> make(Row row) throws java.sql.SQLException;
    }

    private void query(String sql, String pattern, HitMaker maker, List<SearchHit> hits) {
        handle.createQuery(sql).bind("p", pattern).map((rs, ctx) -> maker.make(new Row() {
            @Override
            public long id(int column) throws java.sql.SQLException {
                return rs.getLong(column);
            }

            @Override
            public String text(int column) throws java.sql.SQLException {
                String value = rs.getString(column);
                return value == null ? "" : value;
            }
        })).forEach(hits::addAll);
    }

    /** A hit per match of {@code needle} in {@code text}, in order. */
    private static List<SearchHit> hit(Kind kind, long articleId, long claimId, long sourceId, long attachmentId,
                                       String title, String needle, String text) {
        List<SearchHit> found = new ArrayList<>();
        for (int at = indexOfIgnoreCase(text, needle, 0); at >= 0 && found.size() < PER_TEXT;
             at = indexOfIgnoreCase(text, needle, at + needle.length())) {
            found.add(new SearchHit(kind, articleId, claimId, sourceId, attachmentId, title,
                    snippet(text, at, at + needle.length()), at, at + needle.length()));
        }
        if (found.isEmpty()) {
            // The row matched on another column (an article's headline): point at the start of the text.
            found.add(new SearchHit(kind, articleId, claimId, sourceId, attachmentId, title, snippet(text, 0, 0), 0,
                    0));
        }
        return found;
    }

    static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), Math.max(end, start) + CONTEXT);
        String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "\u2026" : "") + cut + (to < text.length() ? "\u2026" : "");
    }
}
