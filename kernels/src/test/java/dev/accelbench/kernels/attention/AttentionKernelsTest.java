package dev.accelbench.kernels.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Dense, threshold-pruned, top-k and SPRINT attention against the float64 reference. */
class AttentionKernelsTest {

    record Case(AttentionShape shape, AttentionMask mask, float[] q, float[] k, float[] v) {
    }

    /** Small-integer Q and K (scores exact in float and double, so decisions agree) or Gaussian data. */
    static Case randomCase(long seed, int heads, int s, int d, boolean causal, boolean integers) {
        Random r = new Random(seed);
        AttentionShape shape = new AttentionShape(heads, s, d);
        AttentionMask mask = new AttentionMask(causal, 1 + r.nextInt(s));
        int n = shape.elements();
        float[] q = new float[n];
        float[] k = new float[n];
        float[] v = new float[n];
        for (int e = 0; e < n; e++) {
            q[e] = integers ? r.nextInt(7) - 3 : (float) r.nextGaussian();
            k[e] = integers ? r.nextInt(7) - 3 : (float) r.nextGaussian();
            v[e] = (float) r.nextGaussian();
        }
        return new Case(shape, mask, q, k, v);
    }

    static void assertClose(double[] want, float[] got, double tol) {
        for (int e = 0; e < want.length; e++) {
            assertEquals(want[e], got[e], tol * (1 + Math.abs(want[e])), "element " + e);
        }
    }

