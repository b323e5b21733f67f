package dev.accelbench.models.sprint;

import dev.accelbench.models.common.AcceleratorRun;

/**
 * A SPRINT-sized system over a whole workload.
 *
 * @param config           the system
 * @param workload         workload name
 * @param cycles           total cycles
 * @param mainReadBytes    bytes read from main memory (Q, K, V): Figure 3.10's data movement
 * @param energy           energy by part
 * @param ops              useful dense-equivalent ops: 4 S'² d per head over the unpadded tokens,
 *                         pruned work counted as done, the same for every mode (so GOPs/s ratios
 *                         are speedups)
 * @param computeUtilization scores computed / (cycles x CORELETs)
 */
public record SprintResult(SprintConfig config, String workload, double cycles, double mainReadBytes,
        SprintEnergyBreakdown energy, double ops, double computeUtilization) implements AcceleratorRun {

    @Override
    public double clockHz() {
        return config.clockHz();
    }

    @Override
    public double totalEnergyPj() {
        return energy.totalPj();
    }

    /** NaN where the thesis gives no area. */
    @Override
    public double areaMm2() {
        return config.areaMm2();
    }

    /**
     * The same run repeated {@code f} times (cycles, traffic, energy and ops times f): a run over a
     * sample of heads scaled to a model's heads x layers, which leaves every ratio unchanged.
     */
    public SprintResult times(double f) {
        return new SprintResult(config, workload, cycles * f, mainReadBytes * f, energy.times(f), ops * f,
                computeUtilization);
    }
}
