package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimReviewWriterTest {

    static String json(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimReviewWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyRequiredFieldMatchesTheLedger() throws Exception {
        Report report = ReportFixtures.weekly();
        JsonNode reviews = new ObjectMapper().readTree(json(report));

        assertTrue(reviews.isArray());
        assertEquals(3, reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            JsonNode review = reviews.get(i);
            ReportEntry entry = report.entries().get(i);
            assertEquals("https://schema.org", review.get("@context").asText());
            assertEquals("ClaimReview", review.get("@type").asText());
            assertEquals(entry.claim().quote().exact(), review.get("claimReviewed").asText());
            assertEquals(report.url() + "#claim-" + entry.claim().uuid(), review.get("url").asText());
            assertEquals("2025-03-05", review.get("datePublished").asText());
            assertEquals("Organization", review.at("/author/@type").asText());
            assertEquals("Claimdesk desk", review.at("/author/name").asText());
            JsonNode rating = review.get("reviewRating");
            assertEquals("Rating", rating.get("@type").asText());
            assertEquals(entry.claim().verdict().label(), rating.get("alternateName").asText());
            JsonNode item = review.get("itemReviewed");
            assertEquals("Claim", item.get("@type").asText());
            assertEquals(entry.article().publishedOn().toString(), item.get("datePublished").asText());
        }
        JsonNode first = reviews.get(0);
        assertEquals(4, first.at("/reviewRating/ratingValue").asInt());
        assertEquals(5, first.at("/reviewRating/bestRating").asInt());
        assertEquals(1, first.at("/reviewRating/worstRating").asInt());
        assertEquals("Person", first.at("/itemReviewed/author/@type").asText());
        assertEquals("Sara Ahmadi", first.at("/itemReviewed/author/name").asText());
        assertEquals("Kabul Monitor", first.at("/itemReviewed/author/worksFor/name").asText());
        assertEquals(ReportFixtures.ENGLISH.url(), first.at("/itemReviewed/appearance/url").asText());
        assertEquals(1, reviews.get(1).at("/reviewRating/ratingValue").asInt());
        JsonNode dari = reviews.get(2);
        assertEquals("Organization", dari.at("/itemReviewed/author/@type").asText());
        assertEquals("Hasht-e Subh", dari.at("/itemReviewed/author/name").asText());
        assertTrue(dari.at("/itemReviewed/appearance").isMissingNode(), "no address, no appearance");
        assertTrue(dari.at("/reviewRating/ratingValue").isMissingNode(), "Unverifiable is not on the 1-5 line");
        assertEquals("Unverifiable", dari.at("/reviewRating/alternateName").asText());
    }

    @Test
    void unratedClaimsAreLeftOutAndUrlIsOptional() throws Exception {
        Report weekly = ReportFixtures.weekly();
        List<ReportEntry> entries = new ArrayList<>(weekly.entries());
        entries.add(new ReportEntry(ReportFixtures.claim(4, ReportFixtures.ENGLISH_TEXT, "provincial officials",
                Verdict.UNRATED, ClaimStatus.VERIFIED, List.of(), ""), 1, ReportFixtures.ENGLISH));
        Report report = new Report("t", LocalDate.of(2025, 3, 5), null, List.of(), "", false, null, entries);

        JsonNode reviews = new ObjectMapper().readTree(json(report));

        assertEquals(3, reviews.size());
        assertTrue(reviews.get(0).path("url").isMissingNode());
    }

    @Test
    void hostileTextIsValidJsonAndCannotCloseAScriptElement() throws Exception {
        String raw = json(ReportFixtures.hostile());
        JsonNode review = new ObjectMapper().readTree(raw).get(0);

        assertFalse(raw.contains("<"), "a < in JSON-LD pasted into a script element could end it");
        assertEquals(ReportFixtures.HOSTILE_QUOTE.replaceAll("\\s+", " "), review.get("claimReviewed").asText());
        assertEquals("Desk <org>", review.at("/author/name").asText());
        assertTrue(review.at("/itemReviewed/appearance").isMissingNode(), "javascript: is no appearance");
    }
}
