package claimdesk.analysis.consistency;

import claimdesk.analysis.lexicon.Gazetteer;
import java.util.Set;
import java.util.TreeSet;

/**
 * Place sets ({@link PlaceSet} codes such as {@code iran+pakistan}) read against the {@link Gazetteer}: it finds
 * places in a sentence the extractor read no place for, and decides containment between place sets: Baghdad lies
 * inside Iraq, Iran inside Iran and Pakistan. A name outside the gazetteer is only ever equal to itself.
 */
final class Places {

    /** How two place sets relate. */
    enum Relation { SAME, FIRST_INSIDE, SECOND_INSIDE, DISJOINT }

    private Places() {
    }

    /**
     * The place set of the gazetteer's place names written in {@code text} (capitalised, so "turkey" the bird is
     * no place), or null when it names none. Demonyms are not places here: "Afghan migrants in Iran" are counted
     * in Iran.
     */
    static String findIn(String text) {
        Set<String> found = new TreeSet<>();
        for (Gazetteer.Match m : Gazetteer.findIn(text)) {
            found.add(m.key());
        }
        // "Kabul, Afghanistan" or "Baghdad's Sadr City": the most specific name says where.
        found.removeIf(place -> found.stream().anyMatch(other -> !other.equals(place)
                && Gazetteer.within(other, place)));
        return found.isEmpty() ? null : String.join("+", found);
    }

    /**
     * The countries of a place set, sorted: {@code iran+pakistan} → iran, pakistan; a name outside the table stands
     * for itself (a split label such as {@code torkham#split-1} too); {@code any} for an unknown place.
     */
    static Set<String> countries(String places) {
        Set<String> countries = new TreeSet<>();
        for (String place : places.split("\\+")) {
            countries.add(Gazetteer.countryOf(place));
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
            if (outer.stream().noneMatch(o -> o.equals(place) || Gazetteer.within(place, o))) {
                return false;
            }
        }
        return true;
    }
}
