package dev.accelbench.models.mac;

/**
 * Cost of one MAC unit (a multiplier and an accumulator).
 *
 * @param multiplier     multiplier input format
 * @param accumulator    accumulator format
 * @param energyPj       ASIC energy per MAC, 45 nm (multiply + add), pJ
 * @param areaUm2        ASIC area of one MAC, 45 nm, um^2
 * @param luts           FPGA LUTs of one MAC (multiplier + accumulator + converter)
 * @param dsps           FPGA DSP blocks of one MAC
 * @param extrapolated   true where a figure is not in the sources and was extrapolated
 * @param note           which figures are sourced and which extrapolated, and how
 */
public record MacCost(MacFormat multiplier, MacFormat accumulator, double energyPj, double areaUm2, int luts,
                      int dsps, boolean extrapolated, String note) {
}
