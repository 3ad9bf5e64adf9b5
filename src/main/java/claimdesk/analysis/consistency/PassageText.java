package claimdesk.analysis.consistency;

import claimdesk.model.Sha256;
import java.nio.charset.StandardCharsets;
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

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PassageText() {
    }

    /** One pass over the text: every sentence and paragraph of every article goes through here. */
    static String normalise(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    static char fold(char c) {
        return switch (c) {
            case '‘', '’', '`', '´' -> '\'';
            case '“', '”', '«', '»' -> '"';
            case '‐', '‑', '‒', '–', '—', '―' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    /** The placeholder form of {@code text[from, to)}, whose numbers {@code tokens} were found by {@link #numbers}. */
    static String withPlaceholders(String text, int from, int to, List<NumberToken> tokens) {
        StringBuilder replaced = new StringBuilder(to - from);
        int at = from;
        for (NumberToken token : tokens) {
            replaced.append(text, at, token.start()).append('#');
            at = token.end();
        }
        return normalise(replaced.append(text, at, to));
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
        return HexFormat.of().formatHex(Sha256.of(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }
}
