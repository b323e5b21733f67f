package dev.accelbench.models.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.FoldGeometry;
import dev.accelbench.models.workload.Gemm;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DramModelTest {

    private static final Gemm SMALL = new Gemm(5, 6, 7);

    @Test
    void everythingFitsReadsEachOperandOnce() {
        DramResult d = DramModel.evaluate(SMALL, FoldGeometry.of(SMALL, 4, 4, Dataflow.WS), MemoryConfig.SCALE_SIM_DEFAULT);
        assertEquals(5 * 6, d.reads().ifmap());
        assertEquals(6 * 7, d.reads().filter());
        assertEquals(0, d.reads().ofmap());
        assertEquals(5 * 7, d.writes().ofmap());
        assertEquals(0, d.stallCycles());
    }

    @Test
    void smallBuffersRefetchAndSpill() {
        // 16-word SRAMs: half is 8 words. A (30 words) is re-read per column fold (2): 60.
        // Partial-sum tile M x C = 5 x 4 = 20 > 8: every row fold (2) writes 5 x n_used, and the second reads it.
        double kb = 16 / 1024.0;
        MemoryConfig tiny = new MemoryConfig(kb, kb, kb, 1, 1, Double.POSITIVE_INFINITY);
        DramResult d = DramModel.evaluate(SMALL, FoldGeometry.of(SMALL, 4, 4, Dataflow.WS), tiny);
        assertEquals(60, d.reads().ifmap());
        assertEquals(42, d.reads().filter());
        assertEquals(35 * 2, d.writes().ofmap());
        assertEquals(35, d.reads().ofmap());
    }

    @Test
    void stallsOfOneFoldByHand() {
        // 4 x 4 GEMM, 4 x 4 WS array, 1 word/cycle: the only fold needs A 16 + B 16 words before it
        // starts (32 cycles) and drains 16 outputs after it (16 cycles): 48 stall cycles.
        Gemm g = new Gemm(4, 4, 4);
        DramResult d = DramModel.evaluate(g, FoldGeometry.of(g, 4, 4, Dataflow.WS),
                MemoryConfig.SCALE_SIM_DEFAULT.withBandwidth(1));
        assertEquals(48, d.stallCycles());
    }

    @Test
    void stallsOfTwoFoldsByHand() {
        // 4 x 4 x 8 GEMM on 4 x 4 WS: two column folds of 14 cycles. Fold 0 loads A 16 + B 16 = 32 (stall 32);
        // fold 1 loads B 16 (A resident) and drains fold 0's 16 outputs: 32 cycles - 14 overlapped = 18;
        // the last 16 outputs drain at the end: 16. Total 66.
        Gemm g = new Gemm(4, 4, 8);
        DramResult d = DramModel.evaluate(g, FoldGeometry.of(g, 4, 4, Dataflow.WS),
                MemoryConfig.SCALE_SIM_DEFAULT.withBandwidth(1));
        assertEquals(66, d.stallCycles());
    }

    @Test
    void rejectsBadConfig() {
        assertThrows(IllegalArgumentException.class, () -> new MemoryConfig(0, 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new MemoryConfig(1, 1, 1, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new MemoryConfig(1, 1, 1, 1, 1, Double.NaN));
    }

    @Property(tries = 200)
    void moreBandwidthNeverSlowerAndTrafficCoversOperands(@ForAll @IntRange(min = 1, max = 200) int m,
                                                          @ForAll @IntRange(min = 1, max = 200) int k,
                                                          @ForAll @IntRange(min = 1, max = 200) int n,
                                                          @ForAll @IntRange(min = 1, max = 32) int rows,
                                                          @ForAll @IntRange(min = 1, max = 32) int cols,
                                                          @ForAll @IntRange(min = 1, max = 64) int kb) {
        Gemm gemm = new Gemm(m, k, n);
        MemoryConfig mem = new MemoryConfig(kb / 16.0, kb / 16.0, kb / 16.0, 1, 4, Double.POSITIVE_INFINITY);
        for (Dataflow df : Dataflow.values()) {
            FoldGeometry g = FoldGeometry.of(gemm, rows, cols, df);
            long previous = Long.MAX_VALUE;
            for (double bw : new double[] {0.25, 1, 3, 16, 100, 1e9}) {
                DramResult d = DramModel.evaluate(gemm, g, mem.withBandwidth(bw));
                assertTrue(d.stallCycles() <= previous, df + " bandwidth " + bw + " slower");
                previous = d.stallCycles();
                assertTrue(d.reads().ifmap() >= (long) m * k);
                assertTrue(d.reads().filter() >= (long) k * n);
                assertTrue(d.writes().ofmap() >= (long) m * n);
            }
            assertEquals(0, DramModel.evaluate(gemm, g, mem).stallCycles());
        }
    }

    @Property(tries = 400)
    void classesEqualSteppedReference(@ForAll @IntRange(min = 1, max = 300) int m,
                                      @ForAll @IntRange(min = 1, max = 300) int k,
                                      @ForAll @IntRange(min = 1, max = 300) int n,
                                      @ForAll @IntRange(min = 1, max = 20) int rows,
                                      @ForAll @IntRange(min = 1, max = 20) int cols,
                                      @ForAll @IntRange(min = 1, max = 64) int kb,
                                      @ForAll @IntRange(min = 1, max = 64) int bw) {
        Gemm gemm = new Gemm(m, k, n);
        MemoryConfig mem = new MemoryConfig(kb / 8.0, kb / 16.0, kb / 4.0, 1, 4, bw / 4.0);
        for (Dataflow df : Dataflow.values()) {
            FoldGeometry g = FoldGeometry.of(gemm, rows, cols, df);
            assertEquals(DramModel.evaluateStepped(gemm, g, mem), DramModel.evaluate(gemm, g, mem), df.toString());
            MemoryConfig unlimited = mem.withBandwidth(Double.POSITIVE_INFINITY);
            assertEquals(DramModel.evaluateStepped(gemm, g, unlimited), DramModel.evaluate(gemm, g, unlimited));
        }
    }
}
