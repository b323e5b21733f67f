package dev.accelbench.models.systolic;

/**
 * Energy of one run by component, all in pJ.
 *
 * @param macPj          MACs x energy per MAC (multiplier + accumulator adder)
 * @param ifmapSramPj    A's SRAM reads and writes (fills from DRAM) x access energy
 * @param filterSramPj   B's SRAM reads and writes
 * @param ofmapSramPj    accumulator SRAM reads and writes (partial sums, outputs)
 * @param dramPj         DRAM words x Horowitz's 1.3 nJ per 64 bits
 */
public record EnergyBreakdown(double macPj, double ifmapSramPj, double filterSramPj, double ofmapSramPj,
                              double dramPj) {

    public double totalPj() {
        return macPj + ifmapSramPj + filterSramPj + ofmapSramPj + dramPj;
    }

    public EnergyBreakdown plus(EnergyBreakdown o) {
        return new EnergyBreakdown(macPj + o.macPj, ifmapSramPj + o.ifmapSramPj, filterSramPj + o.filterSramPj,
                ofmapSramPj + o.ofmapSramPj, dramPj + o.dramPj);
    }
}
