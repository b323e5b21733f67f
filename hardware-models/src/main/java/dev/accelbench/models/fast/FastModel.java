package dev.accelbench.models.fast;

import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.SystolicCompute;

import java.util.List;

/**
 * FAST's BFP systolic array on training GEMMs. A PE spends ceil(ma/2) x ceil(mb/2) chunk steps on
 * each multiply-add, so the whole weight-stationary dataflow stretches by that factor against an
 * FP32 array of the same size that does one FP32 MAC per PE per cycle (the weight-stationary
 * {@link SystolicCompute} cycles, SCALE-Sim's convention).
 * Both operands of a GEMM use the schedule's width for its layer. Converting each GEMM's two
 * operands to BFP is charged once per GEMM (results leave the array in FP32, section "FAST System
 * Design": a BFP converter feeds the array).
 */
public final class FastModel {

    private FastModel() {
    }

    /** One training step at {@code progress} in [0, 1]. */
    public static FastResult step(FastConfig c, List<StepGemm> gemms, int layers, PrecisionSchedule schedule,
            double progress) {
        FastResult total = new FastResult(0, 0, 0, 0, 0, 0, 0);
        for (StepGemm g : gemms) {
            int m = schedule.mantissaBits(g.layer(), layers, progress);
            if (m < 1 || m > 24) {
                throw new IllegalArgumentException("schedule gave " + m + " mantissa bits for layer " + g.layer());
            }
            long base = SystolicCompute.evaluate(g.shape(), c.rows(), c.cols(), Dataflow.WS).computeCycles();
            double macs = g.macs();
            double groups = (double) g.m() * g.n() * ((g.k() + c.groupSize() - 1) / c.groupSize());
            double converted = (double) g.m() * g.k() + (double) g.k() * g.n();
            total = total.plus(new FastResult(macs, (double) base * c.chunkSteps(m, m),
                    macs * FastEnergy.fmacPj(c, m, m), groups * FastEnergy.GROUP_PJ, converted * FastEnergy.CONVERT_PJ,
                    base, macs * FastEnergy.FP32_MAC_PJ));
        }
        return total;
    }

    /**
     * A whole training run sampled at {@code points} evenly spaced progress values ((i + 0.5) /
     * points), the result being the average step.
     */
    public static FastResult training(FastConfig c, List<StepGemm> gemms, int layers, PrecisionSchedule schedule,
            int points) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be positive, got " + points);
        }
        FastResult sum = new FastResult(0, 0, 0, 0, 0, 0, 0);
        for (int i = 0; i < points; i++) {
            sum = sum.plus(step(c, gemms, layers, schedule, (i + 0.5) / points));
        }
        return sum.times(1.0 / points);
    }
}
