package claimdesk.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The held-out sentences and the gold files of {@link FigureEvaluation}, read and checked as
 * src/test/eval/figures/GOLD-FORMAT.md describes them. Every problem is refused with its file and line, since a
 * typo in a gold line would otherwise only show up as a lower score.
 */
final class FigureGold {

    static final List<String> KINDS = List.of("count", "percent", "proportion", "money", "measure", "rate");
    static final List<String> FIELDS = List.of("subject", "event", "place", "period", "source");
    static final String NOT_STATED = "-";
    private static final Set<String> FLAGS = Set.of("optional", "approx");
    private static final int COLUMNS = 17;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(/\\d+(\\.\\d+)?)?");

    private FigureGold() {
    }

    /** One line of sentences.tsv. */
    record Sentence(String id, String set, String sha, String text) {
    }

    /**
     * A gold figure. {@code start}/{@code end} locate the span's {@code occ}-th occurrence in the sentence; a null
     * {@code low} or {@code high} is an open end. {@code context} holds the five {@link #FIELDS} as written
     * ({@code "-"} for not stated, alternatives separated by {@code |}); currency, unit and per are "" when empty.
     */
    record GoldFigure(String where, String id, String span, int occ, int start, int end, String kind,
            BigDecimal low, BigDecimal high, String currency, String unit, String per, List<String> context,
            boolean optional, boolean approx) {
    }

    /**
     * The gold of every annotated sentence (an empty list for a sentence with no figure), in sentence order, and the
     * sentences inside a gold file's range (its first to its last annotated sentence) that no file annotates.
     */
    record Gold(Map<String, List<GoldFigure>> figures, List<String> notAnnotated) {
    }

