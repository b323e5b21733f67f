package dev.accelbench.models.fast;

/**
 * FAST against an FP32 array of the same rows x cols on the same GEMMs.
 *
 * @param macs          multiply-adds
 * @param cycles        FAST cycles
 * @param macPj         fMAC energy (chunk steps)
 * @param groupPj       per-group exponent and FP32 accumulation energy
 * @param conversionPj  BFP conversion of every GEMM's two operands
 * @param fp32Cycles    FP32 array cycles
 * @param fp32Pj        FP32 array energy
 */
public record FastResult(double macs, double cycles, double macPj, double groupPj, double conversionPj,
        double fp32Cycles, double fp32Pj) {

    public double energyPj() {
        return macPj + groupPj + conversionPj;
    }

    /** FAST cycles / FP32 cycles (above 1: FAST is slower on the same number of PEs). */
    public double cycleRatio() {
        return cycles / fp32Cycles;
    }

    /** FP32 energy / FAST energy. */
    public double energyReduction() {
        return fp32Pj / energyPj();
    }

    FastResult plus(FastResult o) {
        return new FastResult(macs + o.macs, cycles + o.cycles, macPj + o.macPj, groupPj + o.groupPj,
                conversionPj + o.conversionPj, fp32Cycles + o.fp32Cycles, fp32Pj + o.fp32Pj);
    }

    FastResult times(double f) {
        return new FastResult(macs * f, cycles * f, macPj * f, groupPj * f, conversionPj * f, fp32Cycles * f, fp32Pj * f);
    }
}