    @Property(tries = 200)
    void denseMatchesReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int heads,
            @ForAll @IntRange(min = 1, max = 70) int s, @ForAll @IntRange(min = 1, max = 40) int d,
            @ForAll boolean causal) {
        Case c = randomCase(seed, heads, s, d, causal, false);
        float[] out = new float[c.shape.elements()];
        DenseAttention.compute(c.q, c.k, c.v, out, c.shape, c.mask, new AttentionWorkspace(c.shape));
        assertClose(AttentionReference.attention(c.q, c.k, c.v, c.shape, c.mask, AttentionReference.DENSE), out, 1e-4);
    }

    /** Half-integer thresholds on integer scores/sqrt(d): no score sits on Th, decisions are exact. */
    @Property(tries = 200)
    void thresholdMatchesReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int heads,
            @ForAll @IntRange(min = 1, max = 70) int s, @ForAll @IntRange(min = 1, max = 40) int d,
            @ForAll boolean causal, @ForAll @IntRange(min = -20, max = 20) int thHalves) {
        Case c = randomCase(seed, heads, s, d, causal, true);
        float th = (float) ((thHalves + 0.5) / Math.sqrt(d));
        float[] out = new float[c.shape.elements()];
        PruningStats stats = new PruningStats();
        ThresholdAttention.compute(c.q, c.k, c.v, out, c.shape, c.mask, th, new AttentionWorkspace(c.shape), stats);
        assertClose(AttentionReference.attention(c.q, c.k, c.v, c.shape, c.mask, AttentionReference.threshold(th)), out,
                1e-4);
        long pruned = 0;
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < c.mask.validLength(); i++) {
                for (int j = 0; j < c.mask.visibleKeys(i); j++) {
                    if (AttentionReference.score(c.q, c.k, c.shape, h, i, j) < th) {
                        pruned++;
                    }
                }
            }
        }
        PruningSummary summary = stats.summary();
        assertEquals(pruned, summary.pruned());
        assertEquals(c.mask.scoresPerHead() * heads, summary.scores());
    }

    @Property(tries = 150)
    void topKMatchesReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int heads,
            @ForAll @IntRange(min = 1, max = 60) int s, @ForAll @IntRange(min = 1, max = 24) int d,
            @ForAll boolean causal, @ForAll @IntRange(min = 1, max = 70) int topK) {
        Case c = randomCase(seed, heads, s, d, causal, false);
        float[] out = new float[c.shape.elements()];
        PruningStats stats = new PruningStats();
        TopKAttention.compute(c.q, c.k, c.v, out, c.shape, c.mask, topK, new AttentionWorkspace(c.shape), stats);
        assertClose(AttentionReference.attention(c.q, c.k, c.v, c.shape, c.mask, AttentionReference.topK(topK)), out,
                1e-4);
        for (int kept : stats.summary().keptPerQuery()) {
            assertTrue(kept <= topK);
        }
    }

    @Test
    void quickselectFindsOrderStatistics() {
        Random r = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(100);
            float[] a = new float[n];
            for (int i = 0; i < n; i++) {
                a[i] = r.nextInt(10);
            }
            float[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            int rank = r.nextInt(n);
            assertEquals(sorted[rank], TopKAttention.select(a.clone(), n, rank));
        }
    }

    /** With every magnitude bit and a fine output, SPRINT's in-memory decisions are the exact ones. */
    @Property(tries = 100)
    void sprintWithFullPrecisionIsThresholdPruning(@ForAll long seed, @ForAll @IntRange(min = 1, max = 50) int s,
            @ForAll @IntRange(min = 1, max = 24) int d, @ForAll boolean causal) {
        Case c = randomCase(seed, 1, s, d, causal, true);
        float th = (float) (0.5 / Math.sqrt(d));
        float[] out = new float[c.shape.elements()];
        PruningStats stats = new PruningStats();
        SprintAttention.compute(c.q, c.k, c.v, out, c.shape, c.mask, th, new SprintConfig(11, 23, 0f, true),
                new SprintAttention.Workspace(c.shape), stats);
        assertClose(AttentionReference.attention(c.q, c.k, c.v, c.shape, c.mask, AttentionReference.threshold(th)), out,
                1e-4);
        assertEquals(0, stats.summary().falsePrunes());
    }

    /** SPRINT's output is threshold pruning minus its false prunes: kept = exact-kept and not false-pruned. */
    @Property(tries = 100)
    void sprintKeepsOnlyExactSurvivors(@ForAll long seed, @ForAll @IntRange(min = 1, max = 50) int s,
            @ForAll @IntRange(min = 1, max = 32) int d, @ForAll @IntRange(min = 0, max = 3) int margin) {
        Case c = randomCase(seed, 1, s, d, false, false);
        float th = 0.3f;
        PruningStats sprint = new PruningStats();
        float[] out = new float[c.shape.elements()];
        SprintAttention.compute(c.q, c.k, c.v, out, c.shape, c.mask, th, new SprintConfig(4, 5, margin * 0.25f, true),
                new SprintAttention.Workspace(c.shape), sprint);
        PruningStats exact = new PruningStats();
        ThresholdAttention.compute(c.q, c.k, c.v, new float[out.length], c.shape, c.mask, th,
                new AttentionWorkspace(c.shape), exact);
        PruningSummary a = sprint.summary();
        PruningSummary e = exact.summary();
        // fetched = exact kept - false prunes + false keeps
        assertEquals(e.scores() - e.pruned() - a.falsePrunes() + a.falseKeeps(), a.scores() - a.pruned());
        assertEquals(a.pruned(), a.approxPruned());
    }

    @Test
    void sprintMarginNeverPrunesMore() {
        Case c = randomCase(11, 2, 128, 64, false, false);
        c = new Case(c.shape, AttentionMask.none(128), c.q, c.k, c.v);
        long previous = Long.MAX_VALUE;
        for (float margin : new float[] {0f, 0.1f, 0.3f, 1f}) {
            PruningStats stats = new PruningStats();
            SprintAttention.compute(c.q, c.k, c.v, new float[c.shape.elements()], c.shape, c.mask, 0.5f,
                    new SprintConfig(4, 5, margin, true), new SprintAttention.Workspace(c.shape), stats);
            assertTrue(stats.summary().pruned() <= previous);
            previous = stats.summary().pruned();
        }
    }

    @Test
    void adjacentQueryStatisticsFollowEquations34And35() {
        PruningStats stats = new PruningStats();
        stats.startSequence(8);
        // kept sets {0,1,2}, then {1,2,5}: requests {5} = 1, reuse {1,2} = 2, random overlap 3 * 3 / 8
        stats.recordQuery(new long[] {0b111}, 8, 3);
        stats.recordQuery(new long[] {0b100110}, 8, 3);
        PruningSummary s = stats.summary();
        assertEquals(16, s.scores());
        assertEquals(10, s.pruned());
        assertEquals(1, s.adjacentPairs());
        assertEquals(1, s.requests());
        assertEquals(2, s.reuse());
        assertEquals(9.0 / 8, s.expectedOverlap(), 1e-12);
        assertEquals(2 / (9.0 / 8), s.reuseRatio(), 1e-12);
        assertEquals(1.0 / 8, s.requestsPerPairFractionOfS(), 1e-12);
        assertEquals((3 - 9.0 / 8) / 8, s.randomRequestsPerPairFractionOfS(), 1e-12);
        assertArrayEquals(new int[] {3, 1}, s.requestsPerQuery());
        assertEquals(3, s.firstFetches());
        // a new head starts cold
        stats.startSequence(8);
        stats.recordQuery(new long[] {0b1}, 8, 1);
        assertEquals(1, stats.summary().adjacentPairs());
    }

    @Test
    void cumulativePruningRateByBits() {
        PruningStats stats = new PruningStats();
        stats.startSequence(4);
        stats.recordQuery(new long[] {0b1000}, 4, 1);
        stats.recordBits(2, true);
        stats.recordBits(4, true);
        stats.recordBits(4, true);
        stats.recordBits(12, false);
        PruningSummary s = stats.summary();
        assertEquals(10.0 / 3, s.avgBitsPruned(), 1e-12);
        assertEquals(22.0 / 4, s.avgBitsAll(), 1e-12);
        assertEquals(0.25, s.cumulativePruningRate()[2], 1e-12);
        assertEquals(0.75, s.cumulativePruningRate()[4], 1e-12);
        assertEquals(0.75, s.cumulativePruningRate()[12], 1e-12);
    }

    @Test
    void badInputIsRejectedWithItsName() {
        AttentionShape shape = new AttentionShape(1, 4, 4);
        float[] ok = new float[16];
        var e = assertThrows(IllegalArgumentException.class, () -> DenseAttention.compute(new float[3], ok, ok,
                new float[16], shape, AttentionMask.none(4), new AttentionWorkspace(shape)));
        assertTrue(e.getMessage().startsWith("q holds 3 floats"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AttentionShape(0, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> new AttentionMask(false, 5).check(shape));
        assertThrows(IllegalArgumentException.class, () -> ThresholdAttention.compute(ok, ok, ok, new float[16], shape,
                AttentionMask.none(4), Float.NaN, new AttentionWorkspace(shape), null));
        assertThrows(IllegalArgumentException.class, () -> new SprintConfig(0, 5, 0, true));
    }

    @Test
    void calibrationHitsTheTargetOnItsSample() {
        Case c = randomCase(3, 2, 200, 64, false, false);
        c = new Case(c.shape, AttentionMask.none(200), c.q, c.k, c.v);
        for (double rate : new double[] {0, 0.3, 0.786, 0.917, 1}) {
            float th = ThresholdCalibration.forRate(c.q, c.k, c.shape, c.mask, rate);
            PruningStats stats = new PruningStats();
            ThresholdAttention.compute(c.q, c.k, c.v, new float[c.shape.elements()], c.shape, c.mask, th,
                    new AttentionWorkspace(c.shape), stats);
            assertEquals(rate, stats.summary().pruningRate(), 1.0 / 80000 + 1e-9, "rate " + rate);
        }
        assertThrows(IllegalArgumentException.class, () -> ThresholdCalibration.forRate(new float[] {1}, 1.5));
    }
}
