package dev.accelbench.models.sprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The thesis' published SPRINT numbers (chapter 3, section 3.6), each with source and tolerance.
 * Open values are chosen once in the main code ({@link SprintWorkloads#TABLE_3_2}, {@link
 * SprintModel}, {@link SprintEnergy}); misses are pinned to a documented band with the reason.
 * Averages are plain means over the eight workloads (the thesis' "24 studied tasks" are 8
 * workloads x 3 sizes).
 */
class SprintReproductionTest {

    private static final String[] SIZES = {"s", "m", "l"};

    private static void within(double expected, double actual, double relTol, String what) {
        assertTrue(Math.abs(actual / expected - 1) <= relTol,
                what + ": modeled " + actual + " vs published " + expected + ", tolerance " + relTol);
    }

    private static void ratioIn(double expected, double actual, double lo, double hi, String what) {
        double r = actual / expected;
        assertTrue(r >= lo && r <= hi, what + ": modeled/published " + r + " outside the documented band [" + lo + ", "
                + hi + "]");
    }

    private static double mean(String size, java.util.function.ToDoubleBiFunction<SprintConfig, SprintWorkload> f) {
        double sum = 0;
        for (SprintWorkload w : SprintWorkloads.thesis()) {
            sum += f.applyAsDouble(SprintConfig.preset(size), w);
        }
        return sum / SprintWorkloads.thesis().size();
    }

    private static double speedup(SprintConfig c, SprintWorkload w) {
        return SprintModel.run(c, w).speedupOver(SprintModel.run(c.baseline(), w));
    }

    private static double energy(SprintConfig c, SprintWorkload w) {
        return SprintModel.run(c, w).energyReductionOver(SprintModel.run(c.baseline(), w));
    }

    private static double movement(SprintConfig c, SprintWorkload w, SprintMode mode) {
        double sBaseline = SprintModel.run(SprintConfig.preset("s").baseline(), w).mainReadBytes();
        return SprintModel.run(c.withMode(mode), w).mainReadBytes() / sBaseline;
    }

    /** Table 3.2/3.3: M-SPRINT 1816.2 GOPs/s, within 10% (modeled on BERT-B/SQuAD: 1678, -7.6%). */
    @Test
    void mSprintThroughputWithin10Percent() {
        SprintResult r = SprintModel.run(SprintConfig.preset("m"), SprintWorkloads.byName(SprintWorkloads.TABLE_3_2));
        within(1816.2, r.gopsPerS(), 0.10, "M-SPRINT GOPs/s");
        // Table 3.2's area efficiency, 1003.6 GOPs/s/mm², uses the area it implies (1.81 mm²): same ratio.
        within(1003.6, r.gopsPerSPerMm2(), 0.10, "M-SPRINT GOPs/s/mm2");
    }

    /**
     * Table 3.2/3.3: M-SPRINT 257.5 GOPs/J; modeled 472 on BERT-B: a MISS (+83%). Main-memory
     * writes of Q, K, V and the 16-bit outputs (24.4 pJ/bit) alone allow 850 GOPs/J; the thesis'
     * own accounting of writes (how many, which tensors) and of static power is not stated.
     * Pinned to [1.6, 2.0].
     */
    @Test
    void mSprintEnergyEfficiencyGapDocumented() {
        SprintResult r = SprintModel.run(SprintConfig.preset("m"), SprintWorkloads.byName(SprintWorkloads.TABLE_3_2));
        ratioIn(257.5, r.gopsPerJ(), 1.6, 2.0, "M-SPRINT GOPs/J");
    }

    /** Section 3.6.1: S-SPRINT 7.5x average speedup, within 20% (modeled 8.2x). */
    @Test
    void sSpeedupWithin20Percent() {
        within(7.5, mean("s", SprintReproductionTest::speedup), 0.20, "S speedup");
    }

    /**
     * Section 3.6.1: M 7.4x and L 7.1x, S &gt; M &gt; L; modeled 8.9x and 9.3x, rising with size:
     * a MISS in order and (L, +31%) in size. The thesis blames CORELET imbalance (Figure 3.7), which
     * summary statistics cannot show (they split work evenly; traces do show it); in the model the
     * larger buffers instead hold GPT-2-L's and the Synths' working sets, speeding SPRINT up. Pinned.
     */
    @Test
    void mAndLSpeedupsGapDocumented() {
        ratioIn(7.4, mean("m", SprintReproductionTest::speedup), 1.10, 1.25, "M speedup");
        ratioIn(7.1, mean("l", SprintReproductionTest::speedup), 1.20, 1.40, "L speedup");
    }

