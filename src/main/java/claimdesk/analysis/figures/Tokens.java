package claimdesk.analysis.figures;

import claimdesk.model.Span;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words, numbers and punctuation marks of one sentence, with their offsets in the whole text. Numbers keep
 * their grouping and decimal marks ("75,000", "2.6"); a word keeps inner hyphens and apostrophes ("Pul-e",
 * "Iran’s"). Never changed once built; one extraction call shares them among its figures ({@link SentenceCache}).
 */
final class Tokens {

    private final String text;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] lower = new String[32];
    private char[] scratch = new char[32];
    private int size;

    // A hand-written scanner: the equivalent regex took a third of the finder's time.
    Tokens(String text, int from, int to) {
        this.text = text;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c)) {
                i = number(i, to);
            } else if (Character.isLetter(c)) {
                i = word(i, to);
            } else {
                i++;
            }
            add(start, i);
        }
    }

    /** "75,000", "2.6", "1990s", "12-day": digits with inner marks, then glued letters and hyphenated parts. */
    private int number(int i, int to) {
        while (i < to) {
            char d = text.charAt(i);
            if (Character.isDigit(d)) {
                i++;
            } else if ((d == ',' || d == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        while (i < to && Text.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return joined(i, to, "-");
    }

    /** "Pul-e", "Iran’s": letters and digits joined by single hyphens or apostrophes. */
    private int word(int i, int to) {
        while (i < to && Text.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return joined(i, to, "-’'");
    }

    private int joined(int i, int to, String joiners) {
        while (i + 1 < to && joiners.indexOf(text.charAt(i)) >= 0 && Text.isLetterOrDigit(text.charAt(i + 1))) {
            i++;
            while (i < to && Text.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            lower = Arrays.copyOf(lower, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        lower[size] = lowerCase(start, end);
        size++;
    }

    /**
     * The token lower-cased in one pass and one string for ASCII (most tokens), instead of a substring and then
     * its lower-case copy; other tokens go the long way, since full Unicode lower-casing is not per character.
     */
    private String lowerCase(int start, int end) {
        String known = KnownWords.find(text, start, end);
        if (known != null) {
            return known;
        }
        if (end - start > scratch.length) {
            scratch = new char[end - start];
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return text.substring(start, end).toLowerCase(Locale.ROOT);
            }
            scratch[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(scratch, 0, end - start);
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
        if (!isNumber(i) || !isDigitsAndMarks(lower[i])) {
            return false;
        }
        String w = lower[i];
        boolean year = w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
        return !year && !Words.MONTHS.contains(lower(i + 1)) && !Words.MONTHS.contains(lower(i - 1));
    }

    // A plain loop: the stream it replaces allocated on every call, and siblings ask this of many tokens.
    private static boolean isDigitsAndMarks(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Index of the first token starting at or after {@code offset}; {@link #size()} if none. */
    int firstAtOrAfter(int offset) {
        // Binary search: starts ascend, and a long piece of text asks this for each of its many figures.
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Index of the last token ending at or before {@code offset}; -1 if none. */
    int lastEndingAtOrBefore(int offset) {
        // Tokens do not overlap, so ends ascend too.
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }

    /** The text of tokens {@code from} to {@code to} (exclusive) as a span of the whole text. */
    Span span(int from, int to) {
        return Span.of(text, starts[from], ends[to - 1]);
    }
}
