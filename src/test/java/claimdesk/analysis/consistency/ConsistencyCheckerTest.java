package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyCheckerTest {

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void progressClimbsToItsTotal() {
        List<long[]> updates = new ArrayList<>();

        checker.check(SampleCorpus.articles(), (done, total) -> updates.add(new long[] {done, total}));

        long[] last = updates.get(updates.size() - 1);
        assertEquals(last[1], last[0]);
        for (int i = 1; i < updates.size(); i++) {
            assertTrue(updates.get(i)[0] > updates.get(i - 1)[0]);
        }
    }

    @Test
    void twoArticlesWithOneKeyAreRefused() {
        ArticleFigures article = new ArticleFigures("000.txt", "Text.", null, List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> checker.check(List.of(article, article), null));
        assertEquals("two articles share the key 000.txt", e.getMessage());
    }

    @Test
    void aFigureOutsideItsArticleIsRefused() {
        String text = "Pakistan deported 286,631 Afghan nationals.";
        claimdesk.model.Figure figure = FigureFixture.figure(text, "286,631").exactly(286_631).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArticleFigures("001.txt", "Pakistan deported", null, List.of(figure)));
        assertEquals("figure 286,631 lies outside article 001.txt", e.getMessage());
    }
}
