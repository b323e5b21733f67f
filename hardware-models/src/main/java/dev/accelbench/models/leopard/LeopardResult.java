package dev.accelbench.models.leopard;

import dev.accelbench.models.common.AcceleratorRun;

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
        double frontStallCycles, EnergyBreakdown energy, double areaMm2, double ops) implements AcceleratorRun {

    @Override
    public double clockHz() {
        return config.clockHz();
    }

    @Override
    public double totalEnergyPj() {
        return energy.totalPj();
    }

    /** Scaled to 40 nm by the given rule (Table 2.3). */
    public ScalingRule.Scaled scaledTo40nm(ScalingRule rule) {
        return rule.scale(areaMm2, gopsPerS(), gopsPerJ(), config.processNm(), 40);
    }
}
