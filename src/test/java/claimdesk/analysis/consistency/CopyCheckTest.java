package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyCheckTest {

    /** Paragraphs that seeds 001 and 002 share word for word. */
    private static final String SHARED = """
            Maiwand Alami, head of the Afghan Council in Islamabad, confirmed the arrests and said police have been \
            conducting wide-scale operations across the capital for the past 10 days. He reported that Afghan \
            families are being detained from their residences daily and transferred to Haji Camp, a facility used \
            for holding deportees.
            The crackdown has intensified following changes to Pakistan’s visa policy for Afghan citizens. The \
            duration of visas has been reduced from three or six months to just one month, and the renewal process \
            has been suspended for more than three weeks.
            According to the UN High Commissioner for Refugees (UNHCR), Pakistan deported 286,631 Afghan nationals \
            between 1 April and 15 July.""";

    private final ConsistencyChecker checker = new ConsistencyChecker();

    @Test
    void sharedParagraphsThatAgreeAreNotFlagged() {
        assertEquals(List.of(), copies("Iranian President Urges Stronger Ties.\n" + SHARED,
                "Pezeshkian Open To Visiting Afghanistan.\n\n" + SHARED));
    }

    @Test
    void aFigureChangedInOneCopyIsFlagged() {
        String changed = SHARED.replace("286,631", "268,631");

        List<Finding> findings = copies(SHARED, changed);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals("Copies of the same sentence give \"286,631\" in “001.txt” and \"268,631\" in “002.txt”.",
                finding.message());
        int at = SHARED.indexOf("286,631");
        assertEquals(List.of(new TextRef("001.txt", at, at + 7, "286,631"), new TextRef("002.txt", at, at + 7,
                "268,631")), finding.refs());
    }

    @Test
    void aChangedNumberWordIsFlagged() {
        String changed = SHARED.replace("past 10 days", "past 12 days");

        assertEquals("Copies of the same sentence give \"10\" in “001.txt” and \"12\" in “002.txt”.",
                copies(SHARED, changed).get(0).message());
    }

    @Test
    void aCopyWithAnEditedWordAndAChangedFigureIsANearDuplicate() {
        String changed = SHARED.replace("Afghan Council in Islamabad, confirmed", "Afghan Council in Islamabad, "
                + "announced").replace("past 10 days", "past 11 days");

        List<Finding> findings = copies(SHARED, changed);

        assertEquals(1, findings.size());
        assertEquals(List.of("10", "11"), findings.get(0).refs().stream().map(TextRef::text).toList());
    }

    @Test
    void theSameSentenceTwiceInOneArticleIsComparedToo() {
        String sentence = "Pakistan deported 286,631 Afghan nationals between 1 April and 15 July.";
        String text = sentence + "\nThe ministry repeated the figure later. " + sentence.replace("286,631", "286,361");

        List<Finding> findings = copies(text);

        assertEquals(1, findings.size());
        assertEquals("Copies of the same sentence give \"286,631\" in “001.txt” and \"286,361\" in “001.txt”.",
                findings.get(0).message());
    }

    @Test
    void aSentenceReprintedWidelyGetsAShortMessageAndEveryReference() {
        String sentence = "Pakistan deported 286,631 Afghan nationals between 1 April and 15 July.";
        String[] texts = new String[9];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = i < 5 ? sentence : sentence.replace("286,631", "29" + i + ",631");
        }

        Finding finding = copies(texts).get(0);

        assertEquals("Copies of the same sentence give \"286,631\" in “001.txt”, “002.txt”, “003.txt” and 2 more; "
                + "\"295,631\" in “006.txt”; \"296,631\" in “007.txt” and 2 other versions.", finding.message());
        assertEquals(9, finding.refs().size());
    }

    private List<Finding> copies(String... texts) {
        List<ArticleFigures> articles = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String key = "00" + (i + 1) + ".txt";
            articles.add(new ArticleFigures(key, key, texts[i], null, List.of()));
        }
        return checker.check(articles, null).stream().filter(f -> f.kind() == FindingKind.COPY_CHANGED).toList();
    }
}
