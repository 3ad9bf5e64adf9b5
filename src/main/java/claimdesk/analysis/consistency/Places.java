package claimdesk.analysis.consistency;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small built-in gazetteer: countries, and provinces and cities of the countries wire news on conflict and
 * migration names most, each with the country that contains it. It finds places in a sentence the extractor read
 * no place for, and decides containment between place sets ({@link PlaceSet} codes such as {@code iran+pakistan}):
 * Baghdad lies inside Iraq, Iran inside Iran and Pakistan. A name outside the table is only ever equal to itself.
 */
final class Places {

    /** How two place sets relate. */
    enum Relation { SAME, FIRST_INSIDE, SECOND_INSIDE, DISJOINT }

    private static final Map<String, String> PARENT = new HashMap<>();
    private static final Set<String> COUNTRIES = Set.of("afghanistan", "iran", "pakistan", "iraq", "syria",
            "turkey", "lebanon", "jordan", "yemen", "israel", "gaza", "egypt", "libya", "tunisia", "sudan",
            "south-sudan", "ethiopia", "somalia", "kenya", "uganda", "nigeria", "niger", "mali", "chad", "congo",
            "ukraine", "russia", "poland", "germany", "greece", "italy", "spain", "france", "hungary", "austria",
            "tajikistan", "uzbekistan", "turkmenistan", "india", "bangladesh", "myanmar", "nepal", "china",
            "indonesia", "philippines", "japan", "mexico", "haiti", "venezuela", "colombia", "ecuador", "peru",
            "morocco", "algeria", "bosnia", "serbia", "croatia", "macedonia", "bulgaria", "britain", "usa");
    private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?");

    static {
        country("afghanistan", "kabul", "herat", "kandahar", "nangarhar", "jalalabad", "kunduz", "balkh",
                "mazar-i-sharif", "helmand", "nimruz", "ghazni", "paktia", "khost", "badakhshan", "torkham",
                "islam-qala");
        country("iran", "tehran", "mashhad", "sistan", "baluchestan", "zahedan", "kerman", "isfahan", "shiraz");
        country("pakistan", "islamabad", "karachi", "lahore", "peshawar", "quetta", "balochistan",
                "khyber-pakhtunkhwa", "sindh", "punjab", "chaman");
        country("iraq", "baghdad", "mosul", "basra", "kirkuk", "erbil", "fallujah", "ramadi", "anbar", "tikrit",
                "karbala", "najaf", "diyala", "nineveh", "hilla");
        PARENT.put("sadr-city", "baghdad");
        country("syria", "damascus", "aleppo", "idlib", "homs", "hama", "raqqa", "deir-ez-zor", "daraa", "latakia",
                "kobani", "ghouta");
        country("turkey", "istanbul", "ankara", "gaziantep", "izmir", "hatay", "kilis", "sanliurfa", "adana");
        country("greece", "lesbos", "athens", "chios", "samos", "kos", "idomeni", "piraeus");
        country("italy", "lampedusa", "sicily", "rome", "milan");
        country("lebanon", "beirut", "bekaa");
        country("yemen", "sanaa", "aden", "hodeidah", "taiz");
        country("nigeria", "maiduguri", "borno", "lagos", "abuja");
        country("somalia", "mogadishu");
        country("ukraine", "kyiv", "kharkiv", "donetsk", "luhansk", "odesa", "mariupol");
        country("nepal", "kathmandu", "gorkha");
        country("libya", "tripoli", "benghazi", "misrata");
        country("myanmar", "rakhine", "yangon");
        country("bangladesh", "dhaka", "cox's-bazar");
        country("germany", "berlin", "munich", "bavaria");
        country("hungary", "budapest", "roszke");
        country("jordan", "amman", "zaatari");
        country("egypt", "cairo", "sinai");
        country("israel", "jerusalem", "tel-aviv");
        COUNTRIES.forEach(c -> PARENT.putIfAbsent(c, c));
    }

    private Places() {
    }

    private static void country(String country, String... inside) {
        PARENT.put(country, country);
        for (String place : inside) {
            PARENT.put(place, country);
        }
    }

    /**
     * The place set of the known place names written in {@code text} (capitalised words, so "turkey" the bird and
     * "Chad" the name are read only as written), or null when it names none. Demonyms are not places here:
     * "Afghan migrants in Iran" are counted in Iran.
     */
    static String findIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text.replaceAll("['\u2019]s\\b", ""));
        while (m.find()) {
            String[] words = m.group().toLowerCase(Locale.ROOT).split("\\s+");
            String two = String.join("-", words);
            if (PARENT.containsKey(two)) {
                found.add(two);
                continue;
            }
            // "In Sindh", "Officials Said": a capitalised word before the name is not part of it.
            for (String word : words) {
                if (PARENT.containsKey(word)) {
                    found.add(word);
                }
            }
        }
        // "Kabul, Afghanistan" or "Baghdad's Sadr City": the most specific name says where.
        found.removeIf(place -> found.stream().anyMatch(other -> !other.equals(place) && within(other, place)));
        return found.isEmpty() ? null : String.join("+", found);
    }

    /**
     * The countries of a place set, sorted: {@code iran+pakistan} → iran, pakistan; a name outside the table stands
     * for itself (a split label such as {@code torkham#split-1} too); {@code any} for an unknown place.
     */
    static Set<String> countries(String places) {
        Set<String> countries = new TreeSet<>();
        for (String place : places.split("\\+")) {
            String at = place;
            for (int depth = 0; depth < 4 && PARENT.containsKey(at) && !PARENT.get(at).equals(at); depth++) {
                at = PARENT.get(at);
            }
            countries.add(at);
        }
        return countries;
    }

    /** How place set {@code a} relates to place set {@code b}; names outside the table contain only themselves. */
    static Relation relate(String a, String b) {
        if (a.equals(b)) {
            return Relation.SAME;
        }
        Set<String> first = Set.of(a.split("\\+"));
        Set<String> second = Set.of(b.split("\\+"));
        if (inside(first, second)) {
            return Relation.FIRST_INSIDE;
        }
        return inside(second, first) ? Relation.SECOND_INSIDE : Relation.DISJOINT;
    }

    private static boolean inside(Set<String> inner, Set<String> outer) {
        for (String place : inner) {
            if (outer.stream().noneMatch(o -> o.equals(place) || within(place, o))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code place} lies inside {@code outer} by the table (following parents up to the country). */
    private static boolean within(String place, String outer) {
        String at = PARENT.get(place);
        for (int depth = 0; at != null && depth < 4; depth++) {
            if (at.equals(outer)) {
                return !place.equals(outer);
            }
            String up = PARENT.get(at);
            at = up == null || up.equals(at) ? null : up;
        }
        return false;
    }
}
