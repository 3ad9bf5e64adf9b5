package claimdesk.model;

/** A count with its noun in the right number, for messages people read: "1 claim", "2 claims", "0 files". */
public final class Plural {

    private Plural() {
    }

    /** {@code count} and {@code noun}, with an "s" added unless the count is one. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** For nouns whose plural is not the noun plus "s": {@code of(2, "entry", "entries")}. */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
