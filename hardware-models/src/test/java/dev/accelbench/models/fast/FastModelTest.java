package dev.accelbench.models.fast;

import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.SystolicCompute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** FAST on a BERT-B training step (S = 512) at m = 2, 4, 6, 8 and on the progressive schedule. */
class FastModelTest {

    private static final List<StepGemm> BERT = BertTrainingGemms.bertBase(512);
    private static final FastConfig C = FastConfig.defaults();

    /** Chunk steps: ceil(ma/2) x ceil(mb/2). */
    @Test
    void chunkSteps() {
        assertEquals(1, C.chunkSteps(2, 2));
        assertEquals(4, C.chunkSteps(4, 4));
        assertEquals(6, C.chunkSteps(4, 6));
        assertEquals(9, C.chunkSteps(5, 6));
        assertEquals(16, C.chunkSteps(8, 8));
    }

    /** The FP32 reference uses SCALE-Sim's weight-stationary formula: 64 x 40 x 70 on 32 x 32 is 2 x 3 folds of 64 + 32 + 64 - 2. */
    @Test
    void fp32CyclesFollowTheWeightStationaryFoldFormula() {
        assertEquals(6 * (2 * 32 + 32 + 64 - 2), SystolicCompute.evaluate(new StepGemm("g", 0, 64, 40, 70).shape(), 32, 32,
                Dataflow.WS).computeCycles());
    }

    /** BERT-B step: 3 x 12 x (S H 3H + 2 x 12 S² dh + S H H + 2 x S H 4H) multiply-adds. */
    @Test
    void bertStepMacs() {
        long s = 512;
        long h = 768;
        long perLayer = s * h * 3 * h + 12 * 2 * s * s * 64 + s * h * h + 2 * s * h * 4 * h;
        assertEquals(3 * 12 * perLayer, BERT.stream().mapToLong(StepGemm::macs).sum());
    }

    /** Cycles at m = 2, 4, 6, 8 are 1, 4, 9, 16 times the FP32 array's; energy falls with m. */
    @Test
    void cyclesScaleWithChunkStepsAtM2468() {
        double previousEnergy = 0;
        for (int m : new int[] {2, 4, 6, 8}) {
            FastResult r = FastModel.step(C, BERT, 12, PrecisionSchedule.constant(m), 0.5);
            int steps = (m / 2) * (m / 2);
            assertEquals(steps, r.cycleRatio(), 1e-12, "m=" + m);
            assertTrue(r.energyPj() > previousEnergy, "energy grows with m");
            assertTrue(r.energyReduction() > 1, "m=" + m + " cheaper than FP32: " + r.energyReduction());
            previousEnergy = r.energyPj();
        }
    }

    /** The schedule's totals lie between its lowest (2-bit) and highest (8-bit) precision. */
    @Test
    void scheduleBetweenLowestAndHighestPrecision() {
        FastResult low = FastModel.training(C, BERT, 12, PrecisionSchedule.constant(2), 8);
        FastResult high = FastModel.training(C, BERT, 12, PrecisionSchedule.constant(8), 8);
        FastResult sched = FastModel.training(C, BERT, 12, PrecisionSchedule.progressive(), 8);
        assertTrue(sched.cycles() > low.cycles() && sched.cycles() < high.cycles());
        assertTrue(sched.energyPj() > low.energyPj() && sched.energyPj() < high.energyPj());
        assertEquals(low.fp32Cycles(), sched.fp32Cycles(), 0.0);
    }

    /** The progressive schedule: shallow/early 2 bits, deep/late 8, never falling with depth or progress. */
    @Test
    void progressiveScheduleIsMonotone() {
        PrecisionSchedule p = PrecisionSchedule.progressive();
        assertEquals(2, p.mantissaBits(0, 12, 0));
        assertEquals(8, p.mantissaBits(11, 12, 1));
        for (int l = 0; l < 12; l++) {
            for (int i = 0; i < 10; i++) {
                int here = p.mantissaBits(l, 12, i / 10.0);
                assertTrue(p.mantissaBits(l, 12, (i + 1) / 10.0) >= here);
                if (l < 11) {
                    assertTrue(p.mantissaBits(l + 1, 12, i / 10.0) >= here);
                }
            }
        }
    }

    @Test
    void badInputIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> PrecisionSchedule.constant(3));
        assertThrows(IllegalArgumentException.class, () -> new StepGemm("g", 0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> BertTrainingGemms.step(1, 100, 12, 8));
    }
}
