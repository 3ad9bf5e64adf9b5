package claimdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.ClaimStatus;
import claimdesk.model.Verdict;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportFilterTest {

    @Test
    void noStatusesMeansVerifiedAndPublished() {
        ReportFilter filter = new ReportFilter(Set.of(), null, null, null, null, null, null, ZoneOffset.UTC);

        assertEquals(ReportFilter.VERIFIED, filter.statuses());
        assertFalse(filter.includesUnverified());
    }

    @Test
    void describesItselfInWords() {
        ReportFilter filter = new ReportFilter(Set.of(ClaimStatus.DRAFT, ClaimStatus.VERIFIED),
                Set.of(Verdict.FALSE), Set.of(3L), Set.of("Health"), LocalDate.of(2025, 3, 1), null,
                ReportFilter.DateBasis.ARTICLE_PUBLISHED, ZoneOffset.UTC);

        assertEquals("Status: Draft, Verified; verdict: False; articles: 3; tags: Health; "
                + "article published from 2025-03-01 on", filter.describe());
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new ReportFilter(null, null, null, null,
                LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), null, ZoneOffset.UTC));
    }

    @Test
    void claimUpdatedDateIsTakenInTheFiltersZone() {
        ReportEntry entry = ReportFixtures.weekly().entries().get(0); // updated 2025-03-04T09:31Z
        LocalDate day = LocalDate.of(2025, 3, 4);

        assertTrue(new ReportFilter(null, null, null, null, day, day, null, ZoneOffset.UTC).matches(entry));
        assertFalse(new ReportFilter(null, null, null, null, day, day, null, ZoneOffset.ofHours(-10)).matches(entry));
    }

    @Test
    void aReportCannotCarryUnverifiedClaimsWithoutSayingSo() {
        Report hostile = ReportFixtures.hostile();

        assertThrows(IllegalArgumentException.class, () -> new Report("t", LocalDate.of(2025, 1, 1), null, null,
                "", false, null, hostile.entries()));
        assertEquals(List.of(), new Report("t", LocalDate.of(2025, 1, 1), " ", null, null, false, null, List.of())
                .reviewers());
    }
}
