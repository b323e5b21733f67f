package dev.accelbench.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HierarchicalBootstrapTest {

    private final HierarchicalBootstrap bootstrap = new HierarchicalBootstrap(2_000);

    @Test
    void theSameSeedGivesTheSameInterval() {
        SplittableRandom random = new SplittableRandom(1);
        double[][] base = Synthetic.noisy(100, 0.03, 3, 5, random);
        double[][] cand = Synthetic.noisy(100, 0.03, 3, 5, random);
        assertEquals(bootstrap.ratio(base, cand, 0.99, 42), bootstrap.ratio(base, cand, 0.99, 42));
        assertTrue(!bootstrap.ratio(base, cand, 0.99, 42).equals(bootstrap.ratio(base, cand, 0.99, 43)),
                "the seed drives the resampling");
    }

    @Test
    void thePointEstimateIsTheRatioOfMeansOverEveryIteration() {
        double[][] base = {{1, 3}, {2}};
        double[][] cand = {{4, 4}, {4}};
        RatioEstimate estimate = bootstrap.ratio(base, cand, 0.9, 7);
        assertEquals(2.0, estimate.ratio(), 1e-12);
        assertTrue(estimate.lower() <= estimate.ratio() && estimate.ratio() <= estimate.upper(), estimate.toString());
        assertEquals(0.9, estimate.confidence());
    }

    @Test
    void dataWithoutSpreadGivesAPointInterval() {
        RatioEstimate estimate = bootstrap.ratio(new double[][] {{2, 2}, {2, 2}}, new double[][] {{3, 3, 3}}, 0.99, 1);
        assertEquals(1.5, estimate.lower(), 1e-12);
        assertEquals(1.5, estimate.upper(), 1e-12);
    }

    @Test
    void forksThatDifferWidenTheIntervalBeyondPooledIterations() {
        // The same 15 values, once as 3 forks whose means differ and once as if all came from one fork:
        // resampling forks must see the fork-to-fork spread that pooling hides.
        double[][] base = {{90, 91, 89, 90, 90}, {100, 101, 99, 100, 100}, {110, 111, 109, 110, 110}};
        double[][] pooled = {{90, 91, 89, 90, 90, 100, 101, 99, 100, 100, 110, 111, 109, 110, 110}};
        double[][] cand = {{100, 100, 100}, {100, 100, 100}};
        RatioEstimate hierarchical = bootstrap.ratio(base, cand, 0.99, 3);
        RatioEstimate flat = bootstrap.ratio(pooled, cand, 0.99, 3);
        assertEquals(hierarchical.ratio(), flat.ratio(), 1e-12);
        double hierarchicalWidth = hierarchical.upper() - hierarchical.lower();
        double flatWidth = flat.upper() - flat.lower();
        assertTrue(hierarchicalWidth > 1.1 * flatWidth, hierarchical + " vs " + flat);
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(1, HierarchicalBootstrap.quantile(sorted, 0));
        assertEquals(5, HierarchicalBootstrap.quantile(sorted, 1));
        assertEquals(3, HierarchicalBootstrap.quantile(sorted, 0.5));
        assertEquals(1.2, HierarchicalBootstrap.quantile(sorted, 0.05), 1e-12);
    }

    @Test
    void rejectsDataItCannotResample() {
        double[][] ok = {{1, 2}};
        assertThrows(IllegalArgumentException.class, () -> bootstrap.ratio(new double[0][], ok, 0.99, 1));
        assertThrows(IllegalArgumentException.class, () -> bootstrap.ratio(ok, new double[][] {{}}, 0.99, 1));
        assertThrows(IllegalArgumentException.class, () -> bootstrap.ratio(ok, new double[][] {{Double.NaN}}, 0.99, 1));
        assertThrows(IllegalArgumentException.class, () -> bootstrap.ratio(ok, ok, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> new HierarchicalBootstrap(10));
    }
}
