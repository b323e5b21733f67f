package dev.accelbench.models.gemmini;

import dev.accelbench.models.common.AcceleratorRun;

/**
 * One step of a schedule (a tiled matmul, a normalization pass, or both fused), or a sum of steps
 * run one after another.
 *
 * @param what          what ran, e.g. {@code "matmul 512x64x512 tile 32x32x512 + softmax (fused)"}
 * @param latencyCycles latency in cycles
 * @param computeCycles cycles the array is busy (folds, preloads, skew and drain)
 * @param macs          multiply-accumulates
 * @param vectorOps     element-passes of the normalization unit
 * @param dramBytes     bytes read from and written to DRAM
 * @param energy        energy by component
 * @param clockHz       clock
 * @param macAreaMm2    area of the 16 x 16 int8 MAC array (45 nm), buffers not included
 */
public record GemminiRun(String what, long latencyCycles, long computeCycles, long macs, long vectorOps, long dramBytes,
                         GemminiEnergy energy, double clockHz, double macAreaMm2) implements AcceleratorRun {

    /** Nothing, the start of a sum. */
    public static GemminiRun empty(String what, double clockHz, double macAreaMm2) {
        return new GemminiRun(what, 0, 0, 0, 0, 0, GemminiEnergy.ZERO, clockHz, macAreaMm2);
    }

    /** This step followed by another (no overlap between them). */
    public GemminiRun then(GemminiRun o) {
        return new GemminiRun(what.isEmpty() ? o.what : what + "; " + o.what, latencyCycles + o.latencyCycles,
                computeCycles + o.computeCycles, macs + o.macs, vectorOps + o.vectorOps, dramBytes + o.dramBytes,
                energy.plus(o.energy), clockHz, macAreaMm2);
    }

    /** {@code count} identical steps one after another (e.g. one per attention head). */
    public GemminiRun times(int count) {
        return new GemminiRun(count == 1 ? what : count + " x (" + what + ")", latencyCycles * count, computeCycles * count,
                macs * count, vectorOps * count, dramBytes * count, energy.times(count), clockHz, macAreaMm2);
    }

    /** Relabelled. */
    public GemminiRun named(String label) {
        return new GemminiRun(label, latencyCycles, computeCycles, macs, vectorOps, dramBytes, energy, clockHz, macAreaMm2);
    }

    @Override
    public double cycles() {
        return latencyCycles;
    }

    @Override
    public double clockHz() {
        return clockHz;
    }

    @Override
    public double totalEnergyPj() {
        return energy.totalPj();
    }

    /** 2 per MAC; the normalization unit's work is not counted as operations. */
    @Override
    public double ops() {
        return 2.0 * macs;
    }

    @Override
    public double areaMm2() {
        return macAreaMm2;
    }

    /** MACs / (256 x cycles). */
    public double utilization() {
        return latencyCycles == 0 ? 0 : (double) macs / (256.0 * latencyCycles);
    }
}
