package claimdesk.analysis.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimdesk.analysis.consistency.SentenceSplitter.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsAtSentenceEndsLineBreaksAndCountsBlocks() {
        String text = "Headline\n\nThey received 40.7 million Afghanis. Of those returned, 1257 moved.\n"
                + "“It continues,” Bijar stated. He said so.\n\nNext story.";

        List<String> sentences = SentenceSplitter.split(text).stream()
                .map(s -> text.substring(s.start(), s.end()) + "/" + s.paragraph() + "/" + s.block()).toList();

        assertEquals(List.of("Headline/0/0", "They received 40.7 million Afghanis./1/1",
                "Of those returned, 1257 moved./1/1", "“It continues,” Bijar stated./2/1", "He said so./2/1",
                "Next story./3/2"), sentences);
    }

    @Test
    void aQuoteClosingASentenceStaysWithIt() {
        String text = "He wrote: “Pull your investments out.” The campaign grew.";

        List<Sentence> sentences = SentenceSplitter.split(text);

        assertEquals("He wrote: “Pull your investments out.”",
                text.substring(sentences.get(0).start(), sentences.get(0).end()));
        assertEquals(2, sentences.size());
    }
}
