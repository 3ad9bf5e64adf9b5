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
 * with a changed figure is not a duplicate but a copy-changed finding). Groups whose occurrences continue each other
 * line by line (paragraph i+1 of every copy is again shared by exactly those copies) are joined into one run, so
 * twenty paragraphs copied from one article into another are one finding, not twenty. Then sentences are grouped
 * the same way, and a sentence group is reported only if one of its occurrences lies outside every reported run.
 * One finding per group, listing every occurrence, however many articles share it.
 */
final class DuplicatePassages {

    static final int MIN_WORDS = 12;
    static final int LISTED = 3;

    private DuplicatePassages() {
    }

    /** One paragraph and its normalised text. */
    record Paragraph(String normalised, ParagraphRuns.Occurrence occurrence) {
    }

    /** One sentence of a paragraph of two or more sentences, and its normalised text. */
    record SentenceCopy(String normalised, TextRef ref) {
    }

    /** The passages of one article, normalised: the per-article part of this check. */
    record Passages(List<Paragraph> paragraphs, List<SentenceCopy> sentences) {
    }

    static Passages passages(ArticleText article) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<SentenceCopy> sentences = new ArrayList<>();
        List<Sentence> all = article.sentences;
        for (int i = 0; i < all.size(); i++) {
            int j = i;
            while (j + 1 < all.size() && all.get(j + 1).paragraph() == all.get(i).paragraph()) {
                j++;
            }
            TextRef ref = article.ref(all.get(i).start(), all.get(j).end());
            paragraphs.add(new Paragraph(PassageText.normalise(ref.text()),
                    new ParagraphRuns.Occurrence(article, all.get(i).paragraph(), ref)));
            // A one-sentence paragraph is already grouped as a paragraph.
            for (int k = i; k <= j && j > i; k++) {
                TextRef sentence = article.ref(all.get(k).start(), all.get(k).end());
                sentences.add(new SentenceCopy(PassageText.normalise(sentence.text()), sentence));
            }
            i = j;
        }
        return new Passages(List.copyOf(paragraphs), List.copyOf(sentences));
    }

    /** {@code articles}: the passages of every article, articles in key order. */
    static List<Finding> check(List<Passages> articles) {
        Map<String, List<ParagraphRuns.Occurrence>> paragraphs = new TreeMap<>();
        Map<String, List<TextRef>> sentences = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Passages article : articles) {
            for (Paragraph p : article.paragraphs()) {
                names.putIfAbsent(p.occurrence().ref().articleKey(), p.occurrence().article().name());
                paragraphs.computeIfAbsent(p.normalised(), k -> new ArrayList<>()).add(p.occurrence());
            }
            for (SentenceCopy s : article.sentences()) {
                sentences.computeIfAbsent(s.normalised(), k -> new ArrayList<>()).add(s.ref());
            }
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, List<TextRef>> covered = new HashMap<>();
        List<List<ParagraphRuns.Occurrence>> repeated = paragraphs.values().stream().filter(g -> g.size() > 1)
                .toList();
        for (List<TextRef> run : ParagraphRuns.join(repeated)) {
            report(run, findings, covered, names);
        }
        for (List<TextRef> group : sentences.values()) {
            if (group.size() > 1 && !group.stream().allMatch(ref -> insideAny(ref, covered))) {
                report(group, findings, covered, names);
            }
        }
        return findings;
    }

    private static void report(List<TextRef> group, List<Finding> out, Map<String, List<TextRef>> covered,
                               Map<String, String> names) {
        List<TextRef> refs = new ArrayList<>(group);
        refs.sort(null);
        int words = PassageText.wordCount(refs.get(0).text());
        if (words < MIN_WORDS) {
            return;
        }
        refs.forEach(ref -> covered.computeIfAbsent(ref.articleKey(), k -> new ArrayList<>()).add(ref));
        String message = String.format("The same passage of %d words appears %d times: %s.", words, refs.size(),
                where(refs, names));
        String key = "passage:" + PassageText.hash(PassageText.normalise(refs.get(0).text()));
        String why = "These " + refs.size() + " passages have the same words (case, spacing and punctuation aside),"
                + " so each copy is listed once here and its figures are compared only once.";
        out.add(new Finding(FindingKind.DUPLICATE, message, refs, key, "", "passage", Confidence.HIGH, why));
    }

    private static boolean insideAny(TextRef ref, Map<String, List<TextRef>> covered) {
        return covered.getOrDefault(ref.articleKey(), List.of()).stream()
                .anyMatch(c -> c.start() <= ref.start() && ref.end() <= c.end());
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
