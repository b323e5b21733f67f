package dev.accelbench.kernels.attention;

import dev.accelbench.kernels.platform.KernelSpecies;
import dev.accelbench.kernels.platform.Lanes;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * One query against many keys: {@code row[j] = scale * sum_c q[c] * kt[c][j]}, with K stored
 * transposed ({@code d} rows of stride {@code S}) so that the inner loop broadcasts one query
 * element and multiplies it into four vectors of consecutive keys. No horizontal reductions, and
 * each loaded key vector feeds one FMA: the form of a GEMM row with the query as the row.
 */
final class ScoreKernel {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;

    private ScoreKernel() {
    }

    /** Writes K (rows of d) of one head, starting at kOff, transposed into kt (d rows of stride seqLen). */
    static void transpose(float[] k, int kOff, int seqLen, int d, float[] kt) {
        for (int j = 0; j < seqLen; j++) {
            int src = kOff + j * d;
            for (int c = 0; c < d; c++) {
                kt[c * seqLen + j] = k[src + c];
            }
        }
    }

    /**
     * row[j] = scale * dot(q[qOff..qOff+d), key j) for j < n, keys read from kt (d rows of stride
     * {@code stride}, starting at ktOff).
     */
    static void row(float[] q, int qOff, float[] kt, int ktOff, int stride, int d, int n, float scale, float[] row) {
        int lanes = F.length();
        FloatVector vscale = FloatVector.broadcast(F, scale);
        int j = 0;
        // Eight independent accumulators: an FMA's latency (4-5 cycles) times two FMA ports needs
        // about ten in flight; four left the units idle more than half the time.
        for (; j + 8 * lanes <= n; j += 8 * lanes) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            FloatVector a2 = FloatVector.zero(F);
            FloatVector a3 = FloatVector.zero(F);
            FloatVector a4 = FloatVector.zero(F);
            FloatVector a5 = FloatVector.zero(F);
            FloatVector a6 = FloatVector.zero(F);
            FloatVector a7 = FloatVector.zero(F);
            int base = ktOff + j;
            for (int c = 0; c < d; c++, base += stride) {
                FloatVector qc = FloatVector.broadcast(F, q[qOff + c]);
                a0 = FloatVector.fromArray(F, kt, base).fma(qc, a0);
                a1 = FloatVector.fromArray(F, kt, base + lanes).fma(qc, a1);
                a2 = FloatVector.fromArray(F, kt, base + 2 * lanes).fma(qc, a2);
                a3 = FloatVector.fromArray(F, kt, base + 3 * lanes).fma(qc, a3);
                a4 = FloatVector.fromArray(F, kt, base + 4 * lanes).fma(qc, a4);
                a5 = FloatVector.fromArray(F, kt, base + 5 * lanes).fma(qc, a5);
                a6 = FloatVector.fromArray(F, kt, base + 6 * lanes).fma(qc, a6);
                a7 = FloatVector.fromArray(F, kt, base + 7 * lanes).fma(qc, a7);
            }
            vscale.mul(a0).intoArray(row, j);
            vscale.mul(a1).intoArray(row, j + lanes);
            vscale.mul(a2).intoArray(row, j + 2 * lanes);
            vscale.mul(a3).intoArray(row, j + 3 * lanes);
            vscale.mul(a4).intoArray(row, j + 4 * lanes);
            vscale.mul(a5).intoArray(row, j + 5 * lanes);
            vscale.mul(a6).intoArray(row, j + 6 * lanes);
            vscale.mul(a7).intoArray(row, j + 7 * lanes);
        }
        int block = 4 * lanes;
        for (; j + block <= n; j += block) {
            FloatVector a0 = FloatVector.zero(F);
            FloatVector a1 = FloatVector.zero(F);
            FloatVector a2 = FloatVector.zero(F);
            FloatVector a3 = FloatVector.zero(F);
            int base = ktOff + j;
            for (int c = 0; c < d; c++, base += stride) {
                FloatVector qc = FloatVector.broadcast(F, q[qOff + c]);
                a0 = FloatVector.fromArray(F, kt, base).fma(qc, a0);
                a1 = FloatVector.fromArray(F, kt, base + lanes).fma(qc, a1);
                a2 = FloatVector.fromArray(F, kt, base + 2 * lanes).fma(qc, a2);
                a3 = FloatVector.fromArray(F, kt, base + 3 * lanes).fma(qc, a3);
            }
            vscale.mul(a0).intoArray(row, j);
            vscale.mul(a1).intoArray(row, j + lanes);
            vscale.mul(a2).intoArray(row, j + 2 * lanes);
            vscale.mul(a3).intoArray(row, j + 3 * lanes);
        }
        for (; j + lanes <= n; j += lanes) {
            FloatVector a0 = FloatVector.zero(F);
            int base = ktOff + j;
            for (int c = 0; c < d; c++, base += stride) {
                a0 = FloatVector.fromArray(F, kt, base).fma(FloatVector.broadcast(F, q[qOff + c]), a0);
            }
            vscale.mul(a0).intoArray(row, j);
        }
        for (; j < n; j++) {
            float s = 0;
            int base = ktOff + j;
            for (int c = 0; c < d; c++, base += stride) {
                s = Math.fma(q[qOff + c], kt[base], s);
            }
            row[j] = s * scale;
        }
    }

    /** Queries per group in {@link #rows}: their key blocks are reused from L1. */
    static final int GROUP = 8;

    /**
     * {@link #row} for nq <= {@link #GROUP} queries at once (query qi at qOff + qi * d, its scores
     * at out[outOff + qi * outStride ..]), all against keys 0..n-1. The key loop is outside the query
     * loop, so each block of 64 keys (d x 64 floats, 16 KiB at d = 64) is loaded from L2 or L3 once
     * and reused from L1 by every query of the group: with K^T larger than L2 (S = 1280 and up,
     * or the bit-serial kernel's seven planes) the single-query loop streamed all of K per query.
     */
    static void rows(float[] q, int qOff, int nq, float[] kt, int ktOff, int stride, int d, int n, float scale,
            float[] out, int outOff, int outStride) {
        int lanes = F.length();
        FloatVector vscale = FloatVector.broadcast(F, scale);
        int j = 0;
        // Two queries x four key vectors: eight accumulators fed by four key loads and two
        // broadcasts per element, against nine loads for eight FMAs with one query.
        for (; j + 4 * lanes <= n; j += 4 * lanes) {
            int qi = 0;
            for (; qi + 2 <= nq; qi += 2) {
                int qo = qOff + qi * d;
                FloatVector a0 = FloatVector.zero(F);
                FloatVector a1 = FloatVector.zero(F);
                FloatVector a2 = FloatVector.zero(F);
                FloatVector a3 = FloatVector.zero(F);
                FloatVector b0 = FloatVector.zero(F);
                FloatVector b1 = FloatVector.zero(F);
                FloatVector b2 = FloatVector.zero(F);
                FloatVector b3 = FloatVector.zero(F);
                int base = ktOff + j;
                for (int c = 0; c < d; c++, base += stride) {
                    FloatVector k0 = FloatVector.fromArray(F, kt, base);
                    FloatVector k1 = FloatVector.fromArray(F, kt, base + lanes);
                    FloatVector k2 = FloatVector.fromArray(F, kt, base + 2 * lanes);
                    FloatVector k3 = FloatVector.fromArray(F, kt, base + 3 * lanes);
                    FloatVector qa = FloatVector.broadcast(F, q[qo + c]);
                    FloatVector qb = FloatVector.broadcast(F, q[qo + d + c]);
                    a0 = k0.fma(qa, a0);
                    a1 = k1.fma(qa, a1);
                    a2 = k2.fma(qa, a2);
                    a3 = k3.fma(qa, a3);
                    b0 = k0.fma(qb, b0);
                    b1 = k1.fma(qb, b1);
                    b2 = k2.fma(qb, b2);
                    b3 = k3.fma(qb, b3);
                }
                int o = outOff + qi * outStride + j;
                vscale.mul(a0).intoArray(out, o);
                vscale.mul(a1).intoArray(out, o + lanes);
                vscale.mul(a2).intoArray(out, o + 2 * lanes);
                vscale.mul(a3).intoArray(out, o + 3 * lanes);
                o += outStride;
                vscale.mul(b0).intoArray(out, o);
                vscale.mul(b1).intoArray(out, o + lanes);
                vscale.mul(b2).intoArray(out, o + 2 * lanes);
                vscale.mul(b3).intoArray(out, o + 3 * lanes);
            }
            for (; qi < nq; qi++) {
                int qo = qOff + qi * d;
                FloatVector a0 = FloatVector.zero(F);
                FloatVector a1 = FloatVector.zero(F);
                FloatVector a2 = FloatVector.zero(F);
                FloatVector a3 = FloatVector.zero(F);
                int base = ktOff + j;
                for (int c = 0; c < d; c++, base += stride) {
                    FloatVector qc = FloatVector.broadcast(F, q[qo + c]);
                    a0 = FloatVector.fromArray(F, kt, base).fma(qc, a0);
                    a1 = FloatVector.fromArray(F, kt, base + lanes).fma(qc, a1);
                    a2 = FloatVector.fromArray(F, kt, base + 2 * lanes).fma(qc, a2);
                    a3 = FloatVector.fromArray(F, kt, base + 3 * lanes).fma(qc, a3);
                }
                int o = outOff + qi * outStride + j;
                vscale.mul(a0).intoArray(out, o);
                vscale.mul(a1).intoArray(out, o + lanes);
                vscale.mul(a2).intoArray(out, o + 2 * lanes);
                vscale.mul(a3).intoArray(out, o + 3 * lanes);
            }
        }
        for (; j + 8 * lanes <= n; j += 8 * lanes) {
            for (int qi = 0; qi < nq; qi++) {
                int qo = qOff + qi * d;
                FloatVector a0 = FloatVector.zero(F);
                FloatVector a1 = FloatVector.zero(F);
                FloatVector a2 = FloatVector.zero(F);
                FloatVector a3 = FloatVector.zero(F);
                FloatVector a4 = FloatVector.zero(F);
                FloatVector a5 = FloatVector.zero(F);
                FloatVector a6 = FloatVector.zero(F);
                FloatVector a7 = FloatVector.zero(F);
                int base = ktOff + j;
                for (int c = 0; c < d; c++, base += stride) {
                    FloatVector qc = FloatVector.broadcast(F, q[qo + c]);
                    a0 = FloatVector.fromArray(F, kt, base).fma(qc, a0);
                    a1 = FloatVector.fromArray(F, kt, base + lanes).fma(qc, a1);
                    a2 = FloatVector.fromArray(F, kt, base + 2 * lanes).fma(qc, a2);
                    a3 = FloatVector.fromArray(F, kt, base + 3 * lanes).fma(qc, a3);
                    a4 = FloatVector.fromArray(F, kt, base + 4 * lanes).fma(qc, a4);
                    a5 = FloatVector.fromArray(F, kt, base + 5 * lanes).fma(qc, a5);
                    a6 = FloatVector.fromArray(F, kt, base + 6 * lanes).fma(qc, a6);
                    a7 = FloatVector.fromArray(F, kt, base + 7 * lanes).fma(qc, a7);
                }
                int o = outOff + qi * outStride + j;
                vscale.mul(a0).intoArray(out, o);
                vscale.mul(a1).intoArray(out, o + lanes);
                vscale.mul(a2).intoArray(out, o + 2 * lanes);
                vscale.mul(a3).intoArray(out, o + 3 * lanes);
                vscale.mul(a4).intoArray(out, o + 4 * lanes);
                vscale.mul(a5).intoArray(out, o + 5 * lanes);
                vscale.mul(a6).intoArray(out, o + 6 * lanes);
                vscale.mul(a7).intoArray(out, o + 7 * lanes);
            }
        }
        for (; j + lanes <= n; j += lanes) {
            for (int qi = 0; qi < nq; qi++) {
                int qo = qOff + qi * d;
                FloatVector a0 = FloatVector.zero(F);
                int base = ktOff + j;
                for (int c = 0; c < d; c++, base += stride) {
                    a0 = FloatVector.fromArray(F, kt, base).fma(FloatVector.broadcast(F, q[qo + c]), a0);
                }
                vscale.mul(a0).intoArray(out, outOff + qi * outStride + j);
            }
        }
        for (; j < n; j++) {
            for (int qi = 0; qi < nq; qi++) {
                int qo = qOff + qi * d;
                float sum = 0;
                int base = ktOff + j;
                for (int c = 0; c < d; c++, base += stride) {
                    sum = Math.fma(q[qo + c], kt[base], sum);
                }
                out[outOff + qi * outStride + j] = sum * scale;
            }
        }
    }

    /** dot(a[aOff..aOff+d), b[bOff..bOff+d)) with the Vector API: one recomputed score. */
    static float dot(float[] a, int aOff, float[] b, int bOff, int d) {
        int lanes = F.length();
        FloatVector acc = FloatVector.zero(F);
        int c = 0;
        for (; c + lanes <= d; c += lanes) {
            acc = FloatVector.fromArray(F, a, aOff + c).fma(FloatVector.fromArray(F, b, bOff + c), acc);
        }
        float s = Lanes.ONE.mul(acc).reduceLanes(VectorOperators.ADD);
        for (; c < d; c++) {
            s = Math.fma(a[aOff + c], b[bOff + c], s);
        }
        return s;
    }
}
