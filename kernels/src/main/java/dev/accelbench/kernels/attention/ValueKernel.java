package dev.accelbench.kernels.attention;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The back end of attention for one query: softmax over the scores it keeps, then the
 * probability-weighted sum of the corresponding V rows. The dense form reads keys 0..n-1; the
 * indexed form reads only the kept keys' scores (compacted) and V rows, so its exp and V work
 * shrink with the pruning rate (LEOPARD's V-PU, thesis section 2.3.3).
 */
final class ValueKernel {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;

    private ValueKernel() {
    }

    /**
     * out[outOff..+d) = sum_j softmax(scores[0..n))_j V[j]; exps is scratch. n = 0 writes zeros.
     */
    static void dense(float[] scores, int n, float[] exps, float[] v, int vOff, int d, float[] out, int outOff) {
        if (n == 0) {
            java.util.Arrays.fill(out, outOff, outOff + d, 0f);
            return;
        }
        float inv = 1f / expAndSum(scores, n, exps);
        int lanes = F.length();
        int c = 0;
        for (; c + 2 * lanes <= d; c += 2 * lanes) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            int base = vOff + c;
            for (int j = 0; j < n; j++, base += d) {
                FloatVector p = FloatVector.broadcast(F, exps[j]);
                a0 = FloatVector.fromArray(F, v, base).fma(p, a0);
                a1 = FloatVector.fromArray(F, v, base + lanes).fma(p, a1);
            }
            a0.mul(inv).intoArray(out, outOff + c);
            a1.mul(inv).intoArray(out, outOff + c + lanes);
        }
        for (; c + lanes <= d; c += lanes) {
            FloatVector a0 = FloatVector.zero(F);
            int base = vOff + c;
            for (int j = 0; j < n; j++, base += d) {
                a0 = FloatVector.fromArray(F, v, base).fma(FloatVector.broadcast(F, exps[j]), a0);
            }
            a0.mul(inv).intoArray(out, outOff + c);
        }
        for (; c < d; c++) {
            float s = 0;
            for (int j = 0; j < n; j++) {
                s = Math.fma(exps[j], v[vOff + j * d + c], s);
            }
            out[outOff + c] = s * inv;
        }
    }

    /**
     * Like {@link #dense} over the m kept keys only: keptScores[t] is the score of key idx[t];
     * keptScores is overwritten with the exponentials.
     */
    static void indexed(float[] keptScores, int[] idx, int m, float[] v, int vOff, int d, float[] out, int outOff) {
        if (m == 0) {
            java.util.Arrays.fill(out, outOff, outOff + d, 0f);
            return;
        }
        float inv = 1f / expAndSum(keptScores, m, keptScores);
        int lanes = F.length();
        int c = 0;
        for (; c + 2 * lanes <= d; c += 2 * lanes) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            for (int t = 0; t < m; t++) {
                int base = vOff + idx[t] * d + c;
                FloatVector p = FloatVector.broadcast(F, keptScores[t]);
                a0 = FloatVector.fromArray(F, v, base).fma(p, a0);
                a1 = FloatVector.fromArray(F, v, base + lanes).fma(p, a1);
            }
            a0.mul(inv).intoArray(out, outOff + c);
            a1.mul(inv).intoArray(out, outOff + c + lanes);
        }
        for (; c + lanes <= d; c += lanes) {
            FloatVector a0 = FloatVector.zero(F);
            for (int t = 0; t < m; t++) {
                a0 = FloatVector.fromArray(F, v, vOff + idx[t] * d + c).fma(FloatVector.broadcast(F, keptScores[t]), a0);
            }
            a0.mul(inv).intoArray(out, outOff + c);
        }
        for (; c < d; c++) {
            float s = 0;
            for (int t = 0; t < m; t++) {
                s = Math.fma(keptScores[t], v[vOff + idx[t] * d + c], s);
            }
            out[outOff + c] = s * inv;
        }
    }

    /** exps[j] = exp(x[j] - max x) for j < n (exps may be x); returns their sum. */
    static float expAndSum(float[] x, int n, float[] exps) {
        int lanes = F.length();
        int bound = F.loopBound(n);
        FloatVector vmax = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
        int j = 0;
        for (; j < bound; j += lanes) {
            vmax = vmax.max(FloatVector.fromArray(F, x, j));
        }
        float max = vmax.reduceLanes(VectorOperators.MAX);
        for (; j < n; j++) {
            max = Math.max(max, x[j]);
        }
        FloatVector vsum = FloatVector.zero(F);
        FloatVector vm = FloatVector.broadcast(F, max);
        for (j = 0; j < bound; j += lanes) {
            FloatVector e = FloatVector.fromArray(F, x, j).sub(vm).lanewise(VectorOperators.EXP);
            e.intoArray(exps, j);
            vsum = vsum.add(e);
        }
        float sum = vsum.reduceLanes(VectorOperators.ADD);
        for (; j < n; j++) {
            float e = (float) Math.exp(x[j] - max);
            exps[j] = e;
            sum += e;
        }
        return sum;
    }
}
