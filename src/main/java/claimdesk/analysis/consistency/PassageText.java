package claimdesk.analysis.consistency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text normalisation shared by the passage checks, and the hash they key on. Pure.
 *
 * <p>{@link #normalise} lower-cases, folds curly quotes and dashes to plain ones and collapses whitespace, so a copy
 * that went through another editor still matches. {@link #withPlaceholders} also replaces every number (digits with
 * separators and an optional "million"/"thousand", or a number word) by {@code #}, so two copies of a sentence that
 * differ only in a figure get the same form.
 */
final class PassageText {

    /** A number inside a passage: offsets into the article, and its value as text with thousands separators cut. */
    record NumberToken(int start, int end, String value) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*(?:\\s+(?:million|billion|thousand))?"
            + "|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
            + "|hundreds?|thousands?|millions?|billions?|dozens?)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’`´]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”«»]");
    private static final Pattern DASHES = Pattern.compile("[‐-―]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PassageText() {
    }

    static String normalise(String text) {
        String folded = SINGLE_QUOTES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'");
        folded = DOUBLE_QUOTES.matcher(folded).replaceAll("\"");
        folded = DASHES.matcher(folded).replaceAll("-");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    static String withPlaceholders(String text) {
        return normalise(NUMBER.matcher(text).replaceAll("#"));
    }

    static List<NumberToken> numbers(String text, int from, int to) {
        List<NumberToken> tokens = new ArrayList<>();
        Matcher m = NUMBER.matcher(text).region(from, to);
        while (m.find()) {
            String value = SPACES.matcher(m.group().toLowerCase(Locale.ROOT).replace(",", "")).replaceAll(" ");
            tokens.add(new NumberToken(m.start(), m.end(), value));
        }
        return tokens;
    }

    /** Runs of letters and digits; an apostrophe inside a word keeps it one word ("chief’s", "don't"). */
    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c) || inWord && (c == '\'' || c == '’');
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}: short, stable across runs and JVMs. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
