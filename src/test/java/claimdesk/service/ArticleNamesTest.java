package claimdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.model.Article;
import claimdesk.model.ArticleMetadata;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArticleNamesTest {

    private static Article article(long id, String headline) {
        return new Article(id, UUID.randomUUID(), ArticleMetadata.headlineOnly(headline), headline, "h" + id,
                "a.txt", Instant.EPOCH);
    }

    @Test
    void replacesEachKeyWithItsHeadlineAndNeverAShorterKeyInsideALongerOne() {
        ArticleNames names = new ArticleNames(List.of(article(1, "One"), article(12, "Twelve")));

        assertEquals("\"5\" (\u201cOne\u201d) vs \"6\" (\u201cTwelve\u201d), again \u201cOne\u201d.",
                names.named("\"5\" (a.txt#1) vs \"6\" (a.txt#12), again a.txt#1."));
        assertEquals("a.txt#3 is not in the ledger", names.named("a.txt#3 is not in the ledger"));
    }

    @Test
    void cutsALongHeadlineAfterAWord() {
        String headline = "All forced returns of refugees and asylum seekers to Afghanistan must immediately end,"
                + " Amnesty International said";

        String shortened = ArticleNames.shortened(headline);

        assertEquals("All forced returns of refugees and asylum seekers to Afghanistan must\u2026", shortened);
        assertTrue(shortened.length() <= ArticleNames.SHORT_HEADLINE);
    }
}
