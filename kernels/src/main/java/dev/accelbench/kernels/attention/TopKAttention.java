package dev.accelbench.kernels.attention;

/**
 * Top-k pruning for comparison (the A^3 / SpAtten style): every query keeps its k largest scores
 * (all of them when it sees fewer than k keys), whatever their values; ties at the k-th value are
 * broken towards lower key indices. Selection is a quickselect on a copy of the score row, so the
 * front end costs more than a threshold compare, while the back end shrinks alike.
 */
public final class TopKAttention {

    private TopKAttention() {
    }

    /** Attention keeping the top k scores of every query; stats may be null. */
    public static void compute(float[] q, float[] k, float[] v, float[] out, AttentionShape shape, AttentionMask mask,
            int topK, AttentionWorkspace ws, PruningStats stats) {
        shape.check(q, k, v, out);
        mask.check(shape);
        ws.check(shape);
        if (topK < 1) {
            throw new IllegalArgumentException("top-k needs k >= 1, got " + topK);
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
                int m = keepTopK(ws.row, n, Math.min(topK, n), ws.select, ws.exps, ws.kept, ws.keptBits);
                if (stats != null) {
                    stats.recordQuery(ws.keptBits, n, m);
                }
                ValueKernel.indexed(ws.exps, ws.kept, m, v, off, d, out, rowOff);
            }
        }
    }

    /** Compacts the kk largest of row[0..n) (ties to lower indices); returns kk. */
    static int keepTopK(float[] row, int n, int kk, float[] scratch, float[] keptScores, int[] idx, long[] keptBits) {
        java.util.Arrays.fill(keptBits, 0, (n + 63) >>> 6, 0L);
        if (kk == 0) {
            return 0;
        }
        System.arraycopy(row, 0, scratch, 0, n);
        float kth = select(scratch, n, n - kk);
        int above = 0;
        for (int j = 0; j < n; j++) {
            if (row[j] > kth) {
                above++;
            }
        }
        int ties = kk - above;
        int m = 0;
        for (int j = 0; j < n; j++) {
            float x = row[j];
            if (x > kth || (x == kth && ties-- > 0)) {
                keptBits[j >>> 6] |= 1L << j;
                idx[m] = j;
                keptScores[m] = x;
                m++;
            }
        }
        return m;
    }

    /** The value that would sit at index r of a[0..n) sorted ascending (Hoare quickselect). */
    static float select(float[] a, int n, int r) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            float pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (r <= j) {
                hi = j;
            } else if (r >= i) {
                lo = i;
            } else {
                return a[r];
            }
        }
        return a[r];
    }
}
