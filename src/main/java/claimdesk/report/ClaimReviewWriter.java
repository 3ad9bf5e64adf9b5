package claimdesk.report;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Verdict;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The report as schema.org ClaimReview JSON-LD, the markup search engines read for fact checks: a JSON array with
 * one object per claim that has a verdict (Unrated claims are left out; a review without a rating is not a review).
 *
 * <p>Rating: {@link Verdict#rating()} gives 1 (False) to 5 (True) with {@code worstRating} 1 and {@code bestRating}
 * 5, and {@code alternateName} is the verdict's label, which is what readers see. Unverifiable and Inconsistent are
 * not points on that line (rating 0): they get {@code alternateName} only, without {@code ratingValue} or the scale,
 * because any number would place them between True and False, and 0 would fall outside the scale.
 *
 * <p>{@code itemReviewed} is the claim as it appeared: its {@code author} is the article's author (a Person) when
 * known, else its outlet (an Organization); {@code datePublished} is the article's date, and {@code appearance} the
 * article's address when it is an http(s) one. The review's {@code url} is the report's address plus {@code #claim-<uuid>}, the anchor the
 * HTML report gives each claim; it is left out when the report has no address.
 */
public final class ClaimReviewWriter implements ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter WRITER = JSON.writer().with(new ScriptSafe());

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        WRITER.writeValue(out, toJson(report));
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
        review.put("claimReviewed", QuoteContext.quote(claim.quote()));
        review.set("itemReviewed", itemReviewed(entry.article()));
        review.set("author", JSON.createObjectNode().put("@type", "Organization").put("name", report.organisation()));
        review.set("reviewRating", rating(claim.verdict()));
        review.put("datePublished", report.date().toString());
        return review;
    }

    private static ObjectNode itemReviewed(ArticleMetadata article) {
        ObjectNode item = JSON.createObjectNode().put("@type", "Claim");
        if (article.author() != null) {
            ObjectNode person = item.putObject("author").put("@type", "Person").put("name", article.author());
            if (article.outlet() != null) {
                person.putObject("worksFor").put("@type", "Organization").put("name", article.outlet());
            }
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
