package dev.accelbench.models.systolic;

import dev.accelbench.models.workload.Gemm;

/**
 * Closed forms for a GEMM on an R x C systolic array, derived from SCALE-Sim v2
 * (scalesim-project/scale-sim-v2, {@code scalesim/compute/systolic_compute_{ws,os,is}.py} and
 * {@code scalesim/memory/double_buffered_scratchpad_mem.py}), so that
 * {@link ComputeResult#scaleSimTotalCycles()} equals SCALE-Sim's "Total Cycles" for a GEMM topology
 * in CALC bandwidth mode. No loop over cycles or folds: constant time.
 *
 * <p>SRAM counters, with F_r and F_c the row and column folds:
 * <table>
 *   <caption>SRAM reads and writes per operand</caption>
 *   <tr><th>dataflow</th><th>ifmap reads</th><th>filter reads</th><th>ofmap writes</th></tr>
 *   <tr><td>WS</td><td>M K F_c</td><td>K N</td><td>M N F_r</td></tr>
 *   <tr><td>OS</td><td>M K F_c</td><td>K N F_r</td><td>M N (+ (R + C) per fold in SCALE-Sim)</td></tr>
 *   <tr><td>IS</td><td>M K</td><td>K N F_c</td><td>M N F_r</td></tr>
 * </table>
 */
public final class SystolicCompute {

    private SystolicCompute() {
    }

    public static ComputeResult evaluate(Gemm gemm, int rows, int cols, Dataflow dataflow) {
        FoldGeometry g = FoldGeometry.of(gemm, rows, cols, dataflow);
        long m = gemm.m();
        long k = gemm.k();
        long n = gemm.n();
        long folds = Math.multiplyExact(g.rowFolds(), g.colFolds());
        long computeCycles = Math.multiplyExact(folds, g.foldCycles());
        double mapping = (double) g.spatialRows() * g.spatialCols() / ((double) folds * rows * cols);
        // SCALE-Sim divides by (rows of the demand matrix it measures + its columns - 1):
        // WS and IS measure a matrix of 2R + C + T - 2 rows and R or C columns.
        long utilCycles = switch (dataflow) {
            case WS, IS -> 2L * rows + 2L * cols + g.temporal() - 3;
            case OS -> rows + cols + g.temporal() - 2;
        };
        double computeUtil = mapping * g.temporal() / utilCycles;
        long mn = m * n;
        OperandCounts reads = switch (dataflow) {
            case WS -> new OperandCounts(m * k * g.colFolds(), k * n, 0);
            case OS -> new OperandCounts(m * k * g.colFolds(), k * n * g.rowFolds(), 0);
            case IS -> new OperandCounts(m * k, k * n * g.colFolds(), 0);
        };
        long scaleSimOfmapWrites = dataflow == Dataflow.OS ? mn + folds * (rows + cols) : mn * g.rowFolds();
        long ownOfmapWrites = dataflow == Dataflow.OS ? mn : mn * g.rowFolds();
        long psumReads = dataflow == Dataflow.OS ? 0 : mn * (g.rowFolds() - 1);
        return new ComputeResult(g, gemm.macs(), computeCycles, computeCycles - 1, mapping, computeUtil,
                reads, new OperandCounts(0, 0, scaleSimOfmapWrites),
                new OperandCounts(reads.ifmap(), reads.filter(), psumReads),
                new OperandCounts(0, 0, ownOfmapWrites));
    }
}
