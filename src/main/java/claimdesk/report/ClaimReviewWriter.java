package claimdesk.report;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Verdict;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The report as schema.org ClaimReview JSON-LD, the markup search engines read for fact checks: a JSON array with
 * one object per claim that has a verdict (Unrated claims are left out; a review without a rating is not a review).
 *
 * <p>Rating: {@link Verdict#rating()} gives 1 (False) to 5 (True) with {@code worstRating} 1 and {@code bestRating}
 * 5, and {@code alternateName} is the verdict's label, which is what readers see. Unverifiable and Inconsistent are
 * not points on that line (rating 0): they get {@code alternateName} only, without {@code ratingValue} or the scale,
 * because any number would place them between True and False, and 0 would fall outside the scale.
 *
 * <p>{@code itemReviewed} is the claim as it appeared: its {@code author} is whoever made the claim, the entry's
 * {@link ReportEntry#claimant()} (an Organization when the name looks like one, else a Person), else the outlet
 * that published it (an Organization). The article's own author is not it: a reporter relays the claim.
 * {@code datePublished} is the article's date, and {@code appearance} the article's address when it is an http(s)
 * one. {@code claimReviewed} is the quote, cut at a word to at most {@link #CLAIM_LENGTH} characters with an
 * ellipsis.
 *
 * <p>The review's {@code url} is the report's address plus {@code #claim-<uuid>}, the anchor the HTML report gives
 * each claim. Consumers of ClaimReview require it, so a report without an address gives reviews without one, and
 * {@link #missingUrlWarning} says so for the command line and the export dialog to show.
 *
 * <p>A claim's history ({@link ReportEntry#history()}) is left out even when the report asks for it: schema.org's
 * ClaimReview has no property for the edits that led to a review, and one of our own would be noise to the search
 * engines that read this markup.
 */
public final class ClaimReviewWriter implements ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter WRITER = JSON.writer().with(new ScriptSafe());

    /** Google's guidance: "try to keep this less than 75 characters to minimize wrapping" on a phone. */
    static final int CLAIM_LENGTH = 74;
    /** Words that make a claimant an organisation rather than a person. */
    private static final Pattern BODY = Pattern.compile(
            "(?iu).*\\b(officials|agency|ministry|office|department|commission|council|committee|government|authority|"
            + "organi[sz]ation|institute|bank|police|army|unhcr|iom|un|who|unicef|bureau|board|court|university|"
            + "survey|party|association|union|fund|programme|program|taliban)\\b.*");

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        WRITER.writeValue(out, toJson(report));
    }

    /**
     * The reviews as JSON text for a {@code <script type="application/ld+json">} element, or null when no claim of
     * the report is rated.
     */
    static String scriptText(Report report) {
        ArrayNode reviews = new ClaimReviewWriter().toJson(report);
        try {
            return reviews.isEmpty() ? null : WRITER.writeValueAsString(reviews);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The claims whose review has no url: every rated claim when the report has no address, else none. */
    public static List<Integer> claimsWithoutUrl(Report report) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < report.entries().size() && report.url() == null; i++) {
            if (report.entries().get(i).claim().verdict() != Verdict.UNRATED) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    /**
     * One sentence naming the claims (by their number in the report and the start of the quote) whose review lacks
     * the url consumers require, or empty when none does.
     */
    public static String missingUrlWarning(Report report) {
        List<Integer> numbers = claimsWithoutUrl(report);
        if (numbers.isEmpty()) {
            return "";
        }
        String claims = numbers.stream().map(n -> "claim " + n + " (\u201c"
                        + shortened(QuoteContext.quote(report.entries().get(n - 1).claim().quote()), 30) + "\u201d)")
                .collect(Collectors.joining(", "));
        return "ClaimReview needs the address where the report will be published (url), and consumers reject "
                + "reviews without one; " + (numbers.size() == 1 ? "this review lacks it: " : "these reviews lack it: ")
                + claims + ".";
    }

    ArrayNode toJson(Report report) {
        ArrayNode reviews = JSON.createArrayNode();
        for (ReportEntry entry : report.entries()) {
            if (entry.claim().verdict() != Verdict.UNRATED) {
                reviews.add(review(report, entry));
            }
        }
        return reviews;
    }

    private static ObjectNode review(Report report, ReportEntry entry) {
        var claim = entry.claim();
        ObjectNode review = JSON.createObjectNode()
                .put("@context", "https://schema.org")
                .put("@type", "ClaimReview");
        if (report.url() != null) {
            review.put("url", report.url() + "#claim-" + claim.uuid());
        }
        review.put("claimReviewed", shortened(QuoteContext.quote(claim.quote()), CLAIM_LENGTH));
        review.set("itemReviewed", itemReviewed(entry));
        review.set("author", JSON.createObjectNode().put("@type", "Organization").put("name", report.organisation()));
        review.set("reviewRating", rating(claim.verdict()));
        review.put("datePublished", report.date().toString());
        return review;
    }

    private static ObjectNode itemReviewed(ReportEntry entry) {
        ArticleMetadata article = entry.article();
        ObjectNode item = JSON.createObjectNode().put("@type", "Claim");
        if (entry.claimant() != null) {
            item.putObject("author").put("@type", BODY.matcher(entry.claimant()).matches() ? "Organization" : "Person")
                    .put("name", entry.claimant());
        } else if (article.outlet() != null) {
            item.putObject("author").put("@type", "Organization").put("name", article.outlet());
        }
        if (article.publishedOn() != null) {
            item.put("datePublished", article.publishedOn().toString());
        }
        if (HtmlText.isWebAddress(article.url())) {
            ObjectNode appearance = item.putObject("appearance").put("@type", "CreativeWork")
                    .put("url", article.url()).put("headline", article.headline());
            if (article.publishedOn() != null) {
                appearance.put("datePublished", article.publishedOn().toString());
            }
        }
        return item;
    }

    /**
     * {@code text} when at most {@code limit} characters (code points), else cut at the last space that leaves room
     * for the ellipsis (or mid-word when there is none) and ended with one.
     */
    static String shortened(String text, int limit) {
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, limit - 1));
        int space = cut.lastIndexOf(' ');
        boolean atWordEnd = Character.isWhitespace(text.charAt(cut.length()));
        if (!atWordEnd && space > limit / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "\u2026";
    }

    private static ObjectNode rating(Verdict verdict) {
        ObjectNode rating = JSON.createObjectNode().put("@type", "Rating");
        if (verdict.rating() > 0) {
            rating.put("ratingValue", verdict.rating()).put("bestRating", 5).put("worstRating", 1);
        }
        return rating.put("alternateName", verdict.label());
    }

    /**
     * JSON-LD is usually pasted into a {@code <script type="application/ld+json">} element, where a note containing
     * {@code </script>} would end the element early; writing {@code < > &} as JSON Unicode escapes keeps it inside.
     */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
