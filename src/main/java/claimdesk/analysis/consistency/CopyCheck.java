package claimdesk.analysis.consistency;

import claimdesk.analysis.consistency.PassageText.NumberToken;
import claimdesk.analysis.consistency.SentenceSplitter.Sentence;
import claimdesk.model.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the same or nearly the same sentence in two places with a number that differs ({@code copy-changed}).
 *
 * <p>Sentences of {@value #MIN_WORDS} words or more that contain a number are reduced to their placeholder form
 * ({@link PassageText#withPlaceholders}) and grouped by it, which catches copies that differ only in figures.
 * Near-duplicates (a word edited as well) are found among the distinct forms: each form is sketched by the
 * {@value #SKETCH} smallest hashes of its three-word shingles, forms sharing a sketch hash are candidates, and
 * candidates whose word sets have a Jaccard similarity of at least 0.9 are joined. A sketch bucket of more than
 * {@value #MAX_BUCKET} forms (boilerplate) is only compared within its first {@value #MAX_BUCKET}, keeping the
 * work linear. Within a joined group the numbers that every copy shares are set aside; if any copy has a number
 * the others lack, the group is reported with those numbers as references.
 */
final class CopyCheck {

    static final int MIN_WORDS = 8;
    static final int SKETCH = 3;
    static final int MAX_BUCKET = 100;
    static final int LISTED = 3;
    private static final double MIN_JACCARD = 0.9;
    private static final Comparator<Occurrence> BY_POSITION = Comparator
            .comparing((Occurrence o) -> o.article().key()).thenComparingInt(o -> o.sentence().start());

    /** A sentence with numbers in one article, and its placeholder form: the per-article part of this check. */
    record Occurrence(ArticleText article, Sentence sentence, List<NumberToken> numbers, String form) {
    }

    private CopyCheck() {
    }

    /** The sentences of {@code article} this check compares; depends on that article alone. */
    static List<Occurrence> occurrences(ArticleText article) {
        List<Occurrence> found = new ArrayList<>();
        for (Sentence sentence : article.sentences) {
            if (PassageText.wordCount(article.textOf(sentence)) < MIN_WORDS) {
                continue;
            }
            List<NumberToken> numbers = PassageText.numbers(article.text(), sentence.start(), sentence.end());
            if (!numbers.isEmpty()) {
                found.add(new Occurrence(article, sentence, numbers,
                        PassageText.withPlaceholders(article.text(), sentence.start(), sentence.end(), numbers)));
            }
        }
        return found;
    }

    /** {@code occurrences}: those of every article, articles in key order. */
    static List<Finding> check(List<Occurrence> occurrences) {
        Map<String, List<Occurrence>> byForm = new TreeMap<>();
        for (Occurrence occurrence : occurrences) {
            byForm.computeIfAbsent(occurrence.form(), k -> new ArrayList<>()).add(occurrence);
        }
        List<String> forms = new ArrayList<>(byForm.keySet());
        int[] parent = NearDuplicates.join(forms, SKETCH, MAX_BUCKET, MIN_JACCARD);
        Map<Integer, List<Occurrence>> groups = new TreeMap<>();
        for (int i = 0; i < forms.size(); i++) {
            groups.computeIfAbsent(NearDuplicates.root(parent, i), k -> new ArrayList<>())
                    .addAll(byForm.get(forms.get(i)));
        }
        List<Finding> findings = new ArrayList<>();
        groups.forEach((root, group) -> {
            if (group.size() > 1) {
                group.sort(BY_POSITION);
                compare(group, forms.get(root), findings);
            }
        });
        return findings;
    }

    private static void compare(List<Occurrence> group, String form, List<Finding> out) {
        Map<String, Integer> common = counts(group.get(0).numbers());
        for (Occurrence other : group.subList(1, group.size())) {
            Map<String, Integer> theirs = counts(other.numbers());
            common.replaceAll((value, n) -> Math.min(n, theirs.getOrDefault(value, 0)));
        }
        Map<String, List<String>> variants = new LinkedHashMap<>();
        List<TextRef> refs = new ArrayList<>();
        for (Occurrence occurrence : group) {
            Map<String, Integer> shared = new HashMap<>(common);
            List<String> own = new ArrayList<>();
            for (NumberToken token : occurrence.numbers()) {
                if (shared.merge(token.value(), -1, Integer::sum) < 0) {
                    TextRef ref = occurrence.article().ref(token.start(), token.end());
                    refs.add(ref);
                    own.add("\"" + ref.text() + "\"");
                }
            }
            String variant = own.isEmpty() ? "no such number" : String.join(", ", own);
            List<String> names = variants.computeIfAbsent(variant, k -> new ArrayList<>());
            if (!names.contains(occurrence.article().name())) {
                names.add(occurrence.article().name());
            }
        }
        if (refs.isEmpty()) {
            return;
        }
        refs.sort(null);
        boolean exact = group.stream().map(Occurrence::form).distinct().count() == 1;
        String why = "These sentences are copies of one another (" + (exact ? "the same words" : "nine in ten words "
                + "shared") + ") but their numbers differ, so one copy changed a figure: check which is right.";
        out.add(new Finding(FindingKind.COPY_CHANGED, "Copies of the same sentence give " + listed(variants) + ".",
                refs, measureKey(group, refs.get(0), form), "", "copy", exact ? Confidence.HIGH : Confidence.MEDIUM,
                why));
    }

    /**
     * "A in x; B in y and C in z", naming at most {@value #LISTED} versions and {@value #LISTED} articles each, so a
     * sentence reprinted in hundreds of articles still gets a readable message (the references list them all).
     */
    private static String listed(Map<String, List<String>> variants) {
        List<String> parts = new ArrayList<>();
        variants.forEach((variant, keys) -> parts.add(variant + " in " + String.join(", ", keys.subList(0,
                Math.min(LISTED, keys.size()))) + (keys.size() > LISTED ? " and " + (keys.size() - LISTED) + " more"
                : "")));
        if (parts.size() > LISTED) {
            int others = parts.size() - LISTED;
            parts.subList(LISTED, parts.size()).clear();
            parts.add(others == 1 ? "1 other version" : others + " other versions");
        }
        return String.join("; ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static Map<String, Integer> counts(List<NumberToken> numbers) {
        Map<String, Integer> counts = new HashMap<>();
        numbers.forEach(token -> counts.merge(token.value(), 1, Integer::sum));
        return counts;
    }

    /** The measure of the figure at the first changed number, if the extractor keyed it; else the sentence. */
    private static String measureKey(List<Occurrence> group, TextRef first, String form) {
        for (Occurrence occurrence : group) {
            if (!occurrence.article().key().equals(first.articleKey())) {
                continue;
            }
            for (Figure figure : occurrence.article().figures()) {
                if (figure.start() <= first.start() && first.end() <= figure.end()) {
                    return MeasureKey.of(figure).map(MeasureKey::code).orElse("sentence:" + PassageText.hash(form));
                }
            }
        }
        return "sentence:" + PassageText.hash(form);
    }
}
