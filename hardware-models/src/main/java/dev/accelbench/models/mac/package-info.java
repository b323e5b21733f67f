/**
 * MAC-unit cost model: for a (multiplier format, accumulator format) pair, ASIC energy per MAC and
 * area from Horowitz's 45 nm table, and FPGA LUTs/DSPs from the MAC talk's tables, with every
 * figure the sources do not give extrapolated by a stated rule and flagged
 * ({@link dev.accelbench.models.mac.MacUnitCost}).
 */
package dev.accelbench.models.mac;
