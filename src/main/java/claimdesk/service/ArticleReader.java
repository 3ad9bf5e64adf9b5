package claimdesk.service;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.NewArticle;
import claimdesk.model.Sha256;
import java.text.Normalizer;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the bytes of a file (plain text, Markdown or HTML; UTF-8 or UTF-16, see {@link TextDecoder}) into an
 * article ready for the ledger, or refuses it with a message that names the file and says what is wrong. The stored
 * text is NFC-normalised with {@code \n} line ends. The headline, outlet, author, address and publication date come
 * from a page's metadata ({@link HtmlMetadata}) or a text file's front matter ({@link FrontMatter}); a headline not
 * given there is the text's first non-blank line. Pure and thread-safe.
 */
public final class ArticleReader {

    /** Larger files are refused: a news article is far smaller, and the reader must stay responsive. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final int MAX_HEADLINE = 140;
    private static final String HTML_START = "<!doctype html";

    public NewArticle read(String name, byte[] bytes) throws ImportRefusedException {
        ArticleText article = readText(name, bytes);
        return new NewArticle(article.metadata(), article.text(), hash(article.text()), name);
    }

    /** An article's stored text and metadata without the duplicate hash: what {@code figures} needs. */
    public record ArticleText(ArticleMetadata metadata, String text) {
    }

    /**
     * {@link #read} without hashing the text: folding a 16 MB text's whitespace and hashing it took a quarter of a
     * {@code figures} run, which never compares articles.
     */
    public ArticleText readText(String name, byte[] bytes) throws ImportRefusedException {
        if (bytes.length == 0) {
            throw new ImportRefusedException(name, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportRefusedException(name, "the file is " + bytes.length / (1024 * 1024)
                    + " MB; articles over " + MAX_BYTES / (1024 * 1024) + " MB are not imported");
        }
        String decoded = TextDecoder.decode(name, bytes);
        if (isHtml(name, decoded)) {
            Document page = Jsoup.parse(decoded);
            ArticleDetails details = HtmlMetadata.read(page);
            return build(name, normalise(htmlToText(page)), details);
        }
        FrontMatter front = FrontMatter.split(normalise(decoded));
        return build(name, front.body(), front.details());
    }

    /**
     * Builds an article from text typed or pasted by the reviewer, or read from a text file. A front-matter block
     * at its start ({@link FrontMatter}) gives the details and is not part of the stored text.
     */
    public NewArticle fromText(String name, String rawText) throws ImportRefusedException {
        FrontMatter front = FrontMatter.split(normalise(rawText));
        ArticleText article = build(name, front.body(), front.details());
        return new NewArticle(article.metadata(), article.text(), hash(article.text()), name);
    }

    private static ArticleText build(String name, String text, ArticleDetails details) throws ImportRefusedException {
        if (text.isBlank()) {
            throw new ImportRefusedException(name, "there is no text in it");
        }
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElseThrow();
        ArticleMetadata metadata = details.toMetadata(firstLine.replaceFirst("^#+\\s*", "").strip());
        return new ArticleText(metadata, text);
    }

    /**
     * Some sources have no headline line and start with a whole paragraph; its first sentence, cut at a word
     * boundary, stands in for the headline until the reviewer edits it.
     */
    static String shorten(String line) {
        if (line.length() <= MAX_HEADLINE) {
            return line;
        }
        int sentenceEnd = line.indexOf(". ");
        if (sentenceEnd > 0 && sentenceEnd < MAX_HEADLINE) {
            return line.substring(0, sentenceEnd + 1);
        }
        int space = line.lastIndexOf(' ', MAX_HEADLINE - 1);
        return line.substring(0, space > MAX_HEADLINE / 2 ? space : MAX_HEADLINE - 1).strip() + "\u2026";
    }

    /** {@link #fromText} for text known to be non-blank (tests, seeds): no checked exception. */
    NewArticle fromTextUnchecked(String text) {
        try {
            return fromText("text", text);
        } catch (ImportRefusedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String lines = withoutBom.replace("\r\n", "\n").replace('\r', '\n');
        // The quick check spares nearly all texts, which are NFC already, a copy through the normaliser.
        String composed = Normalizer.isNormalized(lines, Normalizer.Form.NFC)
                ? lines : Normalizer.normalize(lines, Normalizer.Form.NFC);
        return composed.strip();
    }

    /**
     * SHA-256 of the text with runs of whitespace folded, so the same article saved with other line wrapping or
     * trailing spaces counts as a duplicate.
     */
    static String hash(String normalisedText) {
        return Sha256.hex(normalisedText.replaceAll("\\s+", " "));
    }

    private static boolean isHtml(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        // Only the first characters are lowered: lowering a whole 16 MB text cost as much as decoding it.
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        String start = text.substring(from, Math.min(text.length(), from + HTML_START.length()))
                .toLowerCase(Locale.ROOT);
        return start.startsWith(HTML_START) || start.startsWith("<html");
    }

    /**
     * The readable text of a page: its title (or first heading) as headline, then one paragraph per block. Cuts
     * {@code document} down as it goes.
     */
    private static String htmlToText(Document document) {
        document.select("script, style, noscript, nav, header, footer, aside, form").remove();
        Element heading = document.selectFirst("h1");
        String headline = heading != null ? heading.text() : document.title();
        StringBuilder text = new StringBuilder(headline).append("\n\n");
        for (Element block : document.body().select("h2, h3, h4, p, li, blockquote")) {
            if (!block.text().isBlank() && !block.parents().is("p, li, blockquote")) {
                text.append(block.text()).append("\n\n");
            }
        }
        return text.toString();
    }
}
