package claimdesk.analysis;

import claimdesk.model.TextQuote;
import java.util.Optional;

/**
 * Finds a claim's quote again in a changed text, the way a W3C TextQuoteSelector is resolved: first at its old
 * offsets, then wherever the exact quote occurs, preferring the occurrence whose surrounding text best matches the
 * stored prefix and suffix, and among equals the one nearest the old position. Pure and thread-safe.
 */
public final class QuoteAnchor {

    private QuoteAnchor() {
    }

    /** The quote's place in {@code text}, or empty when the quoted words are no longer there. */
    public static Optional<TextQuote> locate(TextQuote quote, String text) {
        if (quote.end() <= text.length() && text.startsWith(quote.exact(), quote.start())) {
            return Optional.of(TextQuote.of(text, quote.start(), quote.end()));
        }
        int best = -1;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(quote.exact()); at >= 0; at = text.indexOf(quote.exact(), at + 1)) {
            int score = commonSuffix(quote.prefix(), text.substring(Math.max(0, at - quote.prefix().length()), at))
                    + commonPrefix(quote.suffix(), text.substring(at + quote.exact().length(),
                    Math.min(text.length(), at + quote.exact().length() + quote.suffix().length())));
            int distance = Math.abs(at - quote.start());
            if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                best = at;
                bestScore = score;
                bestDistance = distance;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(TextQuote.of(text, best, best + quote.exact().length()));
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
