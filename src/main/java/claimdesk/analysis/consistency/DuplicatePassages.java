package claimdesk.analysis.consistency;

import claimdesk.analysis.consistency.SentenceSplitter.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds passages of {@value #MIN_WORDS} words or more that occur more than once, inside one article or across
 * articles ({@code duplicate}, informational): seed 000 repeats its lead, seeds 001 and 002 share paragraphs, and two
 * wire stories share a clause inside sentences that differ elsewhere.
 *
 * <p>Passages are runs of words ({@link PassageWords}: case, spacing, punctuation and line breaks aside; numbers
 * kept, so a copy with a changed figure is split there and the sentence is a copy-changed finding), found by
 * {@link SharedRuns}: each is extended to the longest run its places share, so twenty paragraphs copied from one
 * article into another are one finding, not twenty, and a passage that runs on across a paragraph break in both
 * copies is one passage. One finding per run, listing every place, however many articles share it.
 *
 * <p>Inside a single article only repeated sentences count: a run whose places are all in one article is reported
 * when the sentences it covers whole have {@value #MIN_WORDS} words or more. An article that repeats its lead is an
 * editing slip worth a note; an article whose photo captions all end "in Taipei, Taiwan, on Aug. 7, 2015.
 * Associated Press" repeats a formula, not a passage. Across articles any shared run counts: it says where the text
 * came from.
 */
final class DuplicatePassages {

    static final int MIN_WORDS = 12;
    static final int LISTED = 3;
    private static final String OPENERS = "\"'(\u2018\u201c[";
    private static final String CLOSERS = ".!?\"')\u2019\u201d]";

    private DuplicatePassages() {
    }

    static PassageWords passages(ArticleText article) {
        return PassageWords.of(article);
    }

    /** {@code articles}: the words of every article, articles in key order. */
    static List<Finding> check(List<PassageWords> articles) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (SharedRuns.Run run : SharedRuns.find(articles, MIN_WORDS)) {
            if (acrossArticles(run) || wholeSentenceWords(articles.get(run.articles()[0]), run) >= MIN_WORDS) {
                report(refs(articles, run, names), run.length(), findings, names);
            }
        }
        return findings;
    }

    /**
     * Each place from its first word to its last; with the punctuation stuck to them (opening quotes, a full stop, closing quotes)
     * when every place has the same, so a copied sentence shows whole and a clause shows without a stray comma.
     */
    private static List<TextRef> refs(List<PassageWords> articles, SharedRuns.Run run, Map<String, String> names) {
        int n = run.articles().length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        Set<String> heads = new HashSet<>();
        Set<String> tails = new HashSet<>();
        for (int i = 0; i < n; i++) {
            PassageWords words = articles.get(run.articles()[i]);
            String text = words.article.text();
            starts[i] = words.start(run.starts()[i]);
            ends[i] = words.end(run.starts()[i] + run.length() - 1);
            heads.add(PassageText.normalise(text.substring(rawStart(text, starts[i]), starts[i])));
            tails.add(PassageText.normalise(text.substring(ends[i], rawEnd(text, ends[i]))));
        }
        List<TextRef> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ArticleText article = articles.get(run.articles()[i]).article;
            names.putIfAbsent(article.key(), article.name());
            String text = article.text();
            refs.add(article.ref(heads.size() == 1 ? rawStart(text, starts[i]) : starts[i],
                    tails.size() == 1 ? rawEnd(text, ends[i]) : ends[i]));
        }
        return refs;
    }

    /** Where the opening quotes and brackets before {@code start} begin. */
    private static int rawStart(String text, int start) {
        while (start > 0 && OPENERS.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return start;
    }

    /** Where the full stops, closing quotes and brackets after {@code end} end; a comma is not taken. */
    private static int rawEnd(String text, int end) {
        while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    private static boolean acrossArticles(SharedRuns.Run run) {
        return Arrays.stream(run.articles()).distinct().count() > 1;
    }

    /** The words of the sentences that the run's first place covers from their first word to their last. */
    private static int wholeSentenceWords(PassageWords words, SharedRuns.Run run) {
        int from = run.starts()[0];
        int to = from + run.length();
        int total = 0;
        for (Sentence sentence : words.article.sentences) {
            int first = words.firstAtOrAfter(sentence.start());
            int last = words.firstAtOrAfter(sentence.end());
            if (first < last && from <= first && last <= to) {
                total += last - first;
            }
        }
        return total;
    }

    private static void report(List<TextRef> refs, int words, List<Finding> out, Map<String, String> names) {
        refs.sort(null);
        String message = String.format("The same passage of %d words appears %d times: %s.", words, refs.size(),
                where(refs, names));
        String key = "passage:" + PassageText.hash(PassageText.normalise(refs.get(0).text()));
        String why = "These " + refs.size() + " places have the same " + words + " words in a row (case, spacing and"
                + " punctuation aside), the longest run they all share; where fewer of them share more, that is a"
                + " finding of its own. Each copy is listed once here and its figures are compared only once.";
        out.add(new Finding(FindingKind.DUPLICATE, message, refs, key, "", "passage", Confidence.HIGH, why));
    }

    /**
     * "001.txt, 002.txt" or "000.txt (2×)": each article once, with its count when above one; after
     * {@value #LISTED} articles "and N more articles", so boilerplate shared by thousands stays one line.
     */
    private static String where(List<TextRef> sortedRefs, Map<String, String> names) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        sortedRefs.forEach(ref -> counts.merge(names.getOrDefault(ref.articleKey(), ref.articleKey()), 1,
                Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((key, n) -> parts.add(n == 1 ? key : key + " (" + n + "×)"));
        if (parts.size() <= LISTED) {
            return String.join(", ", parts);
        }
        return String.join(", ", parts.subList(0, LISTED)) + " and " + (parts.size() - LISTED) + " more articles";
    }
}
