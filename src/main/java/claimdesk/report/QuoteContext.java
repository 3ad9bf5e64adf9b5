package claimdesk.report;

import claimdesk.model.TextQuote;

/**
 * The few words before and after a quote, cut from the claim's stored prefix and suffix. The prefix and suffix are
 * cut at a fixed number of characters, so a word split at the outer edge is dropped, and line breaks become spaces:
 * the context is shown inline, on one line with the quote.
 *
 * <p>The quote is shown trimmed, and whitespace the reviewer selected at its edges goes to the context instead:
 * "voluntarily. " followed by "He said" must read "voluntarily. He said", not "voluntarily.He said", and Markdown
 * emphasis must not end in a space (CommonMark does not close "**quote **").
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
        if (prefix.isBlank()) {
            return "";
        }
        prefix = prefix.stripLeading();
        return startsWithSpace(quote.exact()) && !prefix.endsWith(" ") ? prefix + " " : prefix;
    }

    static String after(TextQuote quote) {
        String suffix = oneLine(quote.suffix());
        if (quote.suffix().length() >= TextQuote.CONTEXT) {
            int space = suffix.lastIndexOf(' ');
            suffix = space < 0 ? "" : suffix.substring(0, space);
        }
        if (suffix.isBlank()) {
            return "";
        }
        suffix = suffix.stripTrailing();
        return endsWithSpace(quote.exact()) && !suffix.startsWith(" ") ? " " + suffix : suffix;
    }

    /** The quote itself on one line, without the whitespace at its edges. */
    static String quote(TextQuote quote) {
        return oneLine(quote.exact()).strip();
    }

    private static boolean startsWithSpace(String text) {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    }

    private static boolean endsWithSpace(String text) {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
