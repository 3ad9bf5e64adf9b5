package claimdesk.analysis.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries, their first-level divisions and their main cities, with containment and demonyms (resource
 * {@code gazetteer.tsv}, built from GeoNames by {@code packaging/gazetteer/build_gazetteer.py}; see NOTICE).
 * A place is named by a key: lower case, words joined by "-" ({@code sadr-city}, {@code iraq}); a name that two
 * places share goes to the first in the file (countries, then provinces, then cities by population), the other
 * key carries a country suffix ({@code punjab~pk}). Sadr City lies inside Baghdad, inside Iraq.
 *
 * <p>Immutable data, read once on first use (about 9,000 places; start-up of commands that never read context
 * does not pay for it). Thread-safe.
 */
public final class Gazetteer {

    /** A place name found in a text: its key and its character range. */
    public record Match(String key, int start, int end) {
    }

    private static final int MAX_DEPTH = 6;
    private static final int MAX_NAME_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+\\.?|\\p{L}[\\p{L}'’-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private Gazetteer() {
    }

    private static final class Table {
        static final Map<String, String> PARENT = new HashMap<>();
        static final Map<String, String> BY_NAME = new HashMap<>();
        static final Map<String, String> BY_DEMONYM = new HashMap<>();

        static {
            try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer.tsv missing from the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isEmpty() && line.charAt(0) != '#') {
                        add(line.split("\t", -1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void add(String[] f) {
            PARENT.put(f[0], f[1]);
            for (String name : f[2].split("\\|")) {
                if (!name.isEmpty()) {
                    BY_NAME.putIfAbsent(name, f[0]);
                }
            }
            if (f.length > 3) {
                for (String demonym : f[3].split("\\|")) {
                    if (!demonym.isEmpty()) {
                        BY_DEMONYM.putIfAbsent(demonym, f[0]);
                    }
                }
            }
        }
    }

    /** The key of a place name as written (any case, "’s" dropped), or null when the table has none. */
    public static String keyOf(String name) {
        String lower = POSSESSIVE.matcher(name.strip()).replaceFirst("").toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        String key = Table.BY_NAME.get(lower);
        if (key == null && lower.endsWith(".")) {
            key = Table.BY_NAME.get(lower.substring(0, lower.length() - 1));
        }
        return key;
    }

    /** True when {@code key} names a place of the table. */
    public static boolean isPlace(String key) {
        return Table.PARENT.containsKey(key);
    }

    /** The country of a demonym ("Afghan", "Syrians", "Iranian") as its key, or null. */
    public static String countryOfDemonym(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String key = Table.BY_DEMONYM.get(lower);
        if (key == null && lower.endsWith("s")) {
            key = Table.BY_DEMONYM.get(lower.substring(0, lower.length() - 1));
        }
        return key;
    }

    /** The country {@code key} lies in (itself for a country); {@code key} itself when it is not in the table. */
    public static String countryOf(String key) {
        String at = key;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String up = Table.PARENT.get(at);
            if (up == null || up.isEmpty()) {
                return at;
            }
            at = up;
        }
        return at;
    }

    /** Whether {@code place} lies strictly inside {@code outer} (following parents up to the country). */
    public static boolean within(String place, String outer) {
        String at = Table.PARENT.get(place);
        for (int depth = 0; at != null && !at.isEmpty() && depth < MAX_DEPTH; depth++) {
            if (at.equals(outer)) {
                return !place.equals(outer);
            }
            at = Table.PARENT.get(at);
        }
        return false;
    }

    /**
     * The place names written in {@code text}, left to right, longest first where names overlap ("Sadr City",
     * not "Sadr"). A name counts only as written with capitals ("turkey" the bird and "us" the pronoun are no
     * places), and a name of one or two letters only in capitals ("US", "UK").
     */
    public static List<Match> findIn(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isUpperCase(text.charAt(words.get(i)[0]))) {
                continue;
            }
            for (int n = Math.min(MAX_NAME_WORDS, words.size() - i); n >= 1; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String written = text.substring(start, end);
                if (!Character.isUpperCase(text.charAt(words.get(i + n - 1)[0])) && n > 1
                        || written.indexOf('\n') >= 0 || !isNameShape(written)) {
                    continue;
                }
                String key = keyOf(written.replaceAll("\\s+", " "));
                // "German" is also a parish of the Isle of Man: a word that is a demonym is read as one.
                String demonymOf = n == 1 ? countryOfDemonym(written) : null;
                if (key != null && demonymOf != null && !key.equals(demonymOf)) {
                    key = null;
                }
                if (key != null) {
                    found.add(new Match(key, start, end));
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** Short names ("US", "UK") must be written in capitals; "Us" opening a title is the pronoun. */
    private static boolean isNameShape(String written) {
        String letters = written.replaceAll("[^\\p{L}]", "");
        return letters.length() > 2 || letters.equals(letters.toUpperCase(Locale.ROOT));
    }
}
