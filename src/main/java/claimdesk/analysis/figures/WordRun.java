package claimdesk.analysis.figures;

/**
 * Up to {@link #MAX} consecutive number words from a start offset (plus the first word after them), lower-cased, separated by spaces or a hyphen
 * ("fifty - two", "twenty-one"). Reading stops at any other punctuation, so a number never spans a comma.
 */
final class WordRun {
    static final int MAX = 24;
    final String text;
    final String[] word = new String[MAX];
    final int[] start = new int[MAX];
    final int[] end = new int[MAX];
    final boolean[] hyphenBefore = new boolean[MAX];
    int size;

    WordRun(String text, int from) {
        this.text = text;
        int i = from;
        while (size < MAX && i < text.length()) {
            int j = i;
            boolean hyphen = false;
            if (size > 0) {
                j = Text.skipSpaces(text, i);
                if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '\u2010')) {
                    hyphen = true;
                    j = Text.skipSpaces(text, j + 1);
                }
                if (j == i) {
                    break;
                }
            }
            int e = Text.wordEnd(text, j);
            if (e == j || Text.isDigitAt(text, e)) {
                break;
            }
            word[size] = Text.lower(text, j, e);
            start[size] = j;
            end[size] = e;
            hyphenBefore[size] = hyphen;
            size++;
            i = e;
            if (!WordLexicon.inVocabulary(text, j, e)) {
                break;   // one word past the number is all any rule looks at
            }
        }
    }

    String w(int k) {
        return k < size ? word[k] : "";
    }
}
