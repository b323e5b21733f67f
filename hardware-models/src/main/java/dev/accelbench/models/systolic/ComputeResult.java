package dev.accelbench.models.systolic;

/**
 * The compute side of a systolic-array run with unlimited memory bandwidth, in SCALE-Sim v2's
 * conventions (CALC bandwidth mode), plus this model's own counters where SCALE-Sim's differ.
 *
 * @param geometry              folds and per-fold cycles
 * @param macs                  M K N
 * @param computeCycles         folds x fold cycles: every cycle of every fold, counted from 1
 * @param scaleSimTotalCycles   what SCALE-Sim reports as "Total Cycles": {@code computeCycles - 1}.
 *                              Its memory system returns the cycle index (counted from 0) at which the
 *                              last OFMAP demand line is served, so the last cycle is not counted.
 *                              In CALC mode its reads never stall and its stall counter is 0.
 * @param mappingEfficiency     mean over folds of used PEs / (R C) = Sr Sc / (folds R C)
 * @param scaleSimComputeUtil   SCALE-Sim's "Compute Util": mean over folds of used PEs x T / (R C x its
 *                              per-fold cycle count), where for WS and IS it counts {@code 2R + 2C + T - 3}
 *                              cycles per fold, C - 1 more than the fold takes
 * @param scaleSimSramReads     SCALE-Sim's SRAM read counters (ifmap and filter; ofmap 0)
 * @param scaleSimSramWrites    SCALE-Sim's SRAM write counter (ofmap); for OS it adds R + C per fold,
 *                              which no element accounts for
 * @param sramReads             this model's SRAM reads: ifmap and filter as SCALE-Sim, plus partial
 *                              sums read back for accumulation (WS, IS: M N (row folds - 1)), which
 *                              SCALE-Sim writes but never reads
 * @param sramWrites            this model's SRAM writes: partial sums for WS and IS (M N row folds),
 *                              the M N outputs for OS
 */
public record ComputeResult(FoldGeometry geometry, long macs, long computeCycles, long scaleSimTotalCycles,
                            double mappingEfficiency, double scaleSimComputeUtil,
                            OperandCounts scaleSimSramReads, OperandCounts scaleSimSramWrites,
                            OperandCounts sramReads, OperandCounts sramWrites) {

    /** SCALE-Sim's "Overall Util": MACs / (R C x total cycles). */
    public double scaleSimOverallUtil() {
        return (double) macs / ((double) geometry.rows() * geometry.cols() * scaleSimTotalCycles);
    }

    /** MACs / (R C x compute cycles): the share of PE-cycles doing useful work, at most 1. */
    public double utilization() {
        return (double) macs / ((double) geometry.rows() * geometry.cols() * computeCycles);
    }
}
