package dev.accelbench.models.fast;

/**
 * Cycles of an m x k x n GEMM on an R x C weight-stationary systolic array, SCALE-Sim's
 * convention: ceil(k / R) x ceil(n / C) folds of 2R + C + m - 2 cycles each (R cycles to load a
 * weight tile, m input rows streamed, R + C - 2 of skew to fill and drain). A stand-in until the
 * project's systolic model (dev.accelbench.models.systolic) replaces it.
 */
public final class SimpleGemmCycles {

    private SimpleGemmCycles() {
    }

    public static long weightStationary(int rows, int cols, Gemm g) {
        long folds = (long) ((g.k() + rows - 1) / rows) * ((g.n() + cols - 1) / cols);
        return folds * (2L * rows + cols + g.m() - 2);
    }
}
