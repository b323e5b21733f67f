package dev.accelbench.kernels.attention;

import dev.accelbench.kernels.platform.KernelSpecies;
import dev.accelbench.kernels.platform.Lanes;
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
        FloatVector vinv = FloatVector.broadcast(F, inv);
        int lanes = F.length();
        int c = 0;
        // Eight accumulators (d = 64 at 256 bits: the whole output row): each key's FMAs are
        // independent, so the loop runs at FMA throughput instead of an FMA chain's latency.
        for (; c + 8 * lanes <= d; c += 8 * lanes) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            FloatVector a2 = FloatVector.zero(F);
            FloatVector a3 = FloatVector.zero(F);
            FloatVector a4 = FloatVector.zero(F);
            FloatVector a5 = FloatVector.zero(F);
            FloatVector a6 = FloatVector.zero(F);
            FloatVector a7 = FloatVector.zero(F);
            int base = vOff + c;
            for (int j = 0; j < n; j++, base += d) {
                FloatVector p = FloatVector.broadcast(F, exps[j]);
                a0 = FloatVector.fromArray(F, v, base).fma(p, a0);
                a1 = FloatVector.fromArray(F, v, base + lanes).fma(p, a1);
                a2 = FloatVector.fromArray(F, v, base + 2 * lanes).fma(p, a2);
                a3 = FloatVector.fromArray(F, v, base + 3 * lanes).fma(p, a3);
                a4 = FloatVector.fromArray(F, v, base + 4 * lanes).fma(p, a4);
                a5 = FloatVector.fromArray(F, v, base + 5 * lanes).fma(p, a5);
                a6 = FloatVector.fromArray(F, v, base + 6 * lanes).fma(p, a6);
                a7 = FloatVector.fromArray(F, v, base + 7 * lanes).fma(p, a7);
            }
            int o = outOff + c;
            vinv.mul(a0).intoArray(out, o);
            vinv.mul(a1).intoArray(out, o + lanes);
            vinv.mul(a2).intoArray(out, o + 2 * lanes);
            vinv.mul(a3).intoArray(out, o + 3 * lanes);
            vinv.mul(a4).intoArray(out, o + 4 * lanes);
            vinv.mul(a5).intoArray(out, o + 5 * lanes);
            vinv.mul(a6).intoArray(out, o + 6 * lanes);
            vinv.mul(a7).intoArray(out, o + 7 * lanes);
        }
        for (; c + 2 * lanes <= d; c += 2 * lanes) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            int base = vOff + c;
            for (int j = 0; j < n; j++, base += d) {
                FloatVector p = FloatVector.broadcast(F, exps[j]);
                a0 = FloatVector.fromArray(F, v, base).fma(p, a0);
                a1 = FloatVector.fromArray(F, v, base + lanes).fma(p, a1);
            }
            vinv.mul(a0).intoArray(out, outOff + c);
            vinv.mul(a1).intoArray(out, outOff + c + lanes);
        }
        for (; c + lanes <= d; c += lanes) {
            FloatVector a0 = FloatVector.zero(F);
            int base = vOff + c;
            for (int j = 0; j < n; j++, base += d) {
                a0 = FloatVector.fromArray(F, v, base).fma(FloatVector.broadcast(F, exps[j]), a0);
            }
            vinv.mul(a0).intoArray(out, outOff + c);
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
        FloatVector vinv = FloatVector.broadcast(F, inv);
        int lanes = F.length();
        int c = 0;
        for (; c + 8 * lanes <= d; c += 8 * lanes) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            FloatVector a2 = FloatVector.zero(F);
            FloatVector a3 = FloatVector.zero(F);
            FloatVector a4 = FloatVector.zero(F);
            FloatVector a5 = FloatVector.zero(F);
            FloatVector a6 = FloatVector.zero(F);
            FloatVector a7 = FloatVector.zero(F);
            for (int t = 0; t < m; t++) {
                int base = vOff + idx[t] * d + c;
                FloatVector p = FloatVector.broadcast(F, keptScores[t]);
                a0 = FloatVector.fromArray(F, v, base).fma(p, a0);
                a1 = FloatVector.fromArray(F, v, base + lanes).fma(p, a1);
                a2 = FloatVector.fromArray(F, v, base + 2 * lanes).fma(p, a2);
                a3 = FloatVector.fromArray(F, v, base + 3 * lanes).fma(p, a3);
                a4 = FloatVector.fromArray(F, v, base + 4 * lanes).fma(p, a4);
                a5 = FloatVector.fromArray(F, v, base + 5 * lanes).fma(p, a5);
                a6 = FloatVector.fromArray(F, v, base + 6 * lanes).fma(p, a6);
                a7 = FloatVector.fromArray(F, v, base + 7 * lanes).fma(p, a7);
            }
            int o = outOff + c;
            vinv.mul(a0).intoArray(out, o);
            vinv.mul(a1).intoArray(out, o + lanes);
            vinv.mul(a2).intoArray(out, o + 2 * lanes);
            vinv.mul(a3).intoArray(out, o + 3 * lanes);
            vinv.mul(a4).intoArray(out, o + 4 * lanes);
            vinv.mul(a5).intoArray(out, o + 5 * lanes);
            vinv.mul(a6).intoArray(out, o + 6 * lanes);
            vinv.mul(a7).intoArray(out, o + 7 * lanes);
        }
        for (; c + 2 * lanes <= d; c += 2 * lanes) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            for (int t = 0; t < m; t++) {
                int base = vOff + idx[t] * d + c;
                FloatVector p = FloatVector.broadcast(F, keptScores[t]);
                a0 = FloatVector.fromArray(F, v, base).fma(p, a0);
                a1 = FloatVector.fromArray(F, v, base + lanes).fma(p, a1);
            }
            vinv.mul(a0).intoArray(out, outOff + c);
            vinv.mul(a1).intoArray(out, outOff + c + lanes);
        }
        for (; c + lanes <= d; c += lanes) {
            FloatVector a0 = FloatVector.zero(F);
            for (int t = 0; t < m; t++) {
                a0 = FloatVector.fromArray(F, v, vOff + idx[t] * d + c).fma(FloatVector.broadcast(F, keptScores[t]), a0);
            }
            vinv.mul(a0).intoArray(out, outOff + c);
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
            vmax = FloatVector.fromArray(F, x, j).max(vmax);
        }
        float max = Lanes.ONE.mul(vmax).reduceLanes(VectorOperators.MAX);
        for (; j < n; j++) {
            max = Math.max(max, x[j]);
        }
        FloatVector vsum = FloatVector.zero(F);
        FloatVector vm = FloatVector.broadcast(F, max);
        for (j = 0; j < bound; j += lanes) {
            FloatVector e = FloatVector.fromArray(F, x, j).sub(vm).lanewise(VectorOperators.EXP);
            e.intoArray(exps, j);
            vsum = e.add(vsum);
        }
        float sum = Lanes.ONE.mul(vsum).reduceLanes(VectorOperators.ADD);
        for (; j < n; j++) {
            float e = (float) Math.exp(x[j] - max);
            exps[j] = e;
            sum += e;
        }
        return sum;
    }
}
