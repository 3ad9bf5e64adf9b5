package claimdesk.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The readable text of a saved web page: scripts and styles dropped, one blank line between blocks. */
final class HtmlEvidenceText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "blockquote", "article", "section", "header", "footer", "figcaption", "pre", "table", "ul", "ol", "br");

    private HtmlEvidenceText() {
    }

    static String extract(Path file) throws IOException {
        // null charset: jsoup reads the page's own meta charset, falling back to UTF-8.
        Document page = Jsoup.parse(file.toFile(), null);
        page.select("script, style, noscript, template").remove();
        StringBuilder text = new StringBuilder();
        String title = page.title().strip();
        if (!title.isEmpty()) {
            text.append(title).append("\n\n");
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    String words = ((TextNode) node).text().replaceAll("\\s+", " ");
                    // Inline runs join as written ("<b>75</b>,000"); a new block starts without a space.
                    if (!words.isBlank()) {
                        boolean lineStart = text.length() == 0 || text.charAt(text.length() - 1) == '\n';
                        text.append(lineStart ? words.stripLeading() : words);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
                    endBlock(text);
                }
            }
        }, page.body());
        return text.toString().strip();
    }

    private static void endBlock(StringBuilder text) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        if (text.length() > 0 && !text.toString().endsWith("\n\n")) {
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
        }
    }
}
