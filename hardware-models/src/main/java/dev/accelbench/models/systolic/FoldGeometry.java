package dev.accelbench.models.systolic;

import dev.accelbench.models.workload.Gemm;

/**
 * How a GEMM folds onto an R x C array under one dataflow, and how long each fold takes in
 * SCALE-Sim v2's accounting (its compute modules {@code systolic_compute_ws/os/is.py}: the number of
 * rows of the per-fold demand matrices, which is one row per cycle).
 *
 * <p>Per fold, with T the streamed dimension:
 * <ul>
 *   <li>WS and IS: {@code 2R + C + T - 2} cycles: fill {@code 2R - 1} (R cycles to preload the
 *       stationary operand, R - 1 for the first streamed vector to reach the last row), compute T,
 *       drain {@code C - 1} (the skew of the last output across the columns);</li>
 *   <li>OS: {@code R + C + T - 2} cycles: fill {@code C - 1} (operand skew), compute T, drain
 *       {@code R - 1} (outputs shifted out row by row); no separate preload.</li>
 * </ul>
 * A partial fold (fewer than R rows or C columns used) costs as much as a full one: SCALE-Sim pads
 * its demand matrices with null requests. Folds run one after another, column folds outermost.
 *
 * @param dataflow  the dataflow
 * @param rows      R
 * @param cols      C
 * @param spatialRows Sr, the GEMM dimension laid over the rows
 * @param spatialCols Sc, the GEMM dimension laid over the columns
 * @param temporal  T, the dimension streamed over time
 * @param rowFolds  ceil(Sr / R)
 * @param colFolds  ceil(Sc / C)
 * @param fill      fill cycles of one fold
 * @param compute   compute cycles of one fold (T)
 * @param drain     drain cycles of one fold
 */
public record FoldGeometry(Dataflow dataflow, int rows, int cols, long spatialRows, long spatialCols,
                           long temporal, long rowFolds, long colFolds, long fill, long compute, long drain) {

    /** The folding of {@code gemm} on an R x C array. */
    public static FoldGeometry of(Gemm gemm, int rows, int cols, Dataflow dataflow) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("array must have at least 1 row and 1 column, got " + rows + " x " + cols);
        }
        long sr;
        long sc;
        long t;
        switch (dataflow) {
            case WS -> { sr = gemm.k(); sc = gemm.n(); t = gemm.m(); }
            case OS -> { sr = gemm.m(); sc = gemm.n(); t = gemm.k(); }
            case IS -> { sr = gemm.k(); sc = gemm.m(); t = gemm.n(); }
            default -> throw new AssertionError(dataflow);
        }
        long fill = dataflow == Dataflow.OS ? cols - 1 : 2L * rows - 1;
        long drain = dataflow == Dataflow.OS ? rows - 1 : cols - 1;
        return new FoldGeometry(dataflow, rows, cols, sr, sc, t, ceilDiv(sr, rows), ceilDiv(sc, cols), fill, t, drain);
    }

    /** Cycles of one fold: fill + compute + drain. */
    public long foldCycles() {
        return fill + compute + drain;
    }

    public long folds() {
        return rowFolds * colFolds;
    }

    /** Rows used by row fold {@code fr} (the last one may be partial). */
    public long rowsUsed(long fr) {
        return Math.min(rows, spatialRows - fr * rows);
    }

    /** Columns used by column fold {@code fc}. */
    public long colsUsed(long fc) {
        return Math.min(cols, spatialCols - fc * cols);
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
