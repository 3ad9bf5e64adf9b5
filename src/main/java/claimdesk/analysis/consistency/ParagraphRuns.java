package claimdesk.analysis.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins groups of repeated paragraphs into runs: group B continues group A when B has as many copies as A and each
 * copy of B is the paragraph right after a copy of A in the same article. A run becomes one passage per copy, from
 * its first paragraph's start to its last paragraph's end. Linear in the number of paragraph copies.
 */
final class ParagraphRuns {

    /** One copy of a repeated paragraph: its article, its index among the article's non-blank lines, its text. */
    record Occurrence(ArticleText article, int index, TextRef ref) {
    }

    private static final Comparator<Occurrence> BY_PLACE = Comparator
            .comparing((Occurrence o) -> o.article().key()).thenComparingInt(Occurrence::index);

    private ParagraphRuns() {
    }

    /** {@code groups}: each the copies of one paragraph text, two or more; a paragraph is in at most one group. */
    static List<List<TextRef>> join(List<List<Occurrence>> groups) {
        List<List<Occurrence>> sorted = new ArrayList<>();
        Map<String, Integer> groupAt = new HashMap<>();
        for (List<Occurrence> group : groups) {
            List<Occurrence> copies = new ArrayList<>(group);
            copies.sort(BY_PLACE);
            for (Occurrence copy : copies) {
                groupAt.put(place(copy.article(), copy.index()), sorted.size());
            }
            sorted.add(copies);
        }
        List<List<TextRef>> runs = new ArrayList<>();
        for (int g = 0; g < sorted.size(); g++) {
            Occurrence first = sorted.get(g).get(0);
            if (continues(sorted, groupAt.get(place(first.article(), first.index() - 1)), g)) {
                continue;
            }
            List<Integer> chain = new ArrayList<>(List.of(g));
            while (true) {
                Occurrence head = sorted.get(chain.get(chain.size() - 1)).get(0);
                Integer next = groupAt.get(place(head.article(), head.index() + 1));
                if (!continues(sorted, chain.get(chain.size() - 1), next)) {
                    break;
                }
                chain.add(next);
            }
            runs.add(merge(sorted.get(chain.get(0)), sorted.get(chain.get(chain.size() - 1))));
        }
        return runs;
    }

    private static String place(ArticleText article, int index) {
        return article.key() + '\u0000' + index;
    }

    /** True when group {@code next} follows group {@code prev} copy by copy. */
    private static boolean continues(List<List<Occurrence>> groups, Integer prev, Integer next) {
        if (prev == null || next == null || prev.equals(next)) {
            return false;
        }
        List<Occurrence> before = groups.get(prev);
        List<Occurrence> after = groups.get(next);
        if (before.size() != after.size()) {
            return false;
        }
        for (int k = 0; k < before.size(); k++) {
            if (before.get(k).article() != after.get(k).article()
                    || before.get(k).index() + 1 != after.get(k).index()) {
                return false;
            }
        }
        return true;
    }

    private static List<TextRef> merge(List<Occurrence> firsts, List<Occurrence> lasts) {
        List<TextRef> passages = new ArrayList<>();
        for (int k = 0; k < firsts.size(); k++) {
            passages.add(firsts.get(k).article().ref(firsts.get(k).ref().start(), lasts.get(k).ref().end()));
        }
        return passages;
    }
}
