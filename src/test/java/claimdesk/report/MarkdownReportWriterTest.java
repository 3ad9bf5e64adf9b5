package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    static String markdown(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void weeklyReportMatchesTheGoldenFile() throws Exception {
        Golden.assertMatches("weekly.md", markdown(ReportFixtures.weekly()));
    }

    @Test
    void hostileTextIsEscaped() throws Exception {
        String md = markdown(ReportFixtures.hostile());

        assertTrue(md.startsWith("# \\<title\\> \\& \"Report\"\n"), md);
        assertTrue(md.contains("> **Includes claims that are not verified.**"));
        assertTrue(md.contains("\\<script\\>alert('x')\\</script\\>\\\n"), "note's first line");
        assertTrue(md.contains("\n\\= \"quoted\", with, commas\\\n"), "a line starting with = is no setext heading");
        assertTrue(md.contains("\n\\# not a heading \\| \\* \\_ \\[link\\](javascript:alert(1)) \\& \\~\\~\\\n"));
        assertTrue(md.contains("\\*Stars\\* \\</script\\> \\<i\\>tags\\</i\\>"), "quote escaped and on one line");
        assertTrue(md.contains("In *\\<b\\>Bold\\</b\\> \"quoted\", with commas and a line break 😀*"));
        assertFalse(md.contains("<javascript:"), "a javascript: address became a link");
        for (String line : md.lines().toList()) {
            assertFalse(line.matches(".*(?<!\\\\)<(?!https?://).*"), "unescaped < in: " + line);
        }
    }

    @Test
    void hostileSourceFieldsAreEscaped() throws Exception {
        String md = markdown(ReportFixtures.hostile());

        assertTrue(md.contains("\n- **\\<em\\>Source\\</em\\>, \"one\"** \u2014 "
                + "\\<b\\>Pub\\</b\\> \\& \"Co\" \\| \\*x\\* (sup\\</li\\>ports)\\\n"), md);
        assertTrue(md.contains("q\\<u\\>o\\</u\\>te line \\</script\\>\\<script\\>alert(3)\\</script\\> نقل قول"), md);
        assertTrue(md.contains("File \\<img src=x onerror=alert(4)\\>\\`.pdf, SHA-256 `"
                + ReportFixtures.EVIDENCE_SHA + "`"), md);
        assertTrue(md.contains("\u2068=HYPERLINK(\"x\") منبع \\</script\\>\u2069"), "Dari title isolated: " + md);
        assertTrue(md.contains("- Claimed by: \\<b\\>Bijar\\</b\\> \\& \"co\""), md);
    }

    @Test
    void rightToLeftTextIsIsolated() {
        assertEquals("\u2068اخراج مهاجران 😀\u2069", MarkdownText.inline("اخراج  مهاجران\n😀"));
        assertEquals("plain", MarkdownText.inline("plain"));
    }

    @Test
    void lineStartsThatWouldBecomeBlocksAreEscaped() {
        List<String> lines = MarkdownText.block("- item\n+ item\n> quote\n1. one\n12) twelve\n\nnext paragraph")
                .lines().toList();

        assertEquals(List.of("\\- item\\", "\\+ item\\", "\\> quote\\", "1\\. one\\", "12\\) twelve", "",
                "next paragraph"), lines);
    }
}
