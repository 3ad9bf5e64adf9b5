package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatePassagesTest {

    private static final String LEAD = "Iran is intensifying efforts to deport undocumented Afghan migrants through "
            + "planned meetings with Taliban representatives, an Iranian provincial official said.";
    private static final String SEED_000 = "Iran Steps Up Deportations Of Afghans, Schedules Talks With Taliban\n\n"
            + LEAD + "\n\n" + LEAD + "\nMansour Bijar, governor of Sistan and Baluchestan province, confirmed on "
            + "Sunday, 6 July, that discussions have been scheduled with Taliban officials.";

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void aRepeatedLeadIsOneFinding() {
        List<Finding> findings = duplicates(new ArticleFigures("000.txt", "000.txt", SEED_000, null, List.of()));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("The same passage of 20 words appears 2 times: “000.txt” (2×).", finding.message());
        int first = SEED_000.indexOf(LEAD);
        int second = SEED_000.indexOf(LEAD, first + 1);
        assertEquals(List.of(new TextRef("000.txt", first, first + LEAD.length(), LEAD),
                new TextRef("000.txt", second, second + LEAD.length(), LEAD)), finding.refs());
    }

    @Test
    void aParagraphSharedByThreeArticlesIsOneFindingNotThreePairs() {
        String paragraph = "The organisation stressed that now is the time for global solidarity, stating that "
                + "refugees are not criminals and should be supported rather than punished. It called on donors.";
        List<Finding> findings = duplicates(
                new ArticleFigures("001.txt", "001.txt", "Headline one\n" + paragraph, null, List.of()),
                new ArticleFigures("002.txt", "002.txt", "Headline two\n\n" + paragraph, null, List.of()),
                new ArticleFigures("005.txt", "005.txt", paragraph + "\nA different ending.", null, List.of()));

        assertEquals(1, findings.size());
        assertEquals("The same passage of 28 words appears 3 times: “001.txt”, “002.txt”, “005.txt”.",
                findings.get(0).message());
    }

    @Test
    void aSharedSentenceInsideDifferentParagraphsIsFound() {
        String sentence = "Arrests and deportations of Afghans in Pakistan have increased in recent weeks, coinciding "
                + "with the suspension of the Afghan visa renewal process.";
        List<Finding> findings = duplicates(
                new ArticleFigures("001.txt", "001.txt", "Police raided homes. " + sentence, null, List.of()),
                new ArticleFigures("002.txt", "002.txt", sentence + " Families were detained.", null, List.of()));

        assertEquals(1, findings.size());
        assertEquals(List.of(sentence, sentence), findings.get(0).refs().stream().map(TextRef::text).toList());
    }

    @Test
    void consecutiveSharedParagraphsAreOneRunEvenAcrossABlankLine() {
        String first = "Police officers have also been instructed to submit daily reports directly to the police "
                + "chief’s office.";
        String second = "Earlier, Afghan migrants in Islamabad alleged that police had entered homes without warning, "
                + "detained families, and taken them into custody.";
        String shared = first + "\n" + second;
        String other = "Headline two\n" + first + "\n\n" + second + "\nA closing line of this one.";

        List<Finding> findings = duplicates(
                new ArticleFigures("001.txt", "001.txt", "Headline one\n" + shared, null, List.of()),
                new ArticleFigures("002.txt", "002.txt", other, null, List.of()));

        assertEquals(1, findings.size());
        assertEquals(List.of(new TextRef("001.txt", 13, 13 + shared.length(), shared),
                new TextRef("002.txt", 13, 13 + first.length() + 2 + second.length(), first + "\n\n" + second)),
                findings.get(0).refs());
        assertEquals("The same passage of 36 words appears 2 times: “001.txt”, “002.txt”.", findings.get(0).message());
    }

    @Test
    void boilerplateInManyArticlesNamesThreeAndCountsTheRest() {
        List<ArticleFigures> articles = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String key = "00" + i + ".txt";
            articles.add(new ArticleFigures(key, key, "Story " + i + ".\n" + LEAD, null, List.of()));
        }

        List<Finding> findings = duplicates(articles.toArray(ArticleFigures[]::new));

        assertEquals("The same passage of 20 words appears 5 times: “001.txt”, “002.txt”, “003.txt” and 2 more "
                + "articles.",
                findings.get(0).message());
        assertEquals(5, findings.get(0).refs().size());
    }

    @Test
    void shortRepeatsAndUniqueTextAreNotDuplicates() {
        String text = "Afghan refugees in Pakistan\nAfghan refugees in Pakistan\n" + LEAD;

        assertEquals(List.of(), duplicates(new ArticleFigures("004.txt", "004.txt", text, null, List.of())));
    }

    private List<Finding> duplicates(ArticleFigures... articles) {
        return checker.check(List.of(articles), null).stream().filter(f -> f.kind() == FindingKind.DUPLICATE)
                .toList();
    }
}
