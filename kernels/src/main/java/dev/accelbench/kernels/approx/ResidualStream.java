package dev.accelbench.kernels.approx;

import java.util.SplittableRandom;

/**
 * Synthetic normalisation inputs of a transformer's residual stream, for HAAN's predictor when no
 * model weights are at hand: layer 0 is Gaussian with a per-token (row) scale drawn log-normally
 * (sigma 0.5), and each next layer adds an update of relative size {@code growth} times the
 * token's scale: x[l+1] = x[l] + growth s_row N(0, 1). Its statistics are correlated across layers
 * the way HAAN assumes; real models' correlation is the assumption, not shown here.
 */
public final class ResidualStream {

    private ResidualStream() {
    }

    /** layers x (rows x cols) inputs from a seed. */
    public static float[][] generate(long seed, int layers, int rows, int cols, double growth) {
        if (layers < 1 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("need at least one layer, row and column, got " + layers + ", " + rows
                    + ", " + cols);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] scale = new double[rows];
        for (int r = 0; r < rows; r++) {
            scale[r] = Math.exp(0.5 * random.nextGaussian());
        }
        float[][] out = new float[layers][rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[0][r * cols + c] = (float) (scale[r] * random.nextGaussian() + 0.1 * scale[r]);
            }
        }
        for (int l = 1; l < layers; l++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int i = r * cols + c;
                    out[l][i] = (float) (out[l - 1][i] + growth * scale[r] * random.nextGaussian());
                }
            }
        }
        return out;
    }
}
