package dev.accelbench.models.leopard;

/**
 * A LEOPARD tile's run over a whole workload (every head of every layer, one tile, heads one
 * after another).
 *
 * @param config          the tile
 * @param workload        workload name
 * @param cycles          total cycles
 * @param vpuUtilization  V-PU busy cycles / total cycles
 * @param frontStallCycles cycles the front-end waited (pause rule and FIFO back-pressure)
 * @param energy          energy by component, pJ
 * @param areaMm2         tile area at 65 nm
 * @param ops             dense-equivalent operations: 2 per multiply-add of Q K^T and of P V,
 *                        4 S² d per head, pruned work counted as done (the effective-throughput
 *                        convention of A3 and SpAtten that Table 2.3 follows)
 */
public record LeopardResult(LeopardConfig config, String workload, double cycles, double vpuUtilization,
        double frontStallCycles, EnergyBreakdown energy, double areaMm2, double ops) {

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

    public double gopsPerSPerMm2() {
        return gopsPerS() / areaMm2;
    }

    /** Energy-delay product, J s. */
    public double edp() {
        return joules() * seconds();
    }

    /** This run's speedup over another run of the same workload (usually the baseline). */
    public double speedupOver(LeopardResult other) {
        return other.cycles / cycles;
    }

    /** Energy reduction against another run of the same workload: its energy over ours. */
    public double energyReductionOver(LeopardResult other) {
        return other.energy.totalPj() / energy.totalPj();
    }

    /** Scaled to 40 nm by the given rule (Table 2.3). */
    public ProcessScaling.Scaled scaledTo40nm(ProcessScaling rule) {
        return rule.scale(areaMm2, gopsPerS(), gopsPerJ(), config.processNm(), 40);
    }
}
