package claimdesk.analysis.consistency;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into sentences with offsets. Pure and stateless.
 *
 * <p>Our articles are plain text with one paragraph per line and a blank line between stories (seed 000 is a digest
 * of several stories), so a line break always ends a sentence and a blank line starts a new <em>block</em>: checks
 * that relate neighbouring sentences (sums) never reach across a block. Inside a line a sentence ends at
 * {@code . ! ?} (plus closing quotes or brackets) followed by whitespace and then an upper-case letter, a digit or
 * an opening quote. Decimal points ("40.7") never match because no space follows them; abbreviations followed by a
 * capitalised name ("Mr. Dar") are split wrongly, which only shortens what the checks compare.
 */
final class SentenceSplitter {

    /** One sentence: offsets into the text (end exclusive, trailing whitespace excluded), line and block index. */
    record Sentence(int start, int end, int paragraph, int block) {
    }

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int block = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (text.substring(lineStart, lineEnd).isBlank()) {
                block++;
            } else {
                splitLine(text, lineStart, lineEnd, paragraph, block, sentences);
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void splitLine(String text, int from, int to, int paragraph, int block, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end, to);
                if (next > end && next < to && startsSentence(text.charAt(next))) {
                    out.add(new Sentence(start, end, paragraph, block));
                    start = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraph, block));
        }
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '(';
    }
}
