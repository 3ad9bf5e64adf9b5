package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    // A wire clause of 15 words copied into two otherwise different sentences: the old check, which grouped whole
    // sentences and paragraphs, found nothing here.
    @Test
    void aSharedClauseInsideDifferentSentencesIsFoundAsTheLongestCommonRun() {
        String clause = "after the river burst its banks near the old textile mill on the northern edge of town";
        String one = "Flood hits Karsk\nRescuers evacuated 40 families on Tuesday " + clause + ", officials said.";
        String two = "Karsk flood\nThe regional governor declared an emergency " + clause + " and closed two schools.";

        List<Finding> findings = duplicates(new ArticleFigures("001.txt", "001.txt", one, null, List.of()),
                new ArticleFigures("002.txt", "002.txt", two, null, List.of()));

        assertEquals(1, findings.size());
        assertEquals(List.of(clause, clause), findings.get(0).refs().stream().map(TextRef::text).toList());
        assertEquals("The same passage of 17 words appears 2 times: “001.txt”, “002.txt”.", findings.get(0).message());
    }

    // One copy keeps two sentences in one paragraph, the other splits them: still one passage, not two pieces.
    @Test
    void aPassageRunsOnAcrossADifferentParagraphBreak() {
        String first = "The ministry said 300 tents had been sent to the camp near the border crossing.";
        String second = "Aid workers said the tents would not be enough for the families arriving every night.";
        String one = "Camp story one\nTemperatures fell below zero. " + first + " " + second + "\nThe end of one.";
        String two = "Camp story two\n" + first + "\n\n" + second + " Nothing else was said.";

        List<Finding> findings = duplicates(new ArticleFigures("001.txt", "001.txt", one, null, List.of()),
                new ArticleFigures("002.txt", "002.txt", two, null, List.of()));

        assertEquals(1, findings.size());
        assertEquals(List.of(first + " " + second, first + "\n\n" + second),
                findings.get(0).refs().stream().map(TextRef::text).toList());
    }

    // A copies B's paragraph whole; C has only its middle clause. The long run is one finding with two places, the
    // clause all three share another with three places: no pair is left out, no passage reported twice.
    @Test
    void aClauseSharedByThreeAndALongerRunSharedByTwoAreTwoFindings() {
        String middle = "the convoy of twelve trucks carrying food and blankets reached the valley late on Friday";
        String paragraph = "According to the relief agency, " + middle + ", two days behind schedule.";
        String three = "Other news\nWitnesses said " + middle + " under heavy snow.";

        List<Finding> findings = duplicates(
                new ArticleFigures("001.txt", "001.txt", "Convoy one\n" + paragraph, null, List.of()),
                new ArticleFigures("002.txt", "002.txt", "Convoy two\n" + paragraph + "\nMore later.", null,
                        List.of()),
                new ArticleFigures("003.txt", "003.txt", three, null, List.of()));

        assertEquals(List.of(List.of(paragraph, paragraph), List.of(middle, middle, middle)), findings.stream()
                .map(f -> f.refs().stream().map(TextRef::text).toList())
                .sorted(java.util.Comparator.comparing(refs -> refs.size())).toList());
        assertTrue(findings.stream().allMatch(f -> f.why().contains("the longest run they all share")));
    }

    // A changed figure inside a copied sentence is copy-changed territory: the duplicate check splits there, so no
    // passage spans the two different numbers, and the copy check still names exactly the two numbers.
    @Test
    void aChangedNumberInsideASharedRunSplitsThePassageAndStaysACopyChangedFinding() {
        String before = "Officials at the northern crossing told reporters on Monday evening that exactly";
        String after = "people had been turned back at the gate since the new rules took effect last week.";
        String one = "Border one\n" + before + " 1,240 " + after;
        String two = "Border two\n" + before + " 1,420 " + after;
        List<ArticleFigures> articles = List.of(new ArticleFigures("001.txt", "001.txt", one, null, List.of()),
                new ArticleFigures("002.txt", "002.txt", two, null, List.of()));

        List<Finding> all = checker.check(articles, null);

        List<List<String>> passages = all.stream().filter(f -> f.kind() == FindingKind.DUPLICATE)
                .map(f -> f.refs().stream().map(TextRef::text).toList()).toList();
        assertEquals(List.of(List.of(before, before), List.of(after, after)), passages.stream()
                .sorted(java.util.Comparator.comparing(refs -> refs.get(0).length())).toList());
        List<Finding> changed = all.stream().filter(f -> f.kind() == FindingKind.COPY_CHANGED).toList();
        assertEquals(1, changed.size());
        assertEquals(List.of("1,240", "1,420"), changed.get(0).refs().stream().map(TextRef::text).toList());
    }

    // Eleven shared words are a stock phrase, not a copied passage; twelve are the threshold.
    @Test
    void aSharedRunBelowTheThresholdIsNotReported() {
        String eleven = "the spokesman for the regional health department said in a statement";
        String twelve = "the spokesman for the regional health department said in a short statement";
        assertEquals(11, eleven.split(" ").length);
        assertEquals(12, twelve.split(" ").length);

        assertEquals(List.of(), duplicates(
                new ArticleFigures("001.txt", "001.txt", "Cases rose, " + eleven + " on Monday.", null, List.of()),
                new ArticleFigures("002.txt", "002.txt", "Clinics closed, " + eleven + " late.", null, List.of())));
        assertEquals(1, duplicates(
                new ArticleFigures("001.txt", "001.txt", "Cases rose, " + twelve + " on Monday.", null, List.of()),
                new ArticleFigures("002.txt", "002.txt", "Clinics closed, " + twelve + " late.", null, List.of()))
                .size());
    }

    // Inside one article only a repeated sentence counts: photo captions that all end in the same place, date and
    // credit line repeat a formula (the wrong reading reported each caption pair), while a caption printed twice is
    // a slip worth a note.
    @Test
    void insideOneArticleOnlyWholeRepeatedSentencesCount() {
        String tail = "on the flooded main square of Karsk, on March 3, 2024.\n\nPhoto: Northern Press Agency";
        String repeated = "A volunteer carries an elderly man to a boat " + tail;
        String text = "Flood pictures\n" + repeated + "\n\nA dog waits on a car roof " + tail
                + "\n\nChildren wade through the water " + tail + "\n\n" + repeated;

        List<Finding> findings = duplicates(new ArticleFigures("004.txt", "004.txt", text, null, List.of()));

        assertEquals(1, findings.size());
        assertEquals(List.of(repeated, repeated), findings.get(0).refs().stream().map(TextRef::text).toList());
    }

    // Articles too short for one window of words sit between the others: places must still land in the right one.
    @Test
    void shortArticlesBetweenTwoCopiesDoNotShiftThePlaces() {
        String sentence = "The bridge over the eastern canal will stay closed to traffic until engineers finish "
                + "their inspection next month.";

        String last = "Canal\nOfficials said: " + sentence;

        List<Finding> findings = duplicates(
                new ArticleFigures("001.txt", "001.txt", "Bridge\n" + sentence, null, List.of()),
                new ArticleFigures("002.txt", "002.txt", "Short note.", null, List.of()),
                new ArticleFigures("003.txt", "003.txt", "", null, List.of()),
                new ArticleFigures("004.txt", "004.txt", last, null, List.of()));

        int at = last.indexOf(sentence);
        assertEquals(1, findings.size());
        assertEquals(List.of(new TextRef("001.txt", 7, 7 + sentence.length(), sentence),
                new TextRef("004.txt", at, at + sentence.length(), sentence)), findings.get(0).refs());
    }

    @Test
    void periodicTextIsNoPassage() {
        String text = "Chant\n" + "no more war ".repeat(40) + "\nEnd.";

        assertEquals(List.of(), duplicates(new ArticleFigures("005.txt", "005.txt", text, null, List.of())));
    }

    private List<Finding> duplicates(ArticleFigures... articles) {
        return checker.check(List.of(articles), null).stream().filter(f -> f.kind() == FindingKind.DUPLICATE)
                .toList();
    }
}
