package claimdesk.analysis.figures;

import java.util.Set;

/**
 * The verbs of a change ("fell from $2,415 to $2,315", "rose sharply from 10.9bn to 11.1bn"): after them, "from X
 * to Y" is a start and an end value, two figures, rather than one range of values.
 */
final class ChangeWords {
    private ChangeWords() {
    }

    private static final Set<String> VERBS = Set.of("rose", "risen", "rise", "rises", "rising", "fell", "fallen",
            "fall", "falls", "falling", "increased", "increase", "increases", "increasing", "decreased", "decrease",
            "decreases", "decreasing", "dropped", "drop", "drops", "dropping", "climbed", "climb", "climbs",
            "climbing", "jumped", "jump", "jumps", "grew", "grown", "grow", "grows", "growing", "declined", "decline",
            "declines", "declining", "slipped", "slid", "surged", "soared", "plunged", "plummeted", "slumped",
            "tumbled", "sank", "cut", "cuts", "raised", "raise", "raises", "lowered", "reduced", "reduce", "revised",
            "went", "gone", "moved", "shrank", "shrunk", "up", "down", "edged", "eased", "dipped", "widened",
            "narrowed", "swelled", "changed", "boosted", "lifted", "trimmed", "doubled", "tripled", "halved",
            "recovered", "rebounded", "advanced", "gained", "lost", "slowed", "accelerated", "upgraded", "downgraded");

    /** Whether {@code word} (lower case) is a verb of change: "rose", "fell", "cut". */
    static boolean isVerb(String word) {
        return VERBS.contains(word);
    }

    /** Whether a change verb comes right before the word "from" at {@code fromStart}, maybe with an adverb between. */
    static boolean beforeFrom(String s, int fromStart) {
        String w = Ranges.previousWord(s, fromStart);
        if (VERBS.contains(w)) {
            return true;
        }
        if (w.length() > 3 && w.endsWith("ly")) {        // "fell sharply from"
            int adverb = Text.wordStartBack(s, Text.skipSpacesBack(s, fromStart));
            return VERBS.contains(Ranges.previousWord(s, adverb));
        }
        return false;
    }
}
