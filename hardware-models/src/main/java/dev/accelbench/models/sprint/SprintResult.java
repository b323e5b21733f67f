package dev.accelbench.models.sprint;

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
        SprintEnergyBreakdown energy, double ops, double computeUtilization) {

    public double seconds() {
        return cycles / config.clockHz();
    }

    public double joules() {
        return energy.totalPj() * 1e-12;
    }

    public double gopsPerS() {
        return ops / seconds() / 1e9;
    }

    public double gopsPerJ() {
        return ops / joules() / 1e9;
    }

    /** NaN where the thesis gives no area. */
    public double gopsPerSPerMm2() {
        return gopsPerS() / config.areaMm2();
    }

    public double edp() {
        return joules() * seconds();
    }

    public double speedupOver(SprintResult other) {
        return other.cycles / cycles;
    }

    public double energyReductionOver(SprintResult other) {
        return other.energy.totalPj() / energy.totalPj();
    }
}
