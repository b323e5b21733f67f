package dev.accelbench.models.systolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.models.preset.Preset;
import dev.accelbench.models.workload.Gemm;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SystolicModelTest {

    @Property(tries = 100)
    void invariantsOnEveryPreset(@ForAll @IntRange(min = 1, max = 3000) int m,
                                 @ForAll @IntRange(min = 1, max = 3000) int k,
                                 @ForAll @IntRange(min = 1, max = 3000) int n) {
        Gemm gemm = new Gemm(m, k, n);
        for (Preset p : Preset.values()) {
            for (Dataflow df : Dataflow.values()) {
                SystolicAccelerator a = p.accelerator().withDataflow(df);
                SystolicResult r = SystolicModel.evaluate(a, gemm);
                assertEquals(gemm.macs(), r.macs());
                assertTrue(r.utilization() <= 1.0 + 1e-12, p + " " + df + " utilization " + r.utilization());
                assertTrue(r.totalCycles() == r.scaleSimTotalCycles() + r.stallCycles());
                EnergyBreakdown e = r.energy();
                assertTrue(e.macPj() > 0 && e.ifmapSramPj() > 0 && e.filterSramPj() > 0 && e.ofmapSramPj() > 0
                        && e.dramPj() > 0);
                assertTrue(r.edp() > 0);
                long previous = Long.MAX_VALUE;
                for (double bw : new double[] {1, 8, 64, 512, Double.POSITIVE_INFINITY}) {
                    long cycles = SystolicModel.evaluate(a.withMemory(a.memory().withBandwidth(bw)), gemm).totalCycles();
                    assertTrue(cycles <= previous, p + " " + df + ": more bandwidth, more cycles");
                    previous = cycles;
                }
            }
        }
    }

    @Test
    void edpIsEnergyTimesDelay() {
        SystolicResult r = SystolicModel.evaluate(32, 32, Dataflow.WS, new Gemm(512, 768, 768));
        assertEquals(349_055, r.totalCycles());
        assertEquals(349_055 / 1e9, r.seconds(), 1e-15);
        assertEquals(r.energy().totalPj() * 1e-12 * r.seconds(), r.edp(), 1e-20);
        // MAC energy: 512 x 768 x 768 MACs x (0.2 + 0.1) pJ (Horowitz int8 multiply, int32 add).
        assertEquals(512.0 * 768 * 768 * 0.3, r.energy().macPj(), 1e-3);
    }
}