    /** Section 3.6.1 extremes: BERT-L 9.6-10.4x (within 15% of 10.4), ViT-B 2.7-2.8x (within 10% of 2.75). */
    @Test
    void extremesWithinTolerance() {
        for (String size : SIZES) {
            SprintConfig c = SprintConfig.preset(size);
            within(10.4, speedup(c, SprintWorkloads.byName("bert-l")), 0.15, size + " BERT-L speedup");
            within(2.75, speedup(c, SprintWorkloads.byName("vit-b")), 0.10, size + " ViT-B speedup");
        }
    }

    /**
     * Section 3.6.1: energy reductions 19.6x / 16.8x / 12.0x; modeled 14.2x / 14.4x / 14.3x, within
     * 30% each but flat where the thesis falls with size: a MISS in order. Static residency lets the
     * L baseline keep every SQuAD head on chip, so its main-memory reads nearly vanish and the
     * writes (equal in both) dominate, while GPT-2-L and the Synths gain with size. Pinned.
     */
    @Test
    void energyReductionsGapDocumented() {
        ratioIn(19.6, mean("s", SprintReproductionTest::energy), 0.68, 0.78, "S energy");
        ratioIn(16.8, mean("m", SprintReproductionTest::energy), 0.80, 0.92, "M energy");
        ratioIn(12.0, mean("l", SprintReproductionTest::energy), 1.12, 1.26, "L energy");
    }

    /**
     * Figure 3.10's text: data movement with pruning 2.6 / 1.3 / 0.9% of S-Baseline against 30.0 /
     * 13.3 / 2.6% with the padding reduction only. Reproduced: pruning far below padding-only at
     * every size, and both falling from S to L. Magnitudes missed: modeled 5.6 / 3.6 / 2.4% and
     * 39 / 17 / 13%. GPT-2-L and the Synths do not fit on chip, so their baselines stream most of
     * each head every query; the thesis' 2.6% for L-padding-only implies a baseline that re-reads
     * far less than this one on them, which its text does not explain. Pinned.
     */
    @Test
    void dataMovementOrderReproducedMagnitudesPinned() {
        double[] pruned = new double[3];
        double[] padOnly = new double[3];
        for (int i = 0; i < 3; i++) {
            String size = SIZES[i];
            pruned[i] = mean(size, (c, w) -> movement(c, w, SprintMode.SPRINT));
            padOnly[i] = mean(size, (c, w) -> movement(c, w, SprintMode.PADDING_REDUCTION));
            assertTrue(pruned[i] < padOnly[i] / 3, size);
        }
        assertTrue(pruned[0] > pruned[1] && pruned[1] > pruned[2], "pruned data movement falls S -> L");
        assertTrue(padOnly[0] > padOnly[1] && padOnly[1] > padOnly[2], "padding-only data movement falls S -> L");
        ratioIn(0.026, pruned[0], 1.8, 2.4, "S pruned movement");
        ratioIn(0.013, pruned[1], 2.4, 3.2, "M pruned movement");
        ratioIn(0.009, pruned[2], 2.2, 3.0, "L pruned movement");
        ratioIn(0.300, padOnly[0], 1.2, 1.4, "S padding-only movement");
        ratioIn(0.133, padOnly[1], 1.15, 1.4, "M padding-only movement");
        ratioIn(0.026, padOnly[2], 4.5, 5.5, "L padding-only movement");
    }

    /** Section 3.6.1: "even L-SPRINT can accommodate only ... 12.5% in Synth2": 512 of 4096 pairs. */
    @Test
    void lCapacityIsAnEighthOfSynth2() {
        assertEquals(0.125, SprintConfig.preset("l").capacityPairs(64) / 4096.0, 1e-12);
    }

    /** Section 3.6.1: ViT-B's 197 tokens fit M's buffers, so M and L read the same for it. */
    @Test
    void vitFitsFromM() {
        SprintWorkload vit = SprintWorkloads.byName("vit-b");
        assertTrue(SprintConfig.preset("m").capacityPairs(64) >= vit.seqLen());
        assertEquals(SprintModel.run(SprintConfig.preset("m").baseline(), vit).mainReadBytes(),
                SprintModel.run(SprintConfig.preset("l").baseline(), vit).mainReadBytes(), 1e-6);
    }
}