    static List<Sentence> readSentences(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            String where = file + ":" + (i + 1);
            if (cols.length != 5) {
                throw new IllegalArgumentException(where + ": expected id, set, sha, source path, sentence");
            }
            if (!sha(cols[4]).equals(cols[2])) {
                throw new IllegalArgumentException(where + ": sha " + cols[2] + " is not the sentence's (" + sha(cols[4])
                        + "); rebuild the sentences");
            }
            sentences.add(new Sentence(cols[0], cols[1], cols[2], cols[4]));
        }
        return sentences;
    }

    static Gold read(List<Sentence> sentences, List<Path> files) throws IOException {
        Map<String, Sentence> byId = new LinkedHashMap<>();
        sentences.forEach(sentence -> byId.put(sentence.id(), sentence));
        List<String> ids = List.copyOf(byId.keySet());
        Map<String, List<GoldFigure>> figures = new LinkedHashMap<>();
        Map<String, String> firstLine = new LinkedHashMap<>();
        boolean[] inRange = new boolean[ids.size()];
        for (Path file : files) {
            int first = Integer.MAX_VALUE;
            int last = -1;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
                    continue;
                }
                String where = file.getFileName() + ":" + (i + 1);
                String[] cols = lines.get(i).split("\t", -1);
                if (cols.length < 3) {
                    throw new IllegalArgumentException(where + ": " + cols.length + " columns; a line has at least "
                            + "id, sha and span ('-' for no figure)");
                }
                Sentence sentence = byId.get(cols[0]);
                if (sentence == null) {
                    throw new IllegalArgumentException(where + ": no sentence " + cols[0]);
                }
                if (!cols[1].equals(sentence.sha())) {
                    throw new IllegalArgumentException(where + ": sha " + cols[1] + " differs from " + sentence.id()
                            + "'s " + sentence.sha());
                }
                GoldFigure figure = cols[2].equals(NOT_STATED) ? none(where, cols) : figure(where, cols, sentence);
                String earlier = firstLine.putIfAbsent(sentence.id(), where);
                if (earlier != null && !earlier.startsWith(file.getFileName() + ":")) {
                    throw new IllegalArgumentException(where + ": " + sentence.id() + " is annotated in " + earlier
                            + " too; score one annotator's file at a time");
                }
                List<GoldFigure> list = figures.get(sentence.id());
                if (earlier != null && (figure == null || list == null)) {
                    throw new IllegalArgumentException(where + ": " + sentence.id() + " has a '-' line (no figure) "
                            + "and other lines (first at " + earlier + ")");
                }
                if (figure == null) {
                    figures.put(sentence.id(), null);
                } else {
                    figures.computeIfAbsent(sentence.id(), id -> new ArrayList<>()).add(figure);
                }
                first = Math.min(first, ids.indexOf(sentence.id()));
                last = Math.max(last, ids.indexOf(sentence.id()));
            }
            for (int n = first; n <= last; n++) {
                inRange[n] = true;
            }
        }
        Map<String, List<GoldFigure>> ordered = new LinkedHashMap<>();
        List<String> notAnnotated = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            if (figures.containsKey(ids.get(n))) {
                List<GoldFigure> list = figures.get(ids.get(n));
                ordered.put(ids.get(n), list == null ? List.of() : List.copyOf(list));
            } else if (inRange[n]) {
                notAnnotated.add(ids.get(n));
            }
        }
        return new Gold(ordered, notAnnotated);
    }

    /** A "no figure" line: id, sha, '-', and nothing else but perhaps a note. */
    private static GoldFigure none(String where, String[] cols) {
        boolean empty = cols.length <= COLUMNS;
        for (int c = 3; c < Math.min(cols.length, COLUMNS - 1); c++) {
            empty &= cols[c].isBlank();
        }
        if (!empty) {
            throw new IllegalArgumentException(where + ": a '-' line (no figure) leaves the other columns empty");
        }
        return null;
    }

    private static GoldFigure figure(String where, String[] cols, Sentence sentence) {
        // The note is the last column, so an editor that strips trailing tabs may drop it.
        if (cols.length != COLUMNS && cols.length != COLUMNS - 1) {
            throw new IllegalArgumentException(where + ": " + cols.length + " columns, expected " + COLUMNS
                    + " (id sha span occ kind low high currency unit per subject event place period source flags "
                    + "note)");
        }
        String span = cols[2];
        int occ = cols[3].isBlank() ? 1 : positive(where, cols[3]);
        int start = -1;
        for (int n = 0; n < occ; n++) {
            start = sentence.text().indexOf(span, start + 1);
            if (start < 0) {
                throw new IllegalArgumentException(where + ": span '" + span + "' does not occur " + occ
                        + (occ == 1 ? " time" : " times") + " in " + sentence.id());
            }
        }
        String kind = cols[4].strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(where + ": kind '" + cols[4] + "' is not one of " + KINDS);
        }
        BigDecimal low = number(where, "low", cols[5]);
        BigDecimal high = number(where, "high", cols[6]);
        if (low == null && high == null) {
            throw new IllegalArgumentException(where + ": low and high are both empty");
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException(where + ": low " + cols[5] + " is above high " + cols[6]);
        }
        List<String> context = new ArrayList<>();
        for (int c = 10; c < 15; c++) {
            if (cols[c].isBlank()) {
                throw new IllegalArgumentException(where + ": " + FIELDS.get(c - 10) + " is empty; write '-' "
                        + "when the sentence does not state it");
            }
            context.add(cols[c].strip());
        }
        boolean optional = false;
        boolean approx = false;
        for (String flag : cols[15].strip().split("[,\\s]+")) {
            if (!flag.isEmpty() && !FLAGS.contains(flag)) {
                throw new IllegalArgumentException(where + ": unknown flag '" + flag + "' (optional, approx)");
            }
            optional |= flag.equals("optional");
            approx |= flag.equals("approx");
        }
        return new GoldFigure(where, sentence.id(), span, occ, start, start + span.length(), kind, low, high,
                cols[7].strip().toUpperCase(Locale.ROOT), cols[8].strip(), cols[9].strip(), List.copyOf(context),
                optional, approx);
    }

    private static int positive(String where, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException(where + ": occ '" + text + "' is not a positive whole number");
    }

    /** A plain decimal or a fraction a/b; null for an empty (open) end. */
    static BigDecimal number(String where, String name, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": " + name + " '" + text + "' is not a plain decimal or a/b");
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return new BigDecimal(value);
        }
        BigDecimal denominator = new BigDecimal(value.substring(slash + 1));
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException(where + ": " + name + " '" + text + "' divides by zero");
        }
        return new BigDecimal(value.substring(0, slash)).divide(denominator, MathContext.DECIMAL64);
    }

    /** The first 8 hex digits of the SHA-1 of the sentence's UTF-8 bytes, as select_sentences.py writes them. */
    static String sha(String sentence) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(sentence.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
