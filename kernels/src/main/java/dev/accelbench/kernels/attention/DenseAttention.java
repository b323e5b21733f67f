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
            java.util.Arrays.fill(out, off + mask.validLength() * d, off + s * d, 0f);
            for (int i = 0; i < mask.validLength(); i++) {
                int rowOff = off + i * d;
                int n = mask.visibleKeys(i);
                int g = i % ScoreKernel.GROUP;
                if (g == 0) {
                    int nq = Math.min(ScoreKernel.GROUP, mask.validLength() - i);
                    ScoreKernel.rows(q, rowOff, nq, ws.kt, 0, s, d, mask.visibleKeys(i + nq - 1), scale, ws.rows, 0, s);
                }
                System.arraycopy(ws.rows, g * s, ws.row, 0, n);
                ValueKernel.dense(ws.row, n, ws.exps, v, off, d, out, rowOff);
            }
        }
    }
}
