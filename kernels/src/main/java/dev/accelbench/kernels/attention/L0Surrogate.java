package dev.accelbench.kernels.attention;

/**
 * LEOPARD's differentiable count of surviving scores (thesis equation 2.5): ||theta||_0 ~ sum_j
 * sigmoid(k (score_j + c - alpha)), close to 1 for a soft-thresholded score above -c and to 0 for
 * one pushed to -c. The thesis uses k = 100 and alpha = 1 (section 2.2.2), with c from
 * {@link SoftThreshold} (1000).
 *
 * @param k     sigmoid steepness
 * @param alpha offset below which a score near -c counts as pruned
 * @param c     the soft threshold's pruned value
 */
public record L0Surrogate(double k, double alpha, double c) {

    public static final L0Surrogate THESIS = new L0Surrogate(100, 1, 1000);

    public L0Surrogate {
        if (!(k > 0) || Double.isInfinite(k) || !Double.isFinite(alpha) || !(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("L0 surrogate needs finite k > 0, alpha, c > 0, got k=" + k + " alpha="
                    + alpha + " c=" + c);
        }
    }

    /** sigmoid(k (score + c - alpha)) for one score. */
    public double value(double score) {
        return sigmoid(k * (score + c - alpha));
    }

    /** d value / d score = k sigma (1 - sigma). */
    public double derivative(double score) {
        double sg = value(score);
        return k * sg * (1 - sg);
    }

    /** The surrogate count over scores. */
    public double count(double[] scores) {
        double sum = 0;
        for (double x : scores) {
            sum += value(x);
        }
        return sum;
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
