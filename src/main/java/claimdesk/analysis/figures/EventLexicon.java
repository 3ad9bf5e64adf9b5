package claimdesk.analysis.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The events figures in migration reporting count, with their written forms. {@link #lemma(String)} gives the
 * key the consistency checker groups by, so "were deported", "deportations" and "deport" all read "deport".
 * Immutable and thread-safe.
 */
public final class EventLexicon {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private static final Map<String, String> VERBS = new HashMap<>();
    private static final Map<String, String> NOUNS = new HashMap<>();

    static {
        verbs("deport", "deport", "deports", "deported", "deporting");
        verbs("expel", "expel", "expels", "expelled", "expelling");
        verbs("return", "return", "returned", "returning");
        verbs("leave", "leave", "leaves", "left", "leaving");
        verbs("cross", "cross", "crosses", "crossed", "crossing");
        verbs("enter", "enter", "enters", "entered", "entering");
        verbs("flee", "flee", "flees", "fled", "fleeing");
        verbs("repatriate", "repatriate", "repatriates", "repatriated", "repatriating");
        verbs("register", "register", "registers", "registered", "registering");
        verbs("arrest", "arrest", "arrested", "arresting");
        verbs("detain", "detain", "detains", "detained", "detaining");
        verbs("relocate", "relocate", "relocated", "relocating");
        verbs("remove", "remove", "removed", "removing");
        verbs("kill", "kill", "killed", "killing");
        verbs("displace", "displace", "displaced");
        verbs("move", "moved");
        verbs("arrive", "arrive", "arrived", "arriving");
        verbs("depart", "depart", "departed");
        verbs("receive", "received");
        verbs("execute", "executed");
        verbs("resettle", "resettle", "resettled", "resettling");
        verbs("evict", "evict", "evicted", "evicting");
        verbs("transfer", "transferred", "transferring");
        verbs("release", "released");
        verbs("apprehend", "apprehended");
        nouns("deport", "deportation", "deportations");
        nouns("expel", "expulsion", "expulsions");
        nouns("return", "returns");
        nouns("repatriate", "repatriation", "repatriations");
        nouns("register", "registration", "registrations");
        nouns("arrest", "arrests");
        nouns("detain", "detention", "detentions");
        nouns("relocate", "relocation", "relocations");
        nouns("remove", "removal", "removals");
        nouns("kill", "killings");
        nouns("arrive", "arrival", "arrivals");
        nouns("depart", "departure", "departures");
        nouns("cross", "crossings");
        nouns("resettle", "resettlement", "resettlements");
        nouns("evict", "eviction", "evictions");
    }

    /** Verbs that introduce an event noun: "sought repatriation". */
    static final Set<String> LIGHT_VERBS = Set.of("sought", "seek", "seeks", "seeking", "applied", "requested");

    private EventLexicon() {
    }

    /**
     * The lemma of an event as written ("were deported" gives "deport", "sought repatriation" gives
     * "repatriate"), read from the last word that is an event; null when no word is.
     */
    public static String lemma(String eventText) {
        if (eventText == null) {
            return null;
        }
        String[] words = NON_LETTERS.split(eventText.toLowerCase(Locale.ROOT));
        for (int i = words.length - 1; i >= 0; i--) {
            String lemma = VERBS.getOrDefault(words[i], NOUNS.get(words[i]));
            if (lemma != null) {
                return lemma;
            }
        }
        return null;
    }

    /** Every written form the lexicon knows, lower case. */
    static Set<String> writtenForms() {
        Set<String> forms = new HashSet<>(VERBS.keySet());
        forms.addAll(NOUNS.keySet());
        forms.addAll(LIGHT_VERBS);
        return forms;
    }

    /** True when the lower-case word is a verb form of an event ("deported", "left"). */
    static boolean isVerb(String lowerWord) {
        return VERBS.containsKey(lowerWord);
    }

    /** True when the lower-case word names an event as a noun ("deportations", "returns"). */
    static boolean isNoun(String lowerWord) {
        return NOUNS.containsKey(lowerWord);
    }

    private static void verbs(String lemma, String... forms) {
        for (String form : forms) {
            VERBS.put(form, lemma);
        }
    }

    private static void nouns(String lemma, String... forms) {
        for (String form : forms) {
            NOUNS.put(form, lemma);
        }
    }
}
