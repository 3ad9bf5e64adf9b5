package claimdesk.analysis.consistency;

import claimdesk.model.Figure;
import claimdesk.model.MeasureOverrides;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a check that depends on one article alone, computed once: its sentences, the measure key the machine
 * computes for each statistical figure (before the reviewer's corrections, which change between checks and are
 * applied by {@link #measured}), its sum and list-count findings (fingerprints not yet assigned), the sentences the
 * copy check compares and the words the duplicate check runs over. A pure function of
 * {@link #input}; immutable once built.
 */
final class ArticleParts {

    /** A statistical figure, how it was read and the key computed from that reading. */
    private record Keyed(Figure figure, MeasureKey key, FigureReader.Reading reading) {
    }

    final ArticleFigures input;
    final ArticleText text;
    final List<Finding> ownFindings;
    /** For each own finding, its text form: the same in a copy of its sentences, so copies report it once. */
    final List<String> ownForms;
    final List<CopyCheck.Occurrence> copies;
    final PassageWords passages;
    private final List<Keyed> keyed;

    ArticleParts(ArticleFigures input) {
        this.input = input;
        this.text = new ArticleText(input);
        List<Keyed> keys = new ArrayList<>();
        List<FigureReader.Reading> readings = FigureReader.read(text);
        for (int i = 0; i < readings.size(); i++) {
            FigureReader.Reading reading = readings.get(i);
            if (reading != null && reading.parts().counted() != null) {
                keys.add(new Keyed(input.figures().get(i), MeasureKey.ofParts(reading.parts()), reading));
            }
        }
        this.keyed = List.copyOf(keys);
        List<Finding> own = new ArrayList<>(SumCheck.check(text, readings));
        own.addAll(PercentCheck.check(text, readings));
        own.addAll(PartOfTheWholeCheck.check(text, readings));
        own.addAll(RestatedRateCheck.check(text, readings));
        own.addAll(ListCountCheck.check(text));
        this.ownFindings = List.copyOf(own);
        List<String> forms = new ArrayList<>();
        for (Finding finding : own) {
            forms.add(ownForm(finding));
        }
        this.ownForms = List.copyOf(forms);
        this.copies = List.copyOf(CopyCheck.occurrences(text));
        this.passages = DuplicatePassages.passages(text);
    }

    private String ownForm(Finding finding) {
        StringBuilder form = new StringBuilder(finding.kind().code()).append('\n').append(finding.message());
        for (TextRef ref : finding.refs()) {
            int s = text.sentenceAt(ref.start());
            form.append('\n').append(s < 0 ? ref.text() : PassageText.normalise(text.textOf(text.sentences.get(s))));
        }
        return PassageText.hash(form.toString());
    }

    /** The keyed figures in figure order, with {@code overrides} applied to their keys. */
    List<Measured> measured(MeasureOverrides overrides) {
        List<Measured> measured = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            MeasureKey key = k.key().corrected(input.articleKey(), k.figure(), overrides);
            MeasureParts parts = key == k.key() ? k.reading().parts() : key.applyTo(k.reading().parts());
            measured.add(new Measured(text, k.figure(), key, k.reading(), parts));
        }
        return measured;
    }
}
