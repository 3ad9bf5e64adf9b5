package claimdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimdesk.bench.EvaluationGold.Found;
import claimdesk.bench.EvaluationGold.FoundFigure;
import claimdesk.bench.EvaluationGold.Gold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationGoldTest {

    private static final Map<String, String> BODIES = Map.of(
            "a", "The toll rose to 70 on Sunday. Eleven of the 36 wounded were Israelis.",
            "b", "The toll climbed to 73 on Monday, officials said.");

    @TempDir
    Path dir;

    @Test
    void matchesAFoundFigureThatHoldsTheGoldNumber() throws IOException {
        List<Gold> gold = gold("real\tupdate\trequired\ta=rose to 70 | b=climbed to 73\ttoll");
        Found found = new Found("update", "", List.of(figure("a", "70"), figure("b", "73 on Monday")));
        assertEquals(Map.of(0, 0), EvaluationGold.match(gold, List.of(found), BODIES));
    }

    @Test
    void rejectsASpanThatOverlapsButMissesTheDigits() throws IOException {
        List<Gold> gold = gold("real\tupdate\trequired\ta=rose to 70 | b=climbed to 73\ttoll");
        Found found = new Found("update", "", List.of(figure("a", "rose to"), figure("b", "73")));
        assertTrue(EvaluationGold.match(gold, List.of(found), BODIES).isEmpty());
    }

    @Test
    void rejectsAnotherKind() throws IOException {
        List<Gold> gold = gold("real\tconflict\trequired\ta=rose to 70 | b=climbed to 73\ttoll");
        Found found = new Found("update", "", List.of(figure("a", "70"), figure("b", "73")));
        assertTrue(EvaluationGold.match(gold, List.of(found), BODIES).isEmpty());
    }

    @Test
    void bracketsNameTheNumberWhenItIsNotTheFirstDigitRun() throws IOException {
        List<Gold> gold = gold("real\tdiffers\trequired\ta=[Eleven] of the 36 wounded\tIsraelis");
        Found on36 = new Found("differs", "", List.of(figure("a", "36")));
        Found onEleven = new Found("differs", "", List.of(figure("a", "Eleven")));
        assertTrue(EvaluationGold.match(gold, List.of(on36), BODIES).isEmpty());
        assertEquals(Map.of(0, 0), EvaluationGold.match(gold, List.of(onEleven), BODIES));
    }

    @Test
    void aGroupFindingCoversTwoLinesButARepeatIsLeftUnmatched() throws IOException {
        List<Gold> gold = gold("real\tupdate\trequired\ta=rose to 70 | b=climbed to 73\tpair",
                "real\tupdate\trequired\ta=70 on Sunday | b=73 on Monday\tsame pair, other words");
        Found group = new Found("update", "", List.of(figure("a", "70"), figure("b", "73")));
        Found repeat = new Found("update", "", List.of(figure("a", "70"), figure("b", "73")));
        Map<Integer, Integer> matched = EvaluationGold.match(gold, List.of(group, repeat), BODIES);
        assertEquals(2, matched.size());
        assertEquals(2, Set.copyOf(matched.values()).size(), "one to one first: both findings are used");
    }

    @Test
    void theNthOccurrenceIsTheOneThatCounts() throws IOException {
        Map<String, String> bodies = Map.of("c", "Lead sentence here. Lead sentence here.");
        List<Gold> gold = gold("real\tduplicate\trequired\tc#1=Lead sentence | c#2=Lead sentence\trepeated lead");
        Found bothCopies = new Found("duplicate", "", List.of(new FoundFigure("c", 0, 19, ""),
                new FoundFigure("c", 20, 39, "")));
        Found firstOnly = new Found("duplicate", "", List.of(new FoundFigure("c", 0, 19, "")));
        assertEquals(1, EvaluationGold.match(gold, List.of(bothCopies), bodies).size());
        assertTrue(EvaluationGold.match(gold, List.of(firstOnly), bodies).isEmpty());
    }

    @Test
    void aPassageRunsFromItsFirstWordsToItsLast() throws IOException {
        List<Gold> gold = gold("real\tduplicate\trequired\tb=The toll ... said\tpassage");
        Found onTheTail = new Found("duplicate", "", List.of(new FoundFigure("b", 35, 49, "officials said")));
        Found pastTheEnd = new Found("duplicate", "", List.of(new FoundFigure("b", 49, 50, ".")));
        assertEquals(Map.of(0, 0), EvaluationGold.match(gold, List.of(onTheTail), BODIES));
        assertTrue(EvaluationGold.match(gold, List.of(pastTheEnd), BODIES).isEmpty());
    }

    @Test
    void thePlantedRunReadsRealLinesUnderThePlantedName() throws IOException {
        List<Gold> gold = gold("real\tupdate\trequired\ta=rose to 70 | b=climbed to 73\ttoll",
                "planted\tconflict\trequired\ta-planted=71 | b=73\tplanted");
        List<Gold> planted = ConsistencyEvaluation.plantedRunGold(gold, Set.of("a-planted"));
        assertEquals("a-planted", planted.get(0).figures().get(0).places().get(0).file());
        assertEquals("b", planted.get(0).figures().get(1).places().get(0).file());
        assertFalse(planted.get(0).required(), "the real run scored it already");
        assertTrue(planted.get(1).required());
    }

    @Test
    void storedTextDropsFrontMatterAsTheImporterDoes() {
        String raw = "\uFEFF---\r\ndate: 2016-02-09\r\ntitle: T\r\n---\r\nBody, 4 dead.\r\n";
        assertEquals("Body, 4 dead.", ConsistencyEvaluation.storedText(raw));
    }

    private static FoundFigure figure(String file, String text) {
        int start = BODIES.get(file).indexOf(text);
        return new FoundFigure(file, start, start + text.length(), text);
    }

    private List<Gold> gold(String... lines) throws IOException {
        Path file = dir.resolve("gold.tsv");
        Files.writeString(file, "# comment\n" + String.join("\n", lines) + "\n");
        return EvaluationGold.read(file);
    }
}
