package claimdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gold file of {@link ConsistencyEvaluation} (format in src/test/eval/gold.tsv) and the rule that matches a
 * found finding to a gold line; see that class for the rule in words.
 */
final class EvaluationGold {

    /** Between the first and the last words of a passage in a gold text. */
    static final String PASSAGE = " ... ";
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private EvaluationGold() {
    }

    /** One place a gold figure may be: a file (name without .txt), its text, and which occurrence (from 1). */
    record Place(String file, String text, int occurrence) {
    }

    /** A gold figure: one or more places, any of which will do. */
    record GoldFigure(List<Place> places) {
    }

    record Gold(int line, String run, String kind, boolean required, List<GoldFigure> figures, String note) {

        Set<String> files() {
            Set<String> files = new LinkedHashSet<>();
            figures.forEach(figure -> figure.places().forEach(place -> files.add(place.file())));
            return files;
        }
    }

    /** A finding as {@code check --json} printed it, files named without .txt. */
    record Found(String kind, String message, List<FoundFigure> figures) {

        boolean touches(Set<String> files) {
            return figures.stream().anyMatch(figure -> files.contains(figure.file()));
        }
    }

    record FoundFigure(String file, int start, int end, String text) {
    }

    static List<Gold> read(Path file) throws IOException {
        List<Gold> gold = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 5 || !Set.of("real", "planted").contains(cols[0])
                    || !Set.of("required", "optional").contains(cols[2])) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected run, kind, need, figures, note");
            }
            gold.add(new Gold(i + 1, cols[0], cols[1].toLowerCase(Locale.ROOT), cols[2].equals("required"),
                    figures(cols[3]), cols[4]));
        }
        return gold;
    }

    private static List<GoldFigure> figures(String column) {
        List<GoldFigure> figures = new ArrayList<>();
        for (String slot : column.split(" \\| ")) {
            List<Place> places = new ArrayList<>();
            String file = null;
            int occurrence = 1;
            for (String alternative : slot.split(" ~ ")) {
                String text = alternative;
                int equals = alternative.indexOf('=');
                if (equals > 0) {
                    String[] fileAndIndex = alternative.substring(0, equals).strip().split("#");
                    file = fileAndIndex[0];
                    occurrence = fileAndIndex.length > 1 ? Integer.parseInt(fileAndIndex[1]) : 1;
                    text = alternative.substring(equals + 1);
                }
                if (file == null) {
                    throw new IllegalArgumentException("no file for " + alternative);
                }
                places.add(new Place(file, text.strip(), occurrence));
            }
            figures.add(new GoldFigure(places));
        }
        return figures;
    }

    /** Gold line index to found index. Pairs one to one first, then lets a paired finding cover more lines. */
    static Map<Integer, Integer> match(List<Gold> gold, List<Found> found, Map<String, String> bodies) {
        boolean[][] fits = new boolean[gold.size()][found.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int f = 0; f < found.size(); f++) {
                fits[g][f] = gold.get(g).kind().equals(found.get(f).kind()) && fits(gold.get(g), found.get(f), bodies);
            }
        }
        int[] goldOfFound = new int[found.size()];
        Arrays.fill(goldOfFound, -1);
        for (int g = 0; g < gold.size(); g++) {
            augment(g, fits, goldOfFound, new boolean[found.size()]);
        }
        Map<Integer, Integer> result = new TreeMap<>();
        for (int f = 0; f < found.size(); f++) {
            if (goldOfFound[f] >= 0) {
                result.put(goldOfFound[f], f);
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            for (int f = 0; f < found.size() && !result.containsKey(g); f++) {
                if (fits[g][f] && goldOfFound[f] >= 0) {
                    result.put(g, f);
                }
            }
        }
        return result;
    }

    private static boolean augment(int g, boolean[][] fits, int[] goldOfFound, boolean[] seen) {
        for (int f = 0; f < goldOfFound.length; f++) {
            if (fits[g][f] && !seen[f]) {
                seen[f] = true;
                if (goldOfFound[f] < 0 || augment(goldOfFound[f], fits, goldOfFound, seen)) {
                    goldOfFound[f] = g;
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean fits(Gold gold, Found found, Map<String, String> bodies) {
        boolean passage = gold.kind().equals("duplicate");
        return gold.figures().stream().allMatch(figure -> figure.places().stream().anyMatch(place -> {
            int[] span = locate(place, bodies);
            if (span == null) {
                return false;
            }
            int[] core = passage ? null : core(place.text(), span[0]);
            return found.figures().stream().anyMatch(candidate -> candidate.file().equals(place.file())
                    && candidate.start() < span[1] && span[0] < candidate.end()
                    && (core == null || candidate.start() <= core[0] && core[1] <= candidate.end()));
        }));
    }

    /**
     * [start, end) of the place's occurrence in the stored text, brackets dropped; null if it is not there. A text
     * "first ... last" names a passage: from that occurrence of its first words to the end of the next "last".
     */
    static int[] locate(Place place, Map<String, String> bodies) {
        String body = bodies.get(place.file());
        if (body == null) {
            return null;
        }
        String text = place.text().replace("[", "").replace("]", "");
        int ellipsis = text.indexOf(PASSAGE);
        String first = ellipsis < 0 ? text : text.substring(0, ellipsis);
        int at = -1;
        for (int n = 0; n < place.occurrence(); n++) {
            at = body.indexOf(first, at + 1);
            if (at < 0) {
                return null;
            }
        }
        if (ellipsis < 0) {
            return new int[] {at, at + text.length()};
        }
        String last = text.substring(ellipsis + PASSAGE.length());
        int end = body.indexOf(last, at + first.length());
        return end < 0 ? null : new int[] {at, end + last.length()};
    }

    /** The part of the text a found figure must contain, as a span in the stored text; null for none. */
    private static int[] core(String text, int start) {
        int open = text.indexOf('[');
        int close = text.indexOf(']');
        if (open >= 0 && close > open) {
            return new int[] {start + open, start + close - 1};
        }
        Matcher digits = DIGITS.matcher(text);
        return digits.find() ? new int[] {start + digits.start(), start + digits.end()} : null;
    }

    static boolean resolves(Gold line, Map<String, String> bodies) {
        return line.figures().stream().allMatch(figure -> figure.places().stream()
                .anyMatch(place -> locate(place, bodies) != null));
    }

    /** Fails on a gold figure that is not in its file: a typo there would silently lower recall. */
    static void requirePlaces(List<Gold> gold, Map<String, String> bodies) {
        for (Gold line : gold) {
            if (!resolves(line, bodies)) {
                throw new UncheckedIOException(new IOException("gold line " + line.line() + ": a figure of "
                        + line.figures() + " is not in the corpus"));
            }
        }
    }
}
