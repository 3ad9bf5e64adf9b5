package claimdesk.analysis.consistency;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a figure counts, from the event word nearest to it: killed, wounded, displaced, deported... Synonyms fold
 * into one class, so "dead", "died", "deaths" and "death toll" all count {@code kill}, and "expelled", "removed",
 * "returned" and "repatriated" all count {@code deport}: reporters use them for the same people (UNHCR's
 * "returned" and the UN's "expelled" Afghans are one flow). A word outside the lexicon gives no class here; the
 * caller then falls back to the extractor's event ({@link EventLemmas}).
 */
final class CountedWords {

    /** Counts of one incident whose figures, without a stated period, still describe one event. */
    static final Set<String> INCIDENT = Set.of("kill", "wound", "missing", "drown");
    /** Counts that only grow over time: a running total reported lower later is a conflict. */
    static final Set<String> CUMULATIVE = Set.of("kill", "wound", "drown", "deport", "arrive", "cross", "leave",
            "rescue", "register", "detain", "execute", "displace");

    private static final Map<String, String> CLASS = new HashMap<>();
    private static final Map<String, String> LABEL = Map.ofEntries(Map.entry("kill", "killed"),
            Map.entry("wound", "wounded"), Map.entry("missing", "missing"), Map.entry("drown", "drowned"),
            Map.entry("displace", "displaced"), Map.entry("deport", "deported or returned"),
            Map.entry("arrive", "arrived"), Map.entry("register", "registered"), Map.entry("host", "hosted"),
            Map.entry("detain", "detained"), Map.entry("rescue", "rescued"), Map.entry("cross", "crossed"),
            Map.entry("leave", "left"), Map.entry("evacuate", "evacuated"), Map.entry("execute", "executed"),
            Map.entry("relocate", "relocated"));

    static {
        words("kill", "killed", "kill", "kills", "killing", "dead", "died", "die", "dying", "deaths", "death",
                "toll", "fatalities", "perished", "lives");
        words("wound", "wounded", "wounding", "injured", "injuring", "injuries", "hurt");
        words("missing", "missing", "unaccounted");
        words("drown", "drowned", "drowning", "drownings");
        words("displace", "displaced", "fled", "flee", "fleeing", "flees", "uprooted", "displacement");
        words("deport", "deported", "deport", "deporting", "deportation", "deportations", "deportees", "expelled",
                "expel", "expulsion", "expulsions", "removed", "removal", "removals", "returned", "returnees",
                "returns", "repatriated", "repatriation", "repatriations");
        words("arrive", "arrived", "arrive", "arriving", "arrivals", "entered", "landed");
        words("register", "registered", "registration", "registrations");
        words("host", "hosts", "hosted", "hosting", "sheltering", "sheltered");
        words("detain", "detained", "detaining", "detention", "arrested", "arrests", "arrest");
        words("rescue", "rescued", "rescuing", "saved");
        words("cross", "crossed", "crossing", "crossings");
        words("leave", "left", "departed", "departures");
        words("evacuate", "evacuated", "evacuation", "evacuations");
        words("execute", "executed", "executions", "hanged");
        words("relocate", "relocated", "resettled", "relocation", "resettlement");
    }

    private CountedWords() {
    }

    private static void words(String counted, String... forms) {
        for (String form : forms) {
            CLASS.put(form, counted);
        }
    }

    /** The class of one lower-case word, or null. */
    static String of(String word) {
        return CLASS.get(word);
    }

    /** The class of the first lexicon word in {@code text}, or null. */
    static String first(String text) {
        for (String word : Words.of(text)) {
            String counted = CLASS.get(word);
            if (counted != null) {
                return counted;
            }
        }
        return null;
    }

    /** The class of the last lexicon word in {@code text}, or null. */
    static String last(String text) {
        String[] words = Words.of(text);
        for (int i = words.length - 1; i >= 0; i--) {
            String counted = CLASS.get(words[i]);
            if (counted != null) {
                return counted;
            }
        }
        return null;
    }

    /** For messages: "killed", "deported or returned", or the class itself. */
    static String label(String counted) {
        return LABEL.getOrDefault(counted, counted);
    }
}
