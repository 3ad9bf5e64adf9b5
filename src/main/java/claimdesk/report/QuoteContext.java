package claimdesk.report;

import claimdesk.model.TextQuote;

/**
 * The few words before and after a quote, cut from the claim's stored prefix and suffix. The prefix and suffix are
 * cut at a fixed number of characters, so a word split at the outer edge is dropped, and line breaks become spaces:
 * the context is shown inline, on one line with the quote.
 */
final class QuoteContext {

    private QuoteContext() {
    }

    static String before(TextQuote quote) {
        String prefix = oneLine(quote.prefix());
        if (quote.start() > quote.prefix().length()) {
            int space = prefix.indexOf(' ');
            prefix = space < 0 ? "" : prefix.substring(space + 1);
        }
        return prefix.isBlank() ? "" : prefix.stripLeading();
    }

    static String after(TextQuote quote) {
        String suffix = oneLine(quote.suffix());
        if (quote.suffix().length() >= TextQuote.CONTEXT) {
            int space = suffix.lastIndexOf(' ');
            suffix = space < 0 ? "" : suffix.substring(0, space);
        }
        return suffix.isBlank() ? "" : suffix.stripTrailing();
    }

    /** The quote itself on one line. */
    static String quote(TextQuote quote) {
        return oneLine(quote.exact()).strip();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
