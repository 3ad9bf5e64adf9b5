package claimdesk.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's kappa: how much two reviewers agree on categorical verdicts beyond what chance would give, with
 * {@code kappa = (observed - expected) / (1 - expected)}. {@code observed} is the share of pairs with equal
 * verdicts; {@code expected} the share two reviewers would reach by chance, each keeping their own rate of every
 * verdict. 1 is full agreement, 0 no better than chance, below 0 worse. With no pairs every value is NaN, and
 * kappa is NaN when chance alone would agree on everything (both reviewers always gave one and the same
 * verdict): there is then nothing to measure. Equal by value (NaN equals NaN, as in {@link Double#equals}).
 */
public record CohensKappa(int n, double observed, double expected, double kappa) {

    /** No pairs yet. */
    public static final CohensKappa NONE = new CohensKappa(0, Double.NaN, Double.NaN, Double.NaN);

    /** One verdict pair: the first reviewer's and the second's. */
    public record Pair<T>(T first, T second) {
    }

    /** Kappa over {@code pairs}; a category is anything with equals and hashCode (verdicts, labels). */
    public static <T> CohensKappa of(List<Pair<T>> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return NONE;
        }
        Map<T, Integer> firstCounts = new HashMap<>();
        Map<T, Integer> secondCounts = new HashMap<>();
        int agreed = 0;
        for (Pair<T> pair : pairs) {
            firstCounts.merge(pair.first(), 1, Integer::sum);
            secondCounts.merge(pair.second(), 1, Integer::sum);
            if (pair.first().equals(pair.second())) {
                agreed++;
            }
        }
        double expected = 0;
        for (Map.Entry<T, Integer> first : firstCounts.entrySet()) {
            expected += (double) first.getValue() * secondCounts.getOrDefault(first.getKey(), 0);
        }
        expected /= (double) n * n;
        double observed = (double) agreed / n;
        // Compared with a tolerance: the sum of products divided by n² may land a hair below 1.
        double kappa = Math.abs(1 - expected) < 1e-12 ? Double.NaN : (observed - expected) / (1 - expected);
        return new CohensKappa(n, observed, expected, kappa);
    }

    /** Whether there is a kappa to show. */
    public boolean defined() {
        return !Double.isNaN(kappa);
    }
}
