package claimdesk.analysis.consistency;

import claimdesk.analysis.consistency.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "N things:" followed by a list of another length ({@code sum}), as in "three crossings: Islam Qala,
 * Dogharoun, Milak and Torkham". Text based, so it works without extracted figures.
 *
 * <p>The count is a number word (two to twelve) or one or two digits, then up to two words and a plural noun, then a
 * colon; the list runs to the end of the sentence and its items are split at commas, "and" and "or". Only lists
 * of names are counted: every item must start with a capital letter or digit and have at most four words, so a
 * colon followed by clauses ("11 remote interviews: seven with those who ..., and four with ...", seed 003) is left
 * alone. A name that itself contains "and" ("Sistan and Baluchestan") is miscounted as two items; lists without a
 * colon ("such as ...") are not checked.
 */
final class ListCountCheck {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));
    private static final Pattern COUNTED_LIST = Pattern.compile(
            "\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+"
                    + "((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+s)\\s*:\\s*(.+?)[.;]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

    private ListCountCheck() {
    }

    /** A list item we trust to count: a short name ("Islam Qala", "Sar-e Pol"), not a clause. */
    private static boolean isName(String item) {
        char first = item.charAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && PassageText.wordCount(item) <= 4;
    }

    static List<Finding> check(ArticleText article) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence sentence : article.sentences) {
            Matcher m = COUNTED_LIST.matcher(article.textOf(sentence));
            if (!m.find()) {
                continue;
            }
            String number = m.group(1).toLowerCase(Locale.ROOT);
            int stated = WORDS.containsKey(number) ? WORDS.get(number) : Integer.parseInt(number);
            List<String> items = Arrays.stream(ITEM_SEPARATOR.split(m.group(3).strip()))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (items.size() < 2 || items.size() == stated || !items.stream().allMatch(ListCountCheck::isName)) {
                continue;
            }
            int base = sentence.start();
            String listed = items.size() == 2 ? items.get(0) + " and " + items.get(1)
                    : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
            String message = String.format("\"%s %s\" is followed by %d items: %s.", m.group(1), m.group(2),
                    items.size(), listed);
            List<TextRef> refs = List.of(article.ref(base + m.start(1), base + m.end(2)),
                    article.ref(base + m.start(3), base + m.end(3)));
            String noun = m.group(2).toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
            String why = "\u201c" + m.group(1) + " " + m.group(2) + "\u201d announces a list, and the names after the"
                    + " colon in " + article.name() + " count " + items.size() + ".";
            findings.add(new Finding(FindingKind.SUM, message, refs, "list|" + noun, "", "part-of", Confidence.MEDIUM,
                    why));
        }
        return findings;
    }
}
