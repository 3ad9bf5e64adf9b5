package claimdesk.analysis.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one event lexicon of the analysis (resource {@code events.tsv}): the figure engine reads event verbs and
 * nouns with it, and the consistency check folds them into the class it compares. Each written form has a lemma
 * ("were deported" → deport, "injured" → injure) and a measure class with synonyms folded ("death toll", "died",
 * "dead" → kill; "injured", "hurt" → wound; "expelled", "returned", "repatriated" → deport). Words are lower
 * case. Loaded once, on first use; immutable and thread-safe after that.
 */
public final class EventLexicon {

    /** Counts of one incident whose figures, without a stated period, still describe one event. */
    public static final Set<String> INCIDENT = Set.of("kill", "wound", "missing", "drown");
    /** Counts that only grow over time: a running total reported lower later is a conflict. */
    public static final Set<String> CUMULATIVE = Set.of("kill", "wound", "drown", "deport", "arrive", "cross",
            "leave", "rescue", "register", "detain", "execute", "displace", "abduct", "evacuate");
    /** Verbs that introduce an event noun: "sought repatriation". */
    public static final Set<String> LIGHT_VERBS = Set.of("sought", "seek", "seeks", "seeking", "applied",
            "requested");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Map<String, String> LABEL = Map.ofEntries(Map.entry("kill", "killed"),
            Map.entry("wound", "wounded"), Map.entry("missing", "missing"), Map.entry("drown", "drowned"),
            Map.entry("displace", "displaced"), Map.entry("deport", "deported or returned"),
            Map.entry("arrive", "arrived"), Map.entry("register", "registered"), Map.entry("host", "hosted"),
            Map.entry("detain", "detained"), Map.entry("rescue", "rescued"), Map.entry("cross", "crossed"),
            Map.entry("leave", "left"), Map.entry("evacuate", "evacuated"), Map.entry("execute", "executed"),
            Map.entry("relocate", "relocated"), Map.entry("abduct", "abducted"),
            Map.entry("strand", "stranded"));

    private EventLexicon() {
    }

    /** The table, read on first use so that a command that never reads context never pays for it. */
    private static final class Table {
        static final Map<String, String> VERB_LEMMA = new HashMap<>();
        static final Map<String, String> NOUN_LEMMA = new HashMap<>();
        static final Map<String, String> CLASS = new HashMap<>();

        static {
            try (InputStream in = EventLexicon.class.getResourceAsStream("events.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("events.tsv missing from the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    CLASS.putIfAbsent(f[1], f[0]);
                    forms(VERB_LEMMA, f[1], f[2]);
                    forms(NOUN_LEMMA, f[1], f.length > 3 ? f[3] : "");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void forms(Map<String, String> into, String lemma, String forms) {
            for (String form : forms.split(" ")) {
                if (!form.isEmpty()) {
                    into.putIfAbsent(form, lemma);
                }
            }
        }
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
            String lemma = lemmaOf(words[i]);
            if (lemma != null) {
                return lemma;
            }
        }
        return null;
    }

    /** The measure class of one lower-case word ("injured" → wound), or null when it is no event. */
    public static String classOf(String lowerWord) {
        String lemma = lemmaOf(lowerWord);
        return lemma == null ? null : Table.CLASS.get(lemma);
    }

    /**
     * Classes that say how a figure changed ("rose to 70", "fell by 5%"), not what it counts: the figure engine
     * reports them as events, but the counted class of "the toll rose to 70" is still the killed.
     */
    public static final Set<String> CHANGES = Set.of("rise", "fall", "cut");

    /** The class of the first event word in {@code text} (any case) that says what is counted, or null. */
    public static String firstClass(String text) {
        for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            String c = classOf(word);
            if (c != null && !CHANGES.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /** The class of the last event word in {@code text} (any case) that says what is counted, or null. */
    public static String lastClass(String text) {
        String[] words = NON_LETTERS.split(text.toLowerCase(Locale.ROOT));
        for (int i = words.length - 1; i >= 0; i--) {
            String c = classOf(words[i]);
            if (c != null && !CHANGES.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The class of an event span for a measure key: that of its first event word; a word outside the lexicon
     * falls back to a crude stem (-ing, -ed, -ion, -s cut), so identical wording still groups. Null for no word.
     */
    public static String measureClass(String eventText) {
        if (eventText == null) {
            return null;
        }
        String known = firstClass(eventText);
        if (known != null) {
            return known;
        }
        String last = null;
        for (String word : NON_LETTERS.split(eventText.toLowerCase(Locale.ROOT))) {
            last = word.isEmpty() ? last : word;
        }
        return last == null ? null : stem(last);
    }

    /** For messages: "killed", "deported or returned", or the class itself. */
    public static String label(String counted) {
        return LABEL.getOrDefault(counted, counted);
    }

    /**
     * True when some word of {@code eventText} is in the lexicon ("were deported", "sought repatriation", "rose"):
     * only such events may group figures. The figure engine also reports the governing verb of any clause ("urged",
     * "took"), and a verb the lexicon does not fold with its synonyms would split one measure into many.
     */
    public static boolean knows(String eventText) {
        if (eventText == null) {
            return false;
        }
        for (String word : NON_LETTERS.split(eventText.toLowerCase(Locale.ROOT))) {
            if (lemmaOf(word) != null || LIGHT_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when the lower-case word is a verb form of an event ("deported", "left", "injured"). */
    public static boolean isVerb(String lowerWord) {
        return Table.VERB_LEMMA.containsKey(lowerWord);
    }

    /** True when the lower-case word names an event as a noun ("deportations", "deaths", "toll"). */
    public static boolean isNoun(String lowerWord) {
        return Table.NOUN_LEMMA.containsKey(lowerWord);
    }

    /** Every written form the lexicon knows, lower case. */
    public static Set<String> writtenForms() {
        Set<String> forms = new HashSet<>(Table.VERB_LEMMA.keySet());
        forms.addAll(Table.NOUN_LEMMA.keySet());
        forms.addAll(LIGHT_VERBS);
        return forms;
    }

    private static String lemmaOf(String word) {
        String lemma = Table.VERB_LEMMA.get(word);
        return lemma != null ? lemma : Table.NOUN_LEMMA.get(word);
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
