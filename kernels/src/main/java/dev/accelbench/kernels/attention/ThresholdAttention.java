package dev.accelbench.kernels.attention;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * LEOPARD's runtime pruning: a score (Q K^T / sqrt(d)) below the layer's threshold Th is pruned —
 * its probability is exactly 0, so softmax never exponentiates it and its V row is never read.
 * Q K^T stays dense (every score must be compared); the kept scores are compacted with their key
 * indices (the thesis' Score and IDX FIFOs, section 2.3.2) and only they reach the back end.
 * A query that keeps nothing gets a zero output row.
 */
public final class ThresholdAttention {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;

    private ThresholdAttention() {
    }

    /** Pruned attention with threshold th (in scaled-score units); stats may be null. */
    public static void compute(float[] q, float[] k, float[] v, float[] out, AttentionShape shape, AttentionMask mask,
            float threshold, AttentionWorkspace ws, PruningStats stats) {
        shape.check(q, k, v, out);
        mask.check(shape);
        ws.check(shape);
        if (Float.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        int s = shape.seqLen();
        int d = shape.headDim();
        float scale = (float) (1.0 / Math.sqrt(d));
        for (int h = 0; h < shape.heads(); h++) {
            int off = shape.headOffset(h);
            ScoreKernel.transpose(k, off, s, d, ws.kt);
            if (stats != null) {
                stats.startSequence(s);
            }
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
                int m = compact(ws.row, n, threshold, ws.exps, ws.kept, ws.keptBits);
                if (stats != null) {
                    stats.recordQuery(ws.keptBits, n, m);
                }
                ValueKernel.indexed(ws.exps, ws.kept, m, v, off, d, out, rowOff);
            }
        }
    }

    /**
     * Copies the scores row[j] >= th (j < n) and their indices to keptScores and idx, sets their
     * bits in keptBits (cleared first), returns how many.
     */
    static int compact(float[] row, int n, float th, float[] keptScores, int[] idx, long[] keptBits) {
        java.util.Arrays.fill(keptBits, 0, (n + 63) >>> 6, 0L);
        int lanes = F.length();
        int bound = F.loopBound(n);
        int m = 0;
        int j = 0;
        for (; j < bound; j += lanes) {
            long bits = FloatVector.fromArray(F, row, j).compare(VectorOperators.GE, th).toLong();
            if (bits == 0) {
                continue;
            }
            keptBits[j >>> 6] |= bits << (j & 63);
            while (bits != 0) {
                int t = j + Long.numberOfTrailingZeros(bits);
                idx[m] = t;
                keptScores[m] = row[t];
                m++;
                bits &= bits - 1;
            }
        }
        for (; j < n; j++) {
            if (row[j] >= th) {
                keptBits[j >>> 6] |= 1L << j;
                idx[m] = j;
                keptScores[m] = row[j];
                m++;
            }
        }
        return m;
    }
}
