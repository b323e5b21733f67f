package dev.accelbench.models.systolic;

import dev.accelbench.models.common.AcceleratorRun;

import dev.accelbench.models.memory.DramResult;
import dev.accelbench.models.workload.Gemm;

/**
 * Everything the model says about one GEMM on one accelerator.
 *
 * @param gemm                 the workload
 * @param accelerator          the machine
 * @param geometry             folding of the largest per-core share
 * @param macs                 M K N
 * @param computeCycles        cycles without stalls, counted from 1 (folds x fold cycles)
 * @param scaleSimTotalCycles  SCALE-Sim v2's "Total Cycles" (CALC mode): compute cycles - 1
 * @param stallCycles          this model's DRAM-bandwidth stalls (0 with unlimited bandwidth)
 * @param totalCycles          scaleSimTotalCycles + stallCycles: equal to SCALE-Sim's without a bandwidth
 * @param mappingEfficiency    mean share of PEs mapped per fold
 * @param scaleSimComputeUtil  SCALE-Sim's "Compute Util"
 * @param sramReads            SRAM reads per operand (this model)
 * @param sramWrites           SRAM writes per operand (this model): fills from DRAM, partial sums, outputs
 * @param scaleSimSramReads    SCALE-Sim's SRAM read counters
 * @param scaleSimSramWrites   SCALE-Sim's SRAM write counter
 * @param dramReads            DRAM reads per operand
 * @param dramWrites           DRAM writes per operand
 * @param largestShare         DRAM model result of the largest per-core share (residency flags, stalls)
 * @param energy               energy by component
 * @param macAreaMm2           area of the MAC arrays (45 nm ASIC), mm^2; buffers not included
 */
public record SystolicResult(Gemm gemm, SystolicAccelerator accelerator, FoldGeometry geometry, long macs,
                             long computeCycles, long scaleSimTotalCycles, long stallCycles, long totalCycles,
                             double mappingEfficiency, double scaleSimComputeUtil, OperandCounts sramReads,
                             OperandCounts sramWrites, OperandCounts scaleSimSramReads,
                             OperandCounts scaleSimSramWrites, OperandCounts dramReads, OperandCounts dramWrites,
                             DramResult largestShare, EnergyBreakdown energy, double macAreaMm2)
        implements AcceleratorRun {

    /** Which operands stay on chip, e.g. {@code "ifmap resident, filter streamed, partial sums on chip"}. */
    public String residency() {
        return largestShare.residency();
    }

    /** MACs / (cores R C x total cycles), at most 1. */
    public double utilization() {
        SystolicAccelerator a = accelerator;
        return (double) macs / ((double) a.cores() * a.rows() * a.cols() * Math.max(1, totalCycles));
    }

    /** Total cycles, stalls included. */
    @Override
    public double cycles() {
        return totalCycles;
    }

    @Override
    public double clockHz() {
        return accelerator.clockHz();
    }

    @Override
    public double totalEnergyPj() {
        return energy.totalPj();
    }

    /** Operations: one MAC is 2. */
    @Override
    public double ops() {
        return 2.0 * macs;
    }

    /** MAC arrays only (45 nm ASIC); buffers not included. */
    @Override
    public double areaMm2() {
        return macAreaMm2;
    }
}
