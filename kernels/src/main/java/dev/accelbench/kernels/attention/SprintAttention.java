package dev.accelbench.kernels.attention;

import dev.accelbench.kernels.platform.KernelSpecies;
import dev.accelbench.kernels.platform.Lanes;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * SPRINT's attention (thesis chapter 3): an approximate score from the MSBs of q and k
 * ({@link SprintConfig}) decides in memory which keys to fetch; the fetched (surviving) keys' scores
 * are recomputed in full precision (float32 here) on chip, compared with Th again (the exact
 * decision), and only those kept reach softmax and V.
 *
 * <p>The b-bit output: each query's in-memory outputs are rounded (to nearest, ties to even) to 2^(b-1) - 1 levels per sign
 * over that query's own range max_j |estimate_j| — the most favourable gain setting for the
 * converter, since the thesis gives only the 5-bit equivalence, not the range. Q and K get one
 * power-of-two scale per head (12-bit sign-magnitude codes) before their MSBs are taken.
 *
 * <p>Statistics: the adjacent-query requests and reuse are those of the in-memory pruning vector
 * (it decides the fetches, equations 3.4 and 3.5); {@link PruningStats#recordApproximate} counts
 * false prunes (only with {@code checkExact}) and false keeps.
 */
public final class SprintAttention {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;

    private SprintAttention() {
    }

    /** Scratch for one shape, reused across calls. */
    public static final class Workspace {
        final AttentionWorkspace base;
        final float[] msbKt;
        final float[] msbQ;
        final int[] mag;
        final byte[] sign;
        final float[] approx;
        final float[] approxRows;
        final long[] memoryBits;
        final float[] fetchedScores;
        final int[] fetchedIdx;

        public Workspace(AttentionShape shape) {
            base = new AttentionWorkspace(shape);
            int n0 = shape.seqLen() * shape.headDim();
            msbKt = new float[n0];
            msbQ = new float[n0];
            mag = new int[n0];
            sign = new byte[n0];
            approx = new float[shape.seqLen()];
            approxRows = new float[ScoreKernel.GROUP * shape.seqLen()];
            memoryBits = new long[(shape.seqLen() + 63) >>> 6];
            fetchedScores = new float[shape.seqLen() + 8];
            fetchedIdx = new int[shape.seqLen() + 8];
        }
    }

    /** SPRINT attention with threshold th; stats may be null. */
    public static void compute(float[] q, float[] k, float[] v, float[] out, AttentionShape shape, AttentionMask mask,
            float threshold, SprintConfig config, Workspace ws, PruningStats stats) {
        shape.check(q, k, v, out);
        mask.check(shape);
        ws.base.check(shape);
        if (Float.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        int s = shape.seqLen();
        int d = shape.headDim();
        int n0 = s * d;
        float scale = (float) (1.0 / Math.sqrt(d));
        int drop = 11 - config.msbBits();
        int levels = (1 << (config.outputBits() - 1)) - 1;
        float memoryTh = threshold - config.margin();
        for (int h = 0; h < shape.heads(); h++) {
            int off = shape.headOffset(h);
            int fq = FixedPointQuantizer.fractionBits(q, off, n0, 2047);
            int fk = FixedPointQuantizer.fractionBits(k, off, n0, 2047);
            msb(q, off, n0, fq, drop, ws, ws.msbQ, false, s, d);
            msb(k, off, n0, fk, drop, ws, ws.msbKt, true, s, d);
            float approxScale = (float) (Math.scalb(1.0, 2 * drop - fq - fk) / Math.sqrt(d));
            if (config.checkExact()) {
                ScoreKernel.transpose(k, off, s, d, ws.base.kt);
            }
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
                    int nMax = mask.visibleKeys(i + nq - 1);
                    ScoreKernel.rows(ws.msbQ, i * d, nq, ws.msbKt, 0, s, d, nMax, approxScale, ws.approxRows, 0, s);
                    if (config.checkExact()) {
                        ScoreKernel.rows(q, rowOff, nq, ws.base.kt, 0, s, d, nMax, scale, ws.base.rows, 0, s);
                    }
                }
                System.arraycopy(ws.approxRows, g * s, ws.approx, 0, n);
                outputQuantize(ws.approx, n, levels);
                if (config.checkExact()) {
                    System.arraycopy(ws.base.rows, g * s, ws.base.row, 0, n);
                }
                long[] memBits = ws.memoryBits;
                // In-memory decision: estimate >= Th - margin is fetched (compacted into fetchedIdx).
                int fetched = ThresholdAttention.compact(ws.approx, n, memoryTh, ws.fetchedScores, ws.fetchedIdx, memBits);
                long[] keptBits = ws.base.keptBits;
                java.util.Arrays.fill(keptBits, 0, (n + 63) >>> 6, 0L);
                int m = 0;
                long falseKeeps = 0;
                for (int t = 0; t < fetched; t++) {
                    int j = ws.fetchedIdx[t];
                    float exact = config.checkExact() ? ws.base.row[j]
                            : ScoreKernel.dot(q, rowOff, k, off + j * d, d) * scale;
                    if (exact >= threshold) {
                        keptBits[j >>> 6] |= 1L << j;
                        ws.base.kept[m] = j;
                        ws.base.exps[m] = exact;
                        m++;
                    } else {
                        falseKeeps++;
                    }
                }
                long falsePrunes = 0;
                if (config.checkExact()) {
                    // exact keeps the in-memory step dropped: all exact keeps minus those fetched and kept
                    long exactKept = 0;
                    for (int j = 0; j < n; j++) {
                        if (ws.base.row[j] >= threshold) {
                            exactKept++;
                        }
                    }
                    falsePrunes = exactKept - m;
                }
                if (stats != null) {
                    stats.recordQuery(memBits, n, fetched);
                    stats.addApproximate(n, n - fetched, falsePrunes, falseKeeps);
                }
                ValueKernel.indexed(ws.base.exps, ws.base.kept, m, v, off, d, out, rowOff);
            }
        }
    }

    /** Signed MSB codes (sign x (magnitude >> drop)) as floats; keys transposed (d rows of S). */
    private static void msb(float[] x, int off, int n0, int f, int drop, Workspace ws, float[] dst, boolean transpose,
            int s, int d) {
        FixedPointQuantizer.signMagnitude(x, off, n0, f, 12, ws.sign, ws.mag, 0);
        for (int e = 0; e < n0; e++) {
            int m = ws.mag[e] >>> drop;
            float value = ws.sign[e] != 0 ? -m : m;
            dst[transpose ? (e % d) * s + e / d : e] = value;
        }
    }

    /**
     * Rounds x[0..n) to the nearest multiple of max|x| / levels (ties to even; levels <= 2^23, so
     * adding and subtracting 1.5 x 2^23 rounds exactly): the b-bit output over the query's range.
     */
    static void outputQuantize(float[] x, int n, int levels) {
        int lanes = F.length();
        int bound = F.loopBound(n);
        FloatVector vmax = FloatVector.zero(F);
        int j = 0;
        for (; j < bound; j += lanes) {
            vmax = FloatVector.fromArray(F, x, j).abs().max(vmax);
        }
        float max = Lanes.ONE.mul(vmax).reduceLanes(VectorOperators.MAX);
        for (; j < n; j++) {
            max = Math.max(max, Math.abs(x[j]));
        }
        if (max == 0) {
            return;
        }
        float step = max / levels;
        float inv = levels / max;
        float magic = 0x1.8p23f;
        for (j = 0; j < bound; j += lanes) {
            FloatVector y = FloatVector.fromArray(F, x, j).mul(inv);
            y.add(magic).sub(magic).mul(step).intoArray(x, j);
        }
        for (; j < n; j++) {
            x[j] = ((x[j] * inv + magic) - magic) * step;
        }
    }
}
