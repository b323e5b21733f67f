package dev.accelbench.kernels.attention;

/**
 * The obviously-correct attention the tests compare the kernels with: scalar loops in float64 from
 * the float inputs, one score at a time, softmax with the maximum subtracted, all three keep rules
 * (dense, threshold, top-k) on the float64 scores.
 */
public final class AttentionReference {

    /** Which scores of a row (scores[0..n)) survive. */
    @FunctionalInterface
    public interface KeepRule {
        void keep(double[] scores, int n, boolean[] keep);
    }

    public static final KeepRule DENSE = (scores, n, keep) -> java.util.Arrays.fill(keep, 0, n, true);

    private AttentionReference() {
    }

    /** Keeps scores >= th. */
    public static KeepRule threshold(double th) {
        return (scores, n, keep) -> {
            for (int j = 0; j < n; j++) {
                keep[j] = scores[j] >= th;
            }
        };
    }

    /** Keeps the k largest, ties to lower indices. */
    public static KeepRule topK(int k) {
        return (scores, n, keep) -> {
            java.util.Arrays.fill(keep, 0, n, false);
            for (int taken = 0; taken < Math.min(k, n); taken++) {
                int best = -1;
                for (int j = 0; j < n; j++) {
                    if (!keep[j] && (best < 0 || scores[j] > scores[best])) {
                        best = j;
                    }
                }
                keep[best] = true;
            }
        };
    }

    /** The scaled score of query i and key j of head h, in float64. */
    public static double score(float[] q, float[] k, AttentionShape shape, int h, int i, int j) {
        int d = shape.headDim();
        int off = shape.headOffset(h);
        double s = 0;
        for (int c = 0; c < d; c++) {
            s += (double) q[off + i * d + c] * k[off + j * d + c];
        }
        return s / Math.sqrt(d);
    }

    /** Attention output in float64 under the keep rule. */
    public static double[] attention(float[] q, float[] k, float[] v, AttentionShape shape, AttentionMask mask,
            KeepRule rule) {
        int s = shape.seqLen();
        int d = shape.headDim();
        double[] out = new double[shape.elements()];
        double[] scores = new double[s];
        boolean[] keep = new boolean[s];
        for (int h = 0; h < shape.heads(); h++) {
            int off = shape.headOffset(h);
            for (int i = 0; i < s; i++) {
                if (!mask.queryValid(i)) {
                    continue;
                }
                int n = mask.visibleKeys(i);
                for (int j = 0; j < n; j++) {
                    scores[j] = score(q, k, shape, h, i, j);
                }
                rule.keep(scores, n, keep);
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (keep[j]) {
                        max = Math.max(max, scores[j]);
                    }
                }
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (keep[j]) {
                        double p = Math.exp(scores[j] - max);
                        sum += p;
                        for (int c = 0; c < d; c++) {
                            out[off + i * d + c] += p * v[off + j * d + c];
                        }
                    }
                }
                for (int c = 0; sum > 0 && c < d; c++) {
                    out[off + i * d + c] /= sum;
                }
            }
        }
        return out;
    }
}
