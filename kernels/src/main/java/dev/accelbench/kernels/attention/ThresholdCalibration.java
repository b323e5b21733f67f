package dev.accelbench.kernels.attention;

/**
 * Picks the threshold Th that prunes a target fraction of the scores of sample data: LEOPARD
 * learns a per-layer Th in training (section 2.2); without training, the next best stand-in is the
 * quantile of the sample's scores. Th is set halfway between the two sorted scores that bracket the
 * target count, so that no sample score sits exactly on it and the sample's pruning rate is the
 * target to within one score.
 */
public final class ThresholdCalibration {

    private ThresholdCalibration() {
    }

    /** The scaled scores (Q K^T / sqrt(d)) that exist under the mask, head after head, query after query. */
    public static float[] scores(float[] q, float[] k, AttentionShape shape, AttentionMask mask) {
        shape.checkLength("q", q);
        shape.checkLength("k", k);
        mask.check(shape);
        long total = mask.scoresPerHead() * shape.heads();
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many scores to calibrate on: " + total);
        }
        float[] all = new float[(int) total];
        AttentionWorkspace ws = new AttentionWorkspace(shape);
        int s = shape.seqLen();
        int d = shape.headDim();
        float scale = (float) (1.0 / Math.sqrt(d));
        int at = 0;
        for (int h = 0; h < shape.heads(); h++) {
            int off = shape.headOffset(h);
            ScoreKernel.transpose(k, off, s, d, ws.kt);
            for (int i = 0; i < mask.validLength(); i++) {
                int n = mask.visibleKeys(i);
                int g = i % ScoreKernel.GROUP;
                if (g == 0) {
                    int nq = Math.min(ScoreKernel.GROUP, mask.validLength() - i);
                    ScoreKernel.rows(q, off + i * d, nq, ws.kt, 0, s, d, mask.visibleKeys(i + nq - 1), scale, ws.rows, 0,
                            s);
                }
                System.arraycopy(ws.rows, g * s, all, at, n);
                at += n;
            }
        }
        return all;
    }

    /** The threshold pruning fraction {@code rate} (0..1) of the scores of q and k. */
    public static float forRate(float[] q, float[] k, AttentionShape shape, AttentionMask mask, double rate) {
        return forRate(scores(q, k, shape, mask), rate);
    }

    /** The threshold pruning fraction {@code rate} of the given scores (the array is sorted in place). */
    public static float forRate(float[] scores, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("target pruning rate must be in [0, 1], got " + rate);
        }
        if (scores.length == 0) {
            throw new IllegalArgumentException("no scores to calibrate on (everything is padding?)");
        }
        java.util.Arrays.sort(scores);
        int n = scores.length;
        int below = (int) Math.round(rate * n);
        if (below == 0) {
            return Math.nextDown(scores[0]);
        }
        if (below == n) {
            return Math.nextUp(scores[n - 1]);
        }
        float lo = scores[below - 1];
        float hi = scores[below];
        float mid = lo + (hi - lo) / 2;
        return mid > lo ? mid : hi;
    }

    /** Fraction of the scores below th. */
    public static double rate(float[] scores, float th) {
        long below = 0;
        for (float x : scores) {
            if (x < th) {
                below++;
            }
        }
        return scores.length == 0 ? Double.NaN : (double) below / scores.length;
    }
}
