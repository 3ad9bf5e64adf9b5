package claimdesk.analysis.consistency;

import claimdesk.analysis.consistency.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds passages of {@value #MIN_WORDS} words or more that occur more than once, inside one article or across
 * articles ({@code duplicate}, informational): seed 000 repeats its lead, seeds 001 and 002 share paragraphs.
 *
 * <p>Paragraphs (lines) are grouped by their normalised text ({@link PassageText#normalise}; numbers kept, so a copy
 * with a changed figure is not a duplicate but a copy-changed finding). Then sentences are grouped the same way,
 * and a sentence group is reported only if at least one of its occurrences lies outside every repeated paragraph,
 * so a shared paragraph is reported once, not once more per sentence. One finding per group, listing every
 * occurrence, however many articles share it.
 */
final class DuplicatePassages {

    static final int MIN_WORDS = 12;

    private DuplicatePassages() {
    }

    static List<Finding> check(List<ArticleText> articles) {
        Map<String, List<TextRef>> paragraphs = new TreeMap<>();
        Map<String, List<TextRef>> sentences = new TreeMap<>();
        for (ArticleText article : articles) {
            List<Sentence> all = article.sentences;
            for (int i = 0; i < all.size(); i++) {
                int j = i;
                while (j + 1 < all.size() && all.get(j + 1).paragraph() == all.get(i).paragraph()) {
                    j++;
                }
                collect(paragraphs, article.ref(all.get(i).start(), all.get(j).end()));
                // A one-sentence paragraph is already grouped as a paragraph.
                for (int k = i; k <= j && j > i; k++) {
                    collect(sentences, article.ref(all.get(k).start(), all.get(k).end()));
                }
                i = j;
            }
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, List<TextRef>> covered = new HashMap<>();
        report(paragraphs, findings, covered);
        report(sentences, findings, covered);
        return findings;
    }

    private static void collect(Map<String, List<TextRef>> groups, TextRef ref) {
        if (PassageText.wordCount(ref.text()) >= MIN_WORDS) {
            groups.computeIfAbsent(PassageText.normalise(ref.text()), k -> new ArrayList<>()).add(ref);
        }
    }

    /** Reports each group of two or more not wholly inside reported passages; records its occurrences as covered. */
    private static void report(Map<String, List<TextRef>> groups, List<Finding> out,
                               Map<String, List<TextRef>> covered) {
        for (Map.Entry<String, List<TextRef>> group : groups.entrySet()) {
            List<TextRef> refs = new ArrayList<>(group.getValue());
            if (refs.size() < 2 || refs.stream().allMatch(ref -> insideAny(ref, covered))) {
                continue;
            }
            refs.sort(null);
            refs.forEach(ref -> covered.computeIfAbsent(ref.articleKey(), k -> new ArrayList<>()).add(ref));
            String message = String.format("The same passage of %d words appears %d times: %s.",
                    PassageText.wordCount(refs.get(0).text()), refs.size(), where(refs));
            out.add(new Finding(FindingKind.DUPLICATE, message, refs, "passage:" + PassageText.hash(group.getKey()),
                    ""));
        }
    }

    private static boolean insideAny(TextRef ref, Map<String, List<TextRef>> covered) {
        return covered.getOrDefault(ref.articleKey(), List.of()).stream()
                .anyMatch(c -> c.start() <= ref.start() && ref.end() <= c.end());
    }

    /** "001.txt, 002.txt" or "000.txt (2×)": each article once, with its count when above one. */
    static String where(List<TextRef> sortedRefs) {
        Map<String, Integer> counts = new TreeMap<>();
        sortedRefs.forEach(ref -> counts.merge(ref.articleKey(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((key, n) -> parts.add(n == 1 ? key : key + " (" + n + "×)"));
        return String.join(", ", parts);
    }
}
