package claimdesk.analysis.consistency;

import claimdesk.analysis.lexicon.Gazetteer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Normalises a place span to a sorted set of place names joined by "+": "from Iran and Pakistan" and "Pakistan
 * and Iran" both become {@code iran+pakistan}; "Iran's eastern borders" becomes {@code iran}. Names are split at
 * "and", "&amp;" and commas; function words and geographic filler (border, crossing, province, eastern...) are
 * dropped; demonyms map to their country (Iranian → iran) and known names to their {@link Gazetteer} key. Multi-word names keep their words joined by "-"
 * ("Islam Qala" → {@code islam-qala}). A set means the same thing only when it is equal: Iran alone is not compared
 * with Iran and Pakistan together, because a part being smaller than its whole is no contradiction.
 */
final class PlaceSet {

    private static final Set<String> FILLER = Set.of("the", "from", "to", "in", "into", "at", "via", "through",
            "of", "across", "out", "border", "borders", "crossing", "crossings", "point", "points", "province",
            "provinces", "eastern", "western", "northern", "southern", "country", "region", "s");

    private static final Pattern NAME_SEPARATOR = Pattern.compile(",|&|\\band\\b");

    private PlaceSet() {
    }

    static String normalise(String placeText) {
        Set<String> names = new TreeSet<>();
        for (String part : NAME_SEPARATOR.split(placeText.toLowerCase(Locale.ROOT))) {
            StringBuilder name = new StringBuilder();
            for (String word : Words.of(part)) {
                if (word.isEmpty() || FILLER.contains(word)) {
                    continue;
                }
                if (name.length() > 0) {
                    name.append('-');
                }
                String country = Gazetteer.countryOfDemonym(word);
                name.append(country == null ? word : country);
            }
            if (name.length() > 0) {
                // "United States", "U.S." and "US" are one place: the gazetteer's key where it knows the name.
                String key = Gazetteer.keyOf(name.toString().replace('-', ' '));
                names.add(key == null ? name.toString() : key);
            }
        }
        return String.join("+", names);
    }
}
