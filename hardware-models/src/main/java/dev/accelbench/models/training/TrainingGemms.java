package dev.accelbench.models.training;

import dev.accelbench.models.systolic.ComputeResult;
import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.FoldGeometry;
import dev.accelbench.models.systolic.SystolicCompute;
import dev.accelbench.models.workload.Gemm;
import java.util.List;

/**
 * The three GEMMs of training a layer Y = X W (X: M x K activations, M = batch x positions;
 * W: K x N) on one R x C array, without a transpose (lecture 12, "In-place Transposed Matrix
 * Multiplication") and with an explicit transpose followed by the forward (weight-stationary)
 * dataflow.
 *
 * <p>In place:
 * <ul>
 *   <li>forward Y = X W: weight stationary, W's K x N tiles in the PEs, X streamed (M rows).</li>
 *   <li>input gradient dX = dY W^T: the same W tiles stay as loaded; dY enters from the other edge
 *       and partial sums run the other way (lecture: "input from left, accumulation upwards"). The
 *       folds are the forward ones and a fold takes as long: preload R, dY skew across C - 1
 *       columns, M rows streamed, outputs out across R - 1 rows: 2R + C + M - 2. Reads: W once
 *       (K N), dY once per row fold (M N ceil(K/R)); dX partial sums accumulate over the column
 *       folds: M K ceil(N/C) writes and M K (ceil(N/C) - 1) reads.</li>
 *   <li>weight gradient dW = X^T dY (K x N): accumulation stationary (output stationary on the
 *       GEMM K, M, N): dW tiles stay in the PEs, X from the bottom (its rows are X^T's columns, so
 *       no transpose), dY from the left; T = M.</li>
 * </ul>
 * With a transpose: W^T (N x K) or X^T (K x M) is first written out by a transpose unit that moves
 * R words per cycle (an assumption: one array edge per cycle), reading and writing every element
 * once; then the forward WS dataflow runs dX = dY W^T as the GEMM (M, N, K) and dW = X^T dY as
 * the GEMM (K, M, N) with dY stationary.
 */
public final class TrainingGemms {

    private TrainingGemms() {
    }

    /** In-place passes, then the transpose-and-forward passes for the two gradients. */
    public static List<TrainingPass> compare(long m, long k, long n, int rows, int cols) {
        Gemm forward = new Gemm(m, k, n);
        ComputeResult fwd = SystolicCompute.evaluate(forward, rows, cols, Dataflow.WS);
        TrainingPass f = pass("forward", "in-place", forward, fwd, 0, 0);

        FoldGeometry g = fwd.geometry();
        long colFoldsN = g.colFolds();
        Gemm dxGemm = new Gemm(m, n, k);
        long dxReads = k * n + m * n * g.rowFolds() + m * k * (colFoldsN - 1);
        long dxWrites = m * k * colFoldsN;
        TrainingPass dx = new TrainingPass("input_grad", "in-place", dxGemm, fwd.computeCycles(), 0, dxReads, dxWrites);

        Gemm dwGemm = new Gemm(k, m, n);
        TrainingPass dw = pass("weight_grad", "in-place", dwGemm,
                SystolicCompute.evaluate(dwGemm, rows, cols, Dataflow.OS), 0, 0);

        long wT = k * n;
        TrainingPass dxT = pass("input_grad", "transpose+ws", dxGemm,
                SystolicCompute.evaluate(dxGemm, rows, cols, Dataflow.WS), ceilDiv(wT, rows), wT);
        long xT = m * k;
        TrainingPass dwT = pass("weight_grad", "transpose+ws", dwGemm,
                SystolicCompute.evaluate(dwGemm, rows, cols, Dataflow.WS), ceilDiv(xT, rows), xT);
        return List.of(f, dx, dw, dxT, dwT);
    }

    private static TrainingPass pass(String name, String method, Gemm gemm, ComputeResult r, long transposeCycles,
                                     long transposed) {
        return new TrainingPass(name, method, gemm, r.computeCycles(), transposeCycles,
                r.sramReads().total() + transposed, r.sramWrites().total() + transposed);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
