package dev.accelbench.kernels.approx;

/**
 * LayerNorm and RMSNorm with HAAN's statistics skipping: in chosen layers the inverse standard
 * deviation is not computed from the row but predicted from the previous layer's, for the same
 * row (token). Lecture 12 names the idea ("exploit correlation in input statistics across layers;
 * skip redundant computations and estimate normalization statistics"; HAAN's square-root inverter
 * "supports layer skipping") but not a predictor, so this one is ours:
 *
 * <pre>  isd[l](row) = c[l] * isd[l-1](row),   c[l] = exp(mean over calibration rows of ln(isd[l] / isd[l-1]))</pre>
 *
 * i.e. the geometric mean of the layer-to-layer ratio, calibrated once on sample inputs (in a
 * residual stream each layer adds to the previous layer's input, so a token's scale drifts slowly
 * and its ratio is nearly constant). isd[l-1] is whatever layer l-1 used, computed or predicted,
 * so consecutive skipped layers chain their predictions. A skipped LayerNorm still computes the
 * row mean (one pass) but neither the variance pass nor an rsqrt: two passes instead of three; a
 * skipped RMSNorm only normalises: one pass instead of two. The first layer is never skipped.
 */
public final class HaanNorm {

    private final boolean[] skip;
    private final float[] ratio;
    private final boolean rms;

    private HaanNorm(boolean[] skip, float[] ratio, boolean rms) {
        this.skip = skip;
        this.ratio = ratio;
        this.rms = rms;
    }

    /**
     * Calibrates the ratios on sample inputs: {@code layers[l]} holds rows x cols inputs of layer l.
     *
     * @param skip which layers predict instead of computing (skip[0] must be false)
     * @param rms  RMSNorm (statistics about 0) instead of LayerNorm
     */
    public static HaanNorm calibrate(float[][] layers, int rows, int cols, boolean[] skip, float eps, boolean rms) {
        if (layers.length != skip.length || layers.length == 0) {
            throw new IllegalArgumentException("need one skip flag per layer: " + layers.length + " layers, "
                    + skip.length + " flags");
        }
        if (skip[0]) {
            throw new IllegalArgumentException("layer 0 cannot be skipped: there is no earlier layer to predict from");
        }
        float[] ratio = new float[layers.length];
        ratio[0] = 1f;
        for (int l = 1; l < layers.length; l++) {
            double logSum = 0;
            for (int r = 0; r < rows; r++) {
                logSum += Math.log(exactIsd(layers[l], r * cols, cols, eps, rms) / exactIsd(layers[l - 1], r * cols, cols, eps, rms));
            }
            ratio[l] = (float) Math.exp(logSum / rows);
        }
        return new HaanNorm(skip.clone(), ratio, rms);
    }

    /** The calibrated ratio c[l]. */
    public float ratio(int layer) {
        return ratio[layer];
    }

    public boolean skips(int layer) {
        return skip[layer];
    }

    public int layers() {
        return skip.length;
    }

    /**
     * Normalises layer {@code layer}'s rows x cols input. {@code isd[row]} holds, on entry, the
     * value layer - 1 used (ignored for computed layers) and, on exit, this layer's.
     */
    public void forward(int layer, float[] x, float[] y, int rows, int cols, float[] gamma, float[] beta, float eps,
                        UnaryApprox rsqrt, float[] isd) {
        Softmax.checkShape(x, y, rows, cols);
        if (isd.length < rows) {
            throw new IllegalArgumentException("isd holds " + isd.length + " rows, need " + rows);
        }
        LayerNorm.check(cols, gamma, rms ? null : beta, eps, rsqrt);
        for (int r = 0; r < rows; r++) {
            int off = r * cols;
            if (skip[layer]) {
                isd[r] *= ratio[layer];
                float mean = rms ? 0f : LayerNorm.mean(x, off, cols);
                LayerNorm.normalize(x, off, y, off, cols, mean, isd[r], gamma, rms ? null : beta);
            } else if (rms) {
                isd[r] = LayerNorm.rms(x, off, y, off, cols, gamma, eps, rsqrt);
            } else {
                isd[r] = LayerNorm.apply(x, off, y, off, cols, gamma, beta, eps, rsqrt);
            }
        }
    }

    /** One skipped row: the prediction from the previous isd, then the normalising pass; returns the isd used. */
    public float skippedRow(int layer, float[] x, int off, float[] y, int yOff, int cols, float[] gamma, float[] beta,
                            float previousIsd) {
        float isd = previousIsd * ratio[layer];
        float mean = rms ? 0f : LayerNorm.mean(x, off, cols);
        LayerNorm.normalize(x, off, y, yOff, cols, mean, isd, gamma, rms ? null : beta);
        return isd;
    }

    static double exactIsd(float[] x, int off, int n, float eps, boolean rms) {
        double mean = 0;
        if (!rms) {
            for (int i = 0; i < n; i++) {
                mean += x[off + i];
            }
            mean /= n;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = x[off + i] - mean;
            ss += d * d;
        }
        return 1 / Math.sqrt(ss / n + eps);
    }
}
