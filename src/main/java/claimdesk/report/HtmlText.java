package claimdesk.report;

/**
 * Escapes user text for HTML and XHTML. The report's HTML is also parsed as XML on its way to PDF, so the escaper
 * uses only the five XML entities and drops the control characters XML 1.0 forbids (a stray form feed in an imported
 * article would otherwise make the PDF fail).
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Text safe both between tags and inside a double- or single-quoted attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        text = text.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
                        out.append(c);
                    } else if (c == '\r') {
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** True for the only links a report makes clickable: plain http(s) addresses, never {@code javascript:}. */
    static boolean isWebAddress(String url) {
        return url != null && url.matches("(?i)https?://[^\\s<>\"'`]+");
    }
}
