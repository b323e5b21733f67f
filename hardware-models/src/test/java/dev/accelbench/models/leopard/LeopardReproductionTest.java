package dev.accelbench.models.leopard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thesis' published LEOPARD numbers (chapter 2), each with its source and tolerance. Every
 * value the thesis leaves open is chosen once, in the main code, and documented there
 * ({@link LeopardWorkloads#TABLE_2_3}, {@link LeopardEnergy}, {@link LeopardArea},
 * {@link LeopardModel}); nothing here is fitted. Where the model misses, the test pins the gap
 * and says why, so a model change that moves it is seen.
 */
class LeopardReproductionTest {

    private static final LeopardWorkload TABLE_2_3 = LeopardWorkloads.byName(LeopardWorkloads.TABLE_2_3);
    private static final List<LeopardComparison> AE = LeopardComparison.thesis(LeopardConfig.ae());
    private static final List<LeopardComparison> HP = LeopardComparison.thesis(LeopardConfig.hp());

    private static void within(double expected, double actual, double relTol, String what) {
        assertTrue(Math.abs(actual / expected - 1) <= relTol,
                what + ": modeled " + actual + " vs published " + expected + ", tolerance " + relTol);
    }

    private static void ratioIn(double expected, double actual, double lo, double hi, String what) {
        double r = actual / expected;
        assertTrue(r >= lo && r <= hi, what + ": modeled/published " + r + " outside the documented gap [" + lo
                + ", " + hi + "]");
    }

    // ---- Table 2.3, HP-LEOPARD at 65 nm -------------------------------------------------------

    /** Table 2.3: 3.47 mm², within 0.5% (the area model is solved from this value, so it must hold). */
    @Test
    void table23HpAreaWithinHalfPercent() {
        within(3.47, LeopardModel.run(LeopardConfig.hp(), TABLE_2_3).areaMm2(), 0.005, "HP area mm2");
    }

    /**
     * Table 2.3: 519.3 GOPs/J; target 5%, modeled 482 GOPs/J on BERT-B/GLUE (-7.1%): a MISS at
     * 5%. The component energies are Horowitz's 45 nm table scaled by the thesis' own L^3 rule
     * ({@link LeopardEnergy}), not the thesis' unpublished synthesis results; leakage, clocking,
     * latches and FIFOs are not modeled. Pinned to [0.90, 0.95].
     */
    @Test
    void table23HpGopsPerJouleGapDocumented() {
        ratioIn(519.3, LeopardModel.run(LeopardConfig.hp(), TABLE_2_3).gopsPerJ(), 0.90, 0.95, "HP GOPs/J");
    }

    /**
     * Table 2.3: 574.1 GOPs/s; modeled 360 GOPs/s on BERT-B/GLUE: a MISS (-37%). At 800 MHz 574.1
     * GOPs/s is 717.6 dense ops per cycle, 2.80 Scores per cycle at d = 64 (256 ops each), so each of
     * the 8 QK-DPUs would spend 2.85 cycles per Score. BERT-B's statistics (78.6% pruned after 8.3
     * bits, the rest 12 bits) need 0.786 x 4.15 + 0.214 x 6 = 4.55 cycles; no workload's statistics
     * in the thesis reach 2.85 at d = 64 except MemN2N's (2.56), whose d = 20 cuts its ops per Score
     * to 80. Pinned to [0.60, 0.66]. GOPs/s/mm² (165.5) follows with the same ratio.
     */
    @Test
    void table23HpThroughputGapDocumented() {
        LeopardResult r = LeopardModel.run(LeopardConfig.hp(), TABLE_2_3);
        ratioIn(574.1, r.gopsPerS(), 0.60, 0.66, "HP GOPs/s");
        ratioIn(165.5, r.gopsPerSPerMm2(), 0.60, 0.66, "HP GOPs/s/mm2");
        // The analytic front-end bound the comment derives: 8 / 4.546 Scores per cycle.
        double steps = 0.786 * 8.3 / 2 + 0.214 * 6;
        within(8 / steps * 256 * 0.8, r.gopsPerS(), 0.01, "front-end-bound GOPs/s");
    }

    // ---- Table 2.3, 40 nm columns ------------------------------------------------------------

    /** Table 2.3 † column from the thesis' 65 nm HP column by Dennard: 1.31 mm², 932.8 GOPs/s, 2224.8 GOPs/J; 0.5%. */
    @Test
    void table23DennardColumnFromPublishedHpWithinHalfPercent() {
        ScalingRule.Scaled s = ScalingRule.DENNARD.scale(3.47, 574.1, 519.3, 65, 40);
        within(1.31, s.areaMm2(), 0.005, "40 nm area");
        within(932.8, s.gopsPerS(), 0.005, "40 nm GOPs/s");
        within(2224.8, s.gopsPerJ(), 0.005, "40 nm GOPs/J (rule gives 2228)");
        within(710.4, s.gopsPerSPerMm2(), 0.005, "40 nm GOPs/s/mm2");
    }

    /** Table 2.3 ‡ column: the factors are read off that column (see ScalingRule), so this is a consistency check, 0.1%. */
    @Test
    void table23MeasurementColumnIsConsistentWithItsDefinition() {
        ScalingRule.Scaled s = ScalingRule.MEASUREMENT_BASED.scale(3.47, 574.1, 519.3, 65, 40);
        within(1084.9, s.gopsPerS(), 0.001, "40 nm GOPs/s");
        within(2028.8, s.gopsPerJ(), 0.001, "40 nm GOPs/J");
        within(826.1, s.gopsPerSPerMm2(), 0.005, "40 nm GOPs/s/mm2");
    }

    // ---- Section 2.4.3 averages --------------------------------------------------------------

    /** Section 2.4.3: average speedup 1.9x (AE) over the 43 tasks; 15%. Modeled 1.71x. */
    @Test
    void averageSpeedupAeWithin15Percent() {
        within(1.9, LeopardComparison.taskMean(AE, LeopardComparison::speedup), 0.15, "AE mean speedup");
    }

    /** Section 2.4.3: average speedup 2.4x (HP) over the 43 tasks; 15%. Modeled 2.24x. */
    @Test
    void averageSpeedupHpWithin15Percent() {
        within(2.4, LeopardComparison.taskMean(HP, LeopardComparison::speedup), 0.15, "HP mean speedup");
    }

    /**
     * Section 2.4.3: average energy reduction 3.9x (AE) and 4.0x (HP); target 15%, modeled 3.0x
     * for both: a MISS (-23%, -25%). With Horowitz-derived energies the Key-buffer reads dominate
     * the front-end and a bit-serial 12x2 step costs more per bit than a 12x12 MAC (one latch and
     * add per 2 bits), so early termination saves less than the thesis' 1.8x (see the split test).
     * AE and HP are equal here because nothing static is modeled; the thesis finds them "not
     * substantially different". Pinned to [0.72, 0.82].
     */
    @Test
    void averageEnergyReductionGapDocumented() {
        double ae = LeopardComparison.taskMean(AE, LeopardComparison::energyReduction);
        double hp = LeopardComparison.taskMean(HP, LeopardComparison::energyReduction);
        ratioIn(3.9, ae, 0.72, 0.82, "AE mean energy reduction");
        ratioIn(4.0, hp, 0.72, 0.82, "HP mean energy reduction");
        within(ae, hp, 0.05, "AE and HP energy reductions similar");
    }

    // ---- Extremes ------------------------------------------------------------------------------

    /** Section 2.4.3: ViT-B speedup 1.1x for AE; 20%. Modeled 1.21x. */
    @Test
    void vitSpeedupAeWithin20Percent() {
        within(1.1, LeopardComparison.of(LeopardConfig.ae(), LeopardWorkloads.byName("vit-b")).speedup(), 0.20,
                "ViT-B AE speedup");
    }

    /**
     * Section 2.4.3: ViT-B 1.1x for HP too; modeled 1.59x: a MISS (+45%). With ViT-B's averages
     * (60.3% pruned after 8.5 bits) the 8-DPU front-end needs 0.62 cycles per Score against the
     * baseline's 1, and the V-PU only 0.40: equal AE and HP speedups would need the back-end (same
     * in both) to bind, which the averages rule out. Per-layer spread (layers with little
     * pruning) could explain it; the thesis gives only the average. Pinned to [1.35, 1.55].
     */
    @Test
    void vitSpeedupHpGapDocumented() {
        ratioIn(1.1, LeopardComparison.of(LeopardConfig.hp(), LeopardWorkloads.byName("vit-b")).speedup(), 1.35, 1.55,
                "ViT-B HP speedup");
    }

    /**
     * Section 2.4.3: MemN2N Task 1 3.8x (AE) and 5.1x (HP). The thesis gives Task 1 no statistics;
     * we take MemN2N's maximum pruning rate 97.4% with the 20-task average 4.5 bits. Modeled 2.37x
     * and 3.04x: a MISS (-38%, -40%). 5.1x on 8 DPUs needs about 1.4 cycles per Score per DPU,
     * i.e. pruned Scores stopping after about 2.6 bits, far below the 4.5-bit average. Pinned.
     */
    @Test
    void memn2nTask1GapDocumented() {
        LeopardWorkload task1 = new LeopardWorkload("memn2n-task1", 50, 20, 1, 3, 0.974, 4.5, 1);
        ratioIn(3.8, LeopardComparison.of(LeopardConfig.ae(), task1).speedup(), 0.58, 0.66, "Task 1 AE speedup");
        ratioIn(5.1, LeopardComparison.of(LeopardConfig.hp(), task1).speedup(), 0.56, 0.64, "Task 1 HP speedup");
    }

    // ---- Energy split --------------------------------------------------------------------------

    /**
     * Section 2.4.3 (AE): runtime pruning alone saves about 2.1x on average; 15%. Modeled 1.98x
     * (task mean of baseline / baseline-with-pruning).
     */
    @Test
    void pruningEnergySplitWithin15Percent() {
        List<LeopardComparison> pruningOnly = LeopardComparison.thesis(LeopardConfig.pruningOnly());
        within(2.1, LeopardComparison.taskMean(pruningOnly, LeopardComparison::energyReduction), 0.15, "pruning split");
    }

    /**
     * Section 2.4.3 (AE): early termination adds about 1.8x on top of pruning; modeled 1.48x: a
     * MISS at 15% (-18%), for the reason given in the average-energy test. Pinned to [0.78, 0.86].
     */
    @Test
    void earlyTerminationEnergySplitGapDocumented() {
        double sum = 0;
        int tasks = 0;
        for (LeopardWorkload w : LeopardWorkloads.thesis()) {
            double e = LeopardModel.run(LeopardConfig.pruningOnly(), w).energy().totalPj()
                    / LeopardModel.run(LeopardConfig.ae(), w).energy().totalPj();
            sum += w.tasks() * e;
            tasks += w.tasks();
        }
        ratioIn(1.8, sum / tasks, 0.78, 0.86, "early-termination split");
    }

    /**
     * Section 2.4.3: the back-end takes "more than 65%" of the baseline's energy; modeled 59% on
     * every workload (a MISS, same cause: buffer reads per bit are equal, the 16x16 MACs cost 1.7x
     * a 12x12 one). Pinned to [0.55, 0.65].
     */
    @Test
    void baselineBackEndShareGapDocumented() {
        for (LeopardWorkload w : LeopardWorkloads.thesis()) {
            EnergyBreakdown e = LeopardModel.baseline(w).energy();
            double share = e.backEndPj() / e.totalPj();
            assertTrue(share > 0.55 && share < 0.65, w.name() + " back-end share " + share);
        }
    }

    // ---- Areas -------------------------------------------------------------------------------

    /**
     * Section 2.4.1: AE within 0.2% of the baseline, HP 15% larger (0.5%); and the derived 12x12-bit
     * QK-DPU comes out 5.97x a 12x2-bit one, the 6x its multiplier widths suggest: an independent
     * check that the three area statements agree (1%).
     */
    @Test
    void areaStatementsAgree() {
        double base = LeopardArea.mm2(LeopardConfig.baseline());
        within(base, LeopardArea.mm2(LeopardConfig.ae()), 0.0025, "AE vs baseline area");
        within(1.15, LeopardArea.mm2(LeopardConfig.hp()) / base, 0.005, "HP / baseline area");
        double implied12x12 = LeopardArea.impliedBaselineMm2() - LeopardArea.SHARED_MM2;
        within(6 * LeopardArea.qkDpuMm2(2), implied12x12, 0.01, "12x12 QK-DPU area");
    }

    /** Section 2.4.4: HP's 8 DPUs balance the V-PU better than AE's 6: higher V-PU utilization on every workload. */
    @Test
    void hpKeepsTheVpuBusierThanAe() {
        for (int i = 0; i < AE.size(); i++) {
            assertTrue(HP.get(i).result().vpuUtilization() > AE.get(i).result().vpuUtilization(), AE.get(i).workload().name());
            assertTrue(HP.get(i).result().vpuUtilization() <= 1.0);
        }
        assertEquals(AE.size(), HP.size());
    }
}
