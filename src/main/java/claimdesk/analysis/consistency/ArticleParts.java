package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import claimdesk.model.MeasureOverrides;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a check that depends on one article alone, computed once: its sentences, the measure key the machine
 * computes for each statistical figure (before the reviewer's corrections, which change between checks and are
 * applied by {@link #measured}), its sum and list-count findings (fingerprints not yet assigned), the sentences the
 * copy check compares and the normalised passages the duplicate check groups. A pure function of
 * {@link #input}; immutable once built.
 */
final class ArticleParts {

    /** A statistical figure and the key {@link MeasureKey#of(Figure)} computed for it. */
    private record Keyed(Figure figure, MeasureKey key) {
    }

    final ArticleFigures input;
    final ArticleText text;
    final List<Finding> ownFindings;
    final List<CopyCheck.Occurrence> copies;
    final DuplicatePassages.Passages passages;
    private final List<Keyed> keyed;

    ArticleParts(ArticleFigures input) {
        this.input = input;
        this.text = new ArticleText(input);
        List<Keyed> keys = new ArrayList<>();
        for (Figure figure : input.figures()) {
            MeasureKey.of(figure).ifPresent(key -> keys.add(new Keyed(figure, key)));
        }
        this.keyed = List.copyOf(keys);
        List<Finding> own = new ArrayList<>(SumCheck.check(text));
        own.addAll(ListCountCheck.check(text));
        this.ownFindings = List.copyOf(own);
        this.copies = List.copyOf(CopyCheck.occurrences(text));
        this.passages = DuplicatePassages.passages(text);
    }

    /** The keyed figures in figure order, with {@code overrides} applied to their keys. */
    List<Measured> measured(MeasureOverrides overrides) {
        List<Measured> measured = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            measured.add(new Measured(text, k.figure(), k.key().corrected(input.articleKey(), k.figure(), overrides)));
        }
        return measured;
    }
}
