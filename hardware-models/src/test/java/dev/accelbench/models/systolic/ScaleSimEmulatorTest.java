package dev.accelbench.models.systolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accelbench.models.workload.Gemm;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The closed forms against the literal re-enactment of SCALE-Sim's demand matrices and CALC memory. */
class ScaleSimEmulatorTest {

    @Property(tries = 150)
    void closedFormsEqualTheReenactment(@ForAll @IntRange(min = 1, max = 40) int m,
                                        @ForAll @IntRange(min = 1, max = 40) int k,
                                        @ForAll @IntRange(min = 1, max = 40) int n,
                                        @ForAll @IntRange(min = 1, max = 9) int rows,
                                        @ForAll @IntRange(min = 1, max = 9) int cols) {
        Gemm gemm = new Gemm(m, k, n);
        for (Dataflow df : Dataflow.values()) {
            ScaleSimEmulator.Report e = ScaleSimEmulator.run(gemm, rows, cols, df, 64);
            ComputeResult c = SystolicCompute.evaluate(gemm, rows, cols, df);
            assertEquals(e.linesPerFold(), c.geometry().foldCycles(), df + " lines per fold");
            assertEquals(0, e.stallCycles(), df + " CALC-mode stalls");
            assertEquals(e.totalCycles(), c.scaleSimTotalCycles(), df + " total cycles");
            assertEquals(e.ifmapReads(), c.scaleSimSramReads().ifmap(), df + " ifmap reads");
            assertEquals(e.filterReads(), c.scaleSimSramReads().filter(), df + " filter reads");
            assertEquals(e.ofmapWrites(), c.sramWrites().ofmap(), df + " ofmap writes");
        }
    }

    /** A 1 KiB OFMAP buffer on a 4 x 4 array drains many times; the drains still never stall. */
    @Test
    void smallOfmapBufferDrainsWithoutStalling() {
        Gemm gemm = new Gemm(60, 20, 30);
        for (Dataflow df : Dataflow.values()) {
            ScaleSimEmulator.Report e = ScaleSimEmulator.run(gemm, 4, 4, df, 1);
            assertEquals(0, e.stallCycles(), df.toString());
            assertEquals(SystolicCompute.evaluate(gemm, 4, 4, df).scaleSimTotalCycles(), e.totalCycles());
        }
    }
}
