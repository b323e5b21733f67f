package dev.accelbench.kernels.attention;

/**
 * Dense scaled dot-product attention, Vector API: for every valid query, the scores against every
 * key it sees (scaled by 1/sqrt(d)), softmax, and the weighted sum of V. The speed reference for
 * the pruned kernels; {@link AttentionReference} is its float64 check.
 */
public final class DenseAttention {

    private DenseAttention() {
    }

    /** out = softmax(Q K^T / sqrt(d)) V per head, under the mask; padded queries give zero rows. */
    public static void compute(float[] q, float[] k, float[] v, float[] out, AttentionShape shape, AttentionMask mask,
            AttentionWorkspace ws) {
        shape.check(q, k, v, out);
        mask.check(shape);
        ws.check(shape);
        int s = shape.seqLen();
        int d = shape.headDim();
        float scale = (float) (1.0 / Math.sqrt(d));
        for (int h = 0; h < shape.heads(); h++) {
            int off = shape.headOffset(h);
            ScoreKernel.transpose(k, off, s, d, ws.kt);
            for (int i = 0; i < s; i++) {
                int rowOff = off + i * d;
                if (!mask.queryValid(i)) {
                    java.util.Arrays.fill(out, rowOff, rowOff + d, 0f);
                    continue;
                }
                int n = mask.visibleKeys(i);
                ScoreKernel.row(q, rowOff, ws.kt, 0, s, d, n, scale, ws.row);
                ValueKernel.dense(ws.row, n, ws.exps, v, off, d, out, rowOff);
            }
        }
    }
}
