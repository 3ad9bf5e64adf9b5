package claimdesk.analysis.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns for one person ("person", "officer", "tourist"): after "one" they make it a count of one victim ("One
 * person was killed"), which the figure engine reads and the consistency check sets beside its story's toll. One
 * list, so the two can never disagree on what a person is.
 */
public final class PersonNouns {
    private static final Set<String> NOUNS = Set.of("person", "man", "woman", "child", "boy", "girl", "officer",
            "individual", "soldier", "policeman", "civilian", "passenger", "student", "worker", "victim",
            "suspect", "resident", "tourist", "pedestrian", "journalist", "firefighter");

    private PersonNouns() {
    }

    /** Whether {@code word} (any case) names one person. */
    public static boolean contains(String word) {
        return NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }
}
