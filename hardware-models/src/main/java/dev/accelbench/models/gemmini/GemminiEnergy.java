package dev.accelbench.models.gemmini;

/**
 * Energy by component, pJ (45 nm, as the systolic model).
 *
 * @param macPj         int8 x int8 -> int32 multiply-accumulates
 * @param scratchpadPj  scratchpad reads and writes (bytes)
 * @param accumulatorPj accumulator reads and writes (int32 words)
 * @param dramPj        DRAM bytes
 * @param vectorPj      normalization unit element-passes
 */
public record GemminiEnergy(double macPj, double scratchpadPj, double accumulatorPj, double dramPj, double vectorPj) {

    public static final GemminiEnergy ZERO = new GemminiEnergy(0, 0, 0, 0, 0);

    public double totalPj() {
        return macPj + scratchpadPj + accumulatorPj + dramPj + vectorPj;
    }

    public GemminiEnergy plus(GemminiEnergy o) {
        return new GemminiEnergy(macPj + o.macPj, scratchpadPj + o.scratchpadPj, accumulatorPj + o.accumulatorPj,
                dramPj + o.dramPj, vectorPj + o.vectorPj);
    }

    public GemminiEnergy times(double f) {
        return new GemminiEnergy(macPj * f, scratchpadPj * f, accumulatorPj * f, dramPj * f, vectorPj * f);
    }
}
