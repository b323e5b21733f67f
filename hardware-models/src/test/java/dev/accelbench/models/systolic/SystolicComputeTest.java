package dev.accelbench.models.systolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.models.workload.Gemm;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SystolicComputeTest {

    // GEMM A 5 x 6, B 6 x 7 on a 4 x 4 array.
    private static final Gemm SMALL = new Gemm(5, 6, 7);

    @Test
    void weightStationaryByHand() {
        ComputeResult r = SystolicCompute.evaluate(SMALL, 4, 4, Dataflow.WS);
        // WS: Sr = K = 6 -> 2 row folds, Sc = N = 7 -> 2 column folds, T = M = 5.
        assertEquals(2, r.geometry().rowFolds());
        assertEquals(2, r.geometry().colFolds());
        // One fold: 2R + C + T - 2 = 8 + 4 + 5 - 2 = 15 = fill 2R-1 = 7, compute 5, drain C-1 = 3.
        assertEquals(7, r.geometry().fill());
        assertEquals(5, r.geometry().compute());
        assertEquals(3, r.geometry().drain());
        assertEquals(4 * 15, r.computeCycles());
        assertEquals(4 * 15 - 1, r.scaleSimTotalCycles());
        assertEquals(6.0 * 7 / (4 * 16), r.mappingEfficiency(), 1e-15);
        // SCALE-Sim's compute util divides by 2R + 2C + T - 3 = 18 cycles per fold.
        assertEquals(6.0 * 7 / (4 * 16) * 5 / 18, r.scaleSimComputeUtil(), 1e-15);
        assertEquals(5 * 6 * 2, r.sramReads().ifmap());   // A streamed once per column fold
        assertEquals(6 * 7, r.sramReads().filter());      // each weight loaded once
        assertEquals(5 * 7 * 2, r.sramWrites().ofmap());  // partial sums written per row fold
        assertEquals(5 * 7, r.sramReads().ofmap());       // ... and read back once
        assertEquals(5 * 7 * 2, r.scaleSimSramWrites().ofmap());
        assertEquals(0, r.scaleSimSramReads().ofmap());
        assertEquals(5L * 6 * 7 / (16.0 * 60), r.utilization(), 1e-15);
    }

    @Test
    void outputStationaryByHand() {
        ComputeResult r = SystolicCompute.evaluate(SMALL, 4, 4, Dataflow.OS);
        // OS: Sr = M = 5 -> 2, Sc = N = 7 -> 2, T = K = 6; fold R + C + T - 2 = 12.
        assertEquals(12, r.geometry().foldCycles());
        assertEquals(3, r.geometry().fill());
        assertEquals(3, r.geometry().drain());
        assertEquals(48, r.computeCycles());
        assertEquals(47, r.scaleSimTotalCycles());
        assertEquals(5.0 * 7 / 64 * 6 / 12, r.scaleSimComputeUtil(), 1e-15);
        assertEquals(5 * 6 * 2, r.sramReads().ifmap());
        assertEquals(6 * 7 * 2, r.sramReads().filter());
        assertEquals(35, r.sramWrites().ofmap());
        // SCALE-Sim adds R + C = 8 per fold to its OFMAP write counter.
        assertEquals(35 + 4 * 8, r.scaleSimSramWrites().ofmap());
        assertEquals(0, r.sramReads().ofmap());
    }

    @Test
    void inputStationaryByHand() {
        ComputeResult r = SystolicCompute.evaluate(SMALL, 4, 4, Dataflow.IS);
        // IS: Sr = K = 6 -> 2, Sc = M = 5 -> 2, T = N = 7; fold 2R + C + T - 2 = 17.
        assertEquals(17, r.geometry().foldCycles());
        assertEquals(68, r.computeCycles());
        assertEquals(67, r.scaleSimTotalCycles());
        assertEquals(5 * 6, r.sramReads().ifmap());
        assertEquals(6 * 7 * 2, r.sramReads().filter());
        assertEquals(5 * 7 * 2, r.sramWrites().ofmap());
    }

    @Test
    void oneFoldExactFit() {
        // A 4 x 4 GEMM on a 4 x 4 array, WS: one fold of 2*4 + 4 + 4 - 2 = 14 cycles; SCALE-Sim says 13.
        ComputeResult r = SystolicCompute.evaluate(new Gemm(4, 4, 4), 4, 4, Dataflow.WS);
        assertEquals(14, r.computeCycles());
        assertEquals(13, r.scaleSimTotalCycles());
        assertEquals(1.0, r.mappingEfficiency());
    }

    /**
     * SCALE-Sim v2's own golden run (test/golden_trace/COMPUTE_REPORT.csv: configs/scale.cfg,
     * 32 x 32, WS, CALC, alexnet_part.csv Conv1 224x224, 11x11x3, 96 filters, stride 4): ofmap
     * ceil((224 - 11 + 4) / 4) = 55 per side, so the GEMM is M = 3025, K = 363, N = 96. Reported:
     * 112283 total cycles, 0 stall cycles, overall util 91.68309650614964 %, mapping efficiency
     * 94.53125 %, compute util 90.78000992063485 %.
     */
    @Test
    void scaleSimGoldenAlexNetConv1() {
        ComputeResult r = SystolicCompute.evaluate(new Gemm(3025, 363, 96), 32, 32, Dataflow.WS);
        assertEquals(112283, r.scaleSimTotalCycles());
        assertEquals(0.9453125, r.mappingEfficiency(), 1e-15);
        assertEquals(0.9078000992063485, r.scaleSimComputeUtil(), 1e-14);
        assertEquals(0.9168309650614964, r.scaleSimOverallUtil(), 1e-14);
    }

    @Test
    void rejectsBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> SystolicCompute.evaluate(SMALL, 0, 4, Dataflow.WS));
        assertThrows(IllegalArgumentException.class, () -> new Gemm(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Gemm.parse("1,2"));
        assertThrows(IllegalArgumentException.class, () -> Gemm.parse("1,x,2"));
        assertThrows(IllegalArgumentException.class, () -> new Gemm(1L << 30, 1L << 30, 1L << 10));
        assertThrows(IllegalArgumentException.class, () -> Dataflow.parse("rs"));
        assertEquals(new Gemm(512, 768, 768), Gemm.parse(" 512, 768,768"));
    }

    @Property(tries = 300)
    void macsConservedAndUtilizationAtMostOne(@ForAll @IntRange(min = 1, max = 300) int m,
                                               @ForAll @IntRange(min = 1, max = 300) int k,
                                               @ForAll @IntRange(min = 1, max = 300) int n,
                                               @ForAll @IntRange(min = 1, max = 40) int rows,
                                               @ForAll @IntRange(min = 1, max = 40) int cols) {
        Gemm gemm = new Gemm(m, k, n);
        for (Dataflow df : Dataflow.values()) {
            ComputeResult r = SystolicCompute.evaluate(gemm, rows, cols, df);
            FoldGeometry g = r.geometry();
            long macs = 0;
            for (long fr = 0; fr < g.rowFolds(); fr++) {
                for (long fc = 0; fc < g.colFolds(); fc++) {
                    macs += g.rowsUsed(fr) * g.colsUsed(fc) * g.temporal();
                }
            }
            assertEquals(gemm.macs(), macs, df + " folds must cover every MAC once");
            assertTrue(r.utilization() <= 1.0 + 1e-12, df + " utilization " + r.utilization());
            assertTrue(r.mappingEfficiency() <= 1.0 + 1e-12);
            assertTrue(r.scaleSimComputeUtil() <= 1.0 + 1e-12);
            // The array can never be faster than its peak.
            assertTrue(r.computeCycles() * rows * cols >= gemm.macs());
        }
    }
}
