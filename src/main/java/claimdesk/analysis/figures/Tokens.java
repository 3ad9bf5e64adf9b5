package claimdesk.analysis.figures;

import claimdesk.model.Span;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words, numbers and punctuation marks of one sentence, with their offsets in the whole text. Numbers keep
 * their grouping and decimal marks ("75,000", "2.6"); a word keeps inner hyphens and apostrophes ("Pul-e",
 * "Iran’s"). Not thread-safe, but each call of the finder builds its own.
 */
final class Tokens {

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*|[\\p{L}\\p{N}]+(?:[’'\\-][\\p{L}\\p{N}]+)*|\\S");

    private final String text;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] lower = new String[32];
    private int size;

    Tokens(String text, int from, int to) {
        this.text = text;
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                lower = Arrays.copyOf(lower, size * 2);
            }
            starts[size] = m.start();
            ends[size] = m.end();
            lower[size] = m.group().toLowerCase(Locale.ROOT);
            size++;
        }
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The lower-case token, or "" outside the sentence so callers need no bounds checks. */
    String lower(int i) {
        return i >= 0 && i < size ? lower[i] : "";
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && Character.isLetter(text.charAt(starts[i]));
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && Character.isDigit(text.charAt(starts[i]));
    }

    boolean isCapitalised(int i) {
        return i >= 0 && i < size && Character.isUpperCase(text.charAt(starts[i]));
    }

    boolean isPunct(int i, String marks) {
        return i >= 0 && i < size && !isWord(i) && !isNumber(i) && marks.indexOf(text.charAt(starts[i])) >= 0;
    }

    /**
     * True for a number that may be a count: digits with grouping or decimal marks, not a year (1900-2099 written
     * without a comma) and not the day of a date ("5 July", "July 5").
     */
    boolean isCount(int i) {
        if (!isNumber(i) || !lower[i].chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')) {
            return false;
        }
        String w = lower[i];
        boolean year = w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
        return !year && !Words.MONTHS.contains(lower(i + 1)) && !Words.MONTHS.contains(lower(i - 1));
    }

    /** Index of the first token starting at or after {@code offset}; {@link #size()} if none. */
    int firstAtOrAfter(int offset) {
        int i = 0;
        while (i < size && starts[i] < offset) {
            i++;
        }
        return i;
    }

    /** Index of the last token ending at or before {@code offset}; -1 if none. */
    int lastEndingAtOrBefore(int offset) {
        int i = size - 1;
        while (i >= 0 && ends[i] > offset) {
            i--;
        }
        return i;
    }

    /** The text of tokens {@code from} to {@code to} (exclusive) as a span of the whole text. */
    Span span(int from, int to) {
        return Span.of(text, starts[from], ends[to - 1]);
    }
}
