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
            assertEquals(ClaimReviewWriter.shortened(entry.claim().quote().exact(), ClaimReviewWriter.CLAIM_LENGTH),
                    review.get("claimReviewed").asText());
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
        assertEquals("Organization", first.at("/itemReviewed/author/@type").asText());
        assertEquals("provincial officials", first.at("/itemReviewed/author/name").asText(),
                "the claimant found in the text, not the reporter who wrote the article");
        assertEquals("UN refugee agency", reviews.get(1).at("/itemReviewed/author/name").asText(),
                "the claimant the reviewer gave");
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
        assertEquals(ClaimReviewWriter.shortened(ReportFixtures.HOSTILE_QUOTE.replaceAll("\\s+", " "),
                ClaimReviewWriter.CLAIM_LENGTH), review.get("claimReviewed").asText());
        assertEquals("Desk <org>", review.at("/author/name").asText());
        assertTrue(review.at("/itemReviewed/appearance").isMissingNode(), "javascript: is no appearance");
    }

    @Test
    void claimReviewedStaysUnderSeventyFiveCharactersAndEndsAtAWord() throws Exception {
        assertEquals(74, ClaimReviewWriter.CLAIM_LENGTH, "Google: less than 75 characters");
        JsonNode first = new ObjectMapper().readTree(json(ReportFixtures.weekly())).get(0);

        assertEquals("More than 75,000 undocumented Afghan migrants left Iran in the past two\u2026",
                first.get("claimReviewed").asText());
        assertEquals("short", ClaimReviewWriter.shortened("short", 75));
        String emoji = "😀".repeat(80);
        String cut = ClaimReviewWriter.shortened(emoji, 74);
        assertEquals(74, cut.codePointCount(0, cut.length()), "counted in characters, no broken surrogate pair");
        assertTrue(cut.endsWith("😀\u2026"));
    }

    @Test
    void theClaimantIsAPersonUnlessTheNameIsABodyAndFallsBackToTheOutlet() throws Exception {
        ReportEntry bijar = new ReportEntry(ReportFixtures.claim(5, ReportFixtures.ENGLISH_TEXT, "provincial officials",
                Verdict.FALSE, ClaimStatus.VERIFIED, List.of(), "").withClaimant("Bijar"), 1, ReportFixtures.ENGLISH);
        ReportEntry found = new ReportEntry(ReportFixtures.claim(6, ReportFixtures.ENGLISH_TEXT, "1.2 million",
                Verdict.FALSE, ClaimStatus.VERIFIED, List.of(), ""), 1, ReportFixtures.ENGLISH, null, null,
                "Ministry of Refugees");
        ReportEntry none = new ReportEntry(ReportFixtures.claim(7, ReportFixtures.ENGLISH_TEXT, "most of",
                Verdict.FALSE, ClaimStatus.VERIFIED, List.of(), ""), 1, ReportFixtures.ENGLISH);
        Report report = new Report(null, LocalDate.of(2025, 3, 5), null, List.of(), "", false, "https://x.org/r",
                List.of(bijar, found, none));

        JsonNode reviews = new ObjectMapper().readTree(json(report));

        assertEquals("Person", reviews.get(0).at("/itemReviewed/author/@type").asText());
        assertEquals("Bijar", reviews.get(0).at("/itemReviewed/author/name").asText());
        assertEquals("Organization", reviews.get(1).at("/itemReviewed/author/@type").asText());
        assertEquals("Ministry of Refugees", reviews.get(1).at("/itemReviewed/author/name").asText());
        assertEquals("Organization", reviews.get(2).at("/itemReviewed/author/@type").asText());
        assertEquals("Kabul Monitor", reviews.get(2).at("/itemReviewed/author/name").asText());
    }

    @Test
    void aReportWithoutAnAddressNamesTheReviewsThatLackTheUrl() {
        Report weekly = ReportFixtures.weekly();
        Report unpublished = new Report(weekly.title(), weekly.date(), null, List.of(), "", false, null,
                weekly.entries());

        assertEquals("", ClaimReviewWriter.missingUrlWarning(weekly));
        assertEquals(List.of(1, 2, 3), ClaimReviewWriter.claimsWithoutUrl(unpublished));
        String warning = ClaimReviewWriter.missingUrlWarning(unpublished);
        assertTrue(warning.startsWith("ClaimReview needs the address where the report will be published (url)"),
                warning);
        assertTrue(warning.contains("claim 1 (\u201cMore than 75,000 undocumented\u2026\u201d), claim 2 (\u201c1.2 "
                + "million people have\u2026\u201d), claim 3"), warning);
    }
}
