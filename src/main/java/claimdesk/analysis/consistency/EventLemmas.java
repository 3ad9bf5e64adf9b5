package claimdesk.analysis.consistency;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the words of an event span ("have been forcibly deported", "expulsions", "returnees") into the event part
 * of a measure key. Pure; the lexicon is small on purpose and covers the verbs of migration reporting.
 *
 * <p>Two steps. First a lemma: deported/deportation/deport → deport, expelled/expulsion → expel,
 * returned/returns/returnees → return, and so on. Then the measure class that decides what counts as "the same
 * event": expel and remove count as deport, because reporters use them interchangeably for forced removal (UNHCR's
 * "deported" 1.2 million and the UN's "expelled" 2.6 million describe one measure); repatriate counts as return;
 * a return said to be forced ("forcibly returned", "forced returns") counts as deport. Leave, cross, enter, flee,
 * register, detain and arrest stay apart: voluntary departures, crossings and registrations are different measures
 * (seed 003's "2.6 million expelled" and "2.6 million registered" must never meet). A word outside the lexicon
 * falls back to a crude stem (-ing, -ed, -ion, -s cut), so identical wording still groups.
 */
final class EventLemmas {

    private static final Map<String, String> LEMMAS = new HashMap<>();
    private static final Map<String, String> CLASSES = Map.of("expel", "deport", "remove", "deport",
            "repatriate", "return");

    static {
        forms("deport", "deport", "deports", "deported", "deporting", "deportation", "deportations", "deportee",
                "deportees");
        forms("expel", "expel", "expels", "expelled", "expelling", "expulsion", "expulsions");
        forms("remove", "remove", "removes", "removed", "removing", "removal", "removals");
        forms("return", "return", "returns", "returned", "returning", "returnee", "returnees");
        forms("repatriate", "repatriate", "repatriates", "repatriated", "repatriating", "repatriation",
                "repatriations");
        forms("leave", "leave", "leaves", "left", "leaving", "departed", "departure", "departures");
        forms("cross", "cross", "crosses", "crossed", "crossing", "crossings");
        forms("enter", "enter", "enters", "entered", "entering", "entry", "entries", "arrived", "arrivals");
        forms("flee", "flee", "flees", "fled", "fleeing");
        forms("register", "register", "registers", "registered", "registering", "registration", "registrations");
        forms("detain", "detain", "detains", "detained", "detaining", "detention", "detentions");
        forms("arrest", "arrest", "arrests", "arrested", "arresting");
        forms("relocate", "relocate", "relocated", "relocation", "resettled", "resettlement");
        forms("kill", "kill", "kills", "killed", "killing", "killings", "died", "deaths", "dead");
    }

    private EventLemmas() {
    }

    private static void forms(String lemma, String... forms) {
        for (String form : forms) {
            LEMMAS.put(form, lemma);
        }
    }

    /** The lemma of the first lexicon word in {@code eventText}, else the stem of its last word; null if no word. */
    static String lemma(String eventText) {
        String[] words = Words.of(eventText);
        String last = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String lemma = LEMMAS.get(word);
            if (lemma != null) {
                return lemma;
            }
            last = word;
        }
        return last == null ? null : stem(last);
    }

    /** The measure class of {@code eventText} (see the type comment), or null when it has no word. */
    static String measureClass(String eventText) {
        String lemma = lemma(eventText);
        if (lemma == null) {
            return null;
        }
        if (lemma.equals("return") && eventText.toLowerCase(Locale.ROOT).contains("forc")) {
            return "deport";
        }
        return CLASSES.getOrDefault(lemma, lemma);
    }

    private static String stem(String word) {
        for (String suffix : new String[] {"ing", "ed", "ion", "s"}) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
