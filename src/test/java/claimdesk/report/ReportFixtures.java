package claimdesk.report;

import claimdesk.model.ArticleMetadata;
import claimdesk.model.Claim;
import claimdesk.model.ClaimStatus;
import claimdesk.model.TextQuote;
import claimdesk.model.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Small fixed ledgers (fixed dates and uuids) for the writer tests and golden files. */
final class ReportFixtures {

    static final String ENGLISH_TEXT = """
            Iran Steps Up Deportations Of Afghans

            More than 75,000 undocumented Afghan migrants left Iran in the past two weeks, provincial officials \
            said on Sunday. The UN refugee agency says 1.2 million people have returned since January, most of \
            them from Iran.""";
    static final ArticleMetadata ENGLISH = new ArticleMetadata("Iran Steps Up Deportations Of Afghans",
            "Kabul Monitor", "Sara Ahmadi", "https://news.example.org/2025/03/deportations", LocalDate.of(2025, 3, 2));
    static final String DARI_TEXT = """
            اخراج مهاجران افغان از ایران افزایش یافت

            به گفته مقامات ولایتی، بیش از ۷۵ هزار مهاجر افغان در دو هفته گذشته ایران را ترک کرده‌اند.""";
    static final ArticleMetadata DARI = new ArticleMetadata("اخراج مهاجران افغان از ایران افزایش یافت",
            "Hasht-e Subh", null, null, LocalDate.of(2025, 3, 3));

    static final Instant UPDATED = Instant.parse("2025-03-04T09:30:00Z");

    private ReportFixtures() {
    }

    static Claim claim(int n, String text, String quote, Verdict verdict, ClaimStatus status, List<String> tags,
                       String note) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("quote not in text: " + quote);
        }
        return new Claim(n, UUID.fromString("00000000-0000-4000-8000-00000000000" + n), 1,
                TextQuote.of(text, start, start + quote.length()), tags, verdict, status, note,
                UPDATED.minusSeconds(3600), UPDATED.plusSeconds(60L * n), null, null, 0);
    }

    static final String EVIDENCE_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String DARI_SOURCE_TITLE = "گزارش هفتگی وزارت امور مهاجرین";

    /**
     * Three verified claims in an English and a Dari article. The first has two sources (one with an attached file,
     * one in Dari), a finding and a claimant found in the text; the second has a claimant of its own.
     */
    static Report weekly() {
        Claim first = claim(1, ENGLISH_TEXT, "More than 75,000 undocumented Afghan migrants left Iran in the past two weeks",
                Verdict.MOSTLY_TRUE, ClaimStatus.VERIFIED, List.of("migration", "figures"),
                "UNHCR border monitoring counts 71,400 returns for the period.\nIOM reports a similar figure.");
        Claim second = claim(2, ENGLISH_TEXT, "1.2 million people have returned since January",
                Verdict.FALSE, ClaimStatus.PUBLISHED, List.of("figures"), "").withClaimant("UN refugee agency");
        Claim third = claim(3, DARI_TEXT, "بیش از ۷۵ هزار مهاجر افغان", Verdict.UNVERIFIABLE, ClaimStatus.VERIFIED,
                List.of(), "The provincial office gave no source for the figure.");
        List<ReportEntry> entries = List.of(
                new ReportEntry(first, 1, ENGLISH,
                        List.of(new ReportSource("UNHCR Afghanistan situation update", "UNHCR",
                                "https://data.example.org/unhcr/af", "71,400 returns recorded 15-28 February",
                                "contradicts", LocalDate.of(2025, 3, 4),
                                List.of(new ReportSource.File("unhcr-af-2025-03-04.pdf", EVIDENCE_SHA))),
                                new ReportSource(DARI_SOURCE_TITLE, "وزارت امور مهاجرین", null,
                                        "۷۵ هزار نفر در دو هفته", "supports", LocalDate.of(2025, 3, 3), List.of())),
                        List.of(new ReportFinding("count mismatch",
                                "75,000 here, 71,400 in the UNHCR update for the same fortnight")),
                        "provincial officials"),
                new ReportEntry(second, 1, ENGLISH),
                new ReportEntry(third, 2, DARI));
        return new Report("Weekly fact-check: returns from Iran", LocalDate.of(2025, 3, 5), "Claimdesk desk",
                List.of("amina", "ben"), "Status: Verified, Published", false,
                "https://factcheck.example.org/reports/2025-10", entries);
    }

    static final String HOSTILE_NOTE = "<script>alert('x')</script>\n= \"quoted\", with, commas\r\n"
            + "# not a heading | * _ [link](javascript:alert(1)) & ~~\nاخراج مهاجران 😀";
    static final String HOSTILE_HEADLINE = "<b>Bold</b> \"quoted\", with commas\nand a line break 😀";
    static final String HOSTILE_TEXT = "Intro text. *Stars* </script> <i>tags</i>, \"quotes\" and\nnew lines: "
            + "مهاجر افغان 😀 [x](y) here. Tail text follows.";
    static final String HOSTILE_QUOTE =
            "*Stars* </script> <i>tags</i>, \"quotes\" and\nnew lines: مهاجر افغان 😀 [x](y)";
    static final String HOSTILE_SOURCE_QUOTE = "q<u>o</u>te\nline </script><script>alert(3)</script> نقل قول";

    /** One Draft claim whose every text field is hostile: markup, quotes, commas, newlines, Dari, emoji. */
    static Report hostile() {
        ArticleMetadata article = new ArticleMetadata(HOSTILE_HEADLINE, "Outlet & Co <img src=x onerror=alert(1)>",
                "O'Brien \"the <author>\"", "javascript:alert(1)", LocalDate.of(2025, 1, 2));
        Claim claim = claim(9, HOSTILE_TEXT, HOSTILE_QUOTE, Verdict.FALSE, ClaimStatus.DRAFT,
                List.of("x<y", "تگ"), HOSTILE_NOTE);
        ReportEntry entry = new ReportEntry(claim, 7, article,
                List.of(new ReportSource("<em>Source</em>, \"one\"", "<b>Pub</b> & \"Co\" | *x*", "javascript:alert(2)",
                        HOSTILE_SOURCE_QUOTE, "sup</li>ports", null,
                        List.of(new ReportSource.File("<img src=x onerror=alert(4)>`.pdf", EVIDENCE_SHA))),
                        new ReportSource("=HYPERLINK(\"x\") منبع </script>", "ناشر", null, null, "contradicts", null,
                                List.of())),
                List.of(new ReportFinding("<b>kind</b>", "desc & \"more\"\nline")), "<b>Bijar</b> & \"co\"");
        return new Report("<title> & \"Report\"", LocalDate.of(2025, 1, 3), "Desk <org>", List.of("r<1>"),
                "Status: Draft; tags: x<y", true, null, List.of(entry));
    }
}
