package claimdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohensKappaTest {

    private static final double EXACT = 1e-12;

    /** Adds {@code count} pairs (first, second). */
    private static void add(List<CohensKappa.Pair<String>> pairs, int count, String first, String second) {
        for (int i = 0; i < count; i++) {
            pairs.add(new CohensKappa.Pair<>(first, second));
        }
    }

    @Test
    void theTextbookTwoByTwoTableGivesPointFour() {
        // Both yes 20, first yes second no 5, first no second yes 10, both no 15: n = 50, observed 35/50 = 0.7;
        // the first says yes 25/50, the second 30/50, so expected 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa 0.2 / 0.5.
        List<CohensKappa.Pair<String>> pairs = new ArrayList<>();
        add(pairs, 20, "yes", "yes");
        add(pairs, 5, "yes", "no");
        add(pairs, 10, "no", "yes");
        add(pairs, 15, "no", "no");

        CohensKappa kappa = CohensKappa.of(pairs);

        assertEquals(50, kappa.n());
        assertEquals(0.7, kappa.observed(), EXACT);
        assertEquals(0.5, kappa.expected(), EXACT);
        assertEquals(0.4, kappa.kappa(), EXACT);
        assertTrue(kappa.defined());
    }

    @Test
    void threeVerdictsComputedByHand() {
        // Rows the first reviewer, columns the second (True, False, Misleading):
        //   True        10  2  3   = 15
        //   False        1  8  1   = 10
        //   Misleading   4  1 10   = 15
        //              = 15 11 14,  n = 40
        // observed (10 + 8 + 10) / 40 = 0.7; expected (15*15 + 10*11 + 15*14) / 1600 = 545/1600 = 0.340625;
        // kappa = (1120 - 545) / (1600 - 545) = 575/1055 = 115/211.
        List<CohensKappa.Pair<String>> pairs = new ArrayList<>();
        add(pairs, 10, "T", "T");
        add(pairs, 2, "T", "F");
        add(pairs, 3, "T", "M");
        add(pairs, 1, "F", "T");
        add(pairs, 8, "F", "F");
        add(pairs, 1, "F", "M");
        add(pairs, 4, "M", "T");
        add(pairs, 1, "M", "F");
        add(pairs, 10, "M", "M");

        CohensKappa kappa = CohensKappa.of(pairs);

        assertEquals(40, kappa.n());
        assertEquals(0.7, kappa.observed(), EXACT);
        assertEquals(0.340625, kappa.expected(), EXACT);
        assertEquals(115.0 / 211.0, kappa.kappa(), EXACT);
    }

    @Test
    void fullAgreementOnTwoVerdictsIsOneAndDisagreementBelowChanceIsNegative() {
        List<CohensKappa.Pair<Verdict>> agreeing = List.of(new CohensKappa.Pair<>(Verdict.TRUE, Verdict.TRUE),
                new CohensKappa.Pair<>(Verdict.FALSE, Verdict.FALSE));
        List<CohensKappa.Pair<Verdict>> crossed = List.of(new CohensKappa.Pair<>(Verdict.TRUE, Verdict.FALSE),
                new CohensKappa.Pair<>(Verdict.FALSE, Verdict.TRUE));

        assertEquals(1.0, CohensKappa.of(agreeing).kappa(), EXACT);
        assertEquals(-1.0, CohensKappa.of(crossed).kappa(), EXACT);
    }

    @Test
    void noPairsAndChanceAgreementOnEverythingHaveNoKappa() {
        CohensKappa none = CohensKappa.of(List.<CohensKappa.Pair<String>>of());
        // Both always said False: observed 1, but chance alone gives 1 too.
        CohensKappa oneVerdict = CohensKappa.of(List.of(new CohensKappa.Pair<>("F", "F"),
                new CohensKappa.Pair<>("F", "F"), new CohensKappa.Pair<>("F", "F")));

        assertEquals(CohensKappa.NONE, none);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.observed()) && Double.isNaN(none.expected()));
        assertFalse(none.defined());
        assertEquals(3, oneVerdict.n());
        assertEquals(1.0, oneVerdict.observed(), EXACT);
        assertEquals(1.0, oneVerdict.expected(), EXACT);
        assertFalse(oneVerdict.defined());
    }
}
