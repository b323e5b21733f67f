package dev.accelbench.models.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.models.systolic.SystolicAccelerator;
import dev.accelbench.models.systolic.SystolicModel;
import dev.accelbench.models.systolic.SystolicResult;
import dev.accelbench.models.workload.Gemm;
import org.junit.jupiter.api.Test;

class PresetTest {

    @Test
    void tpuV1PeakIs91point75Tops() {
        // 65,536 MACs x 2 x 700 MHz = 91.75 TOPS (Jouppi et al. 2017, "92 TOPS").
        assertEquals(91.75e12, Preset.TPU_V1.accelerator().peakOpsPerSecond(), 0.01e12);
        // A GEMM that fills the array for long reaches close to the peak.
        SystolicAccelerator a = Preset.TPU_V1.accelerator();
        SystolicResult r = SystolicModel.evaluate(a.withMemory(a.memory().withBandwidth(Double.POSITIVE_INFINITY)),
                new Gemm(1 << 20, 256, 256));
        assertTrue(r.gopsPerS() * 1e9 > 0.99 * 91.75e12 && r.gopsPerS() * 1e9 <= 91.75e12);
    }

    @Test
    void tpuV2PeakAndRidgePoint() {
        SystolicAccelerator a = Preset.TPU_V2.accelerator();
        // The tutorial: 45 TFLOPS, 600 GB/s, ridge 75 FLOP/byte; the model: 2 cores x 128^2 x 2 x 700 MHz.
        assertEquals(45e12, a.peakOpsPerSecond(), 0.02 * 45e12);
        double bytesPerSecond = a.cores() * a.memory().bandwidth() * a.memory().wordBytes() * a.clockHz();
        assertEquals(600e9, bytesPerSecond, 1e6);
        assertEquals(75, a.peakOpsPerSecond() / bytesPerSecond, 75 * 0.02);
    }

    @Test
    void gemminiAndArchimedes() {
        SystolicAccelerator g = Preset.GEMMINI.accelerator();
        assertEquals(16, g.rows());
        assertEquals(64, g.memory().ifmapKb() + g.memory().filterKb());
        assertEquals(256, g.memory().ofmapKb());
        SystolicAccelerator a = Preset.byId("Archimedes-MPO").accelerator();
        assertEquals(16, a.rows());
        assertEquals(4, a.cols());
        assertEquals(280e6, a.clockHz());
        assertThrows(IllegalArgumentException.class, () -> Preset.byId("tpu-v9"));
    }

    @Test
    void multiCoreSplitConservesMacs() {
        SystolicResult r = SystolicModel.evaluate(Preset.TPU_V2.accelerator(), new Gemm(512, 768, 769));
        assertEquals(512L * 768 * 769, r.macs());
        // Every output is written once: 512 x 769 (partial sums stay in the accumulators).
        assertEquals(512L * 769, r.dramWrites().ofmap());
        assertTrue(r.utilization() <= 1);
        assertTrue(r.edp() > 0);
    }

    @Test
    void foldByFoldEqualsFoldClasses() {
        for (Preset p : Preset.values()) {
            for (Gemm g : new Gemm[] {new Gemm(512, 768, 768), new Gemm(197, 64, 197), new Gemm(1, 1280, 5120)}) {
                assertEquals(SystolicModel.evaluateFoldByFold(p.accelerator(), g), SystolicModel.evaluate(p.accelerator(), g));
            }
        }
    }
}
