package dev.accelbench.kernels.attention;

import dev.accelbench.kernels.platform.KernelSpecies;
import dev.accelbench.kernels.platform.Lanes;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * LEOPARD's attention with bit-serial early termination (thesis sections 2.2.4 and 2.3.2), emulated
 * exactly and fast. Per head, Q is quantized to 12-bit two's complement and K to sign-magnitude
 * ({@link BitSerialFormat}), each with a power-of-two scale; the threshold becomes the integer
 * ThI = ceil(Th sqrt(d) 2^(fq+fk)), so that "code product < ThI" is "dequantized score < Th".
 *
 * <p>How it stays fast: the decision after step t needs P(t) = sum_c q_c sign_c digit-prefix, and
 * the margin needs S = sum of |q_c| over agreeing signs. Both are small-integer dot products that
 * the float score kernel computes exactly: K is split into digit planes of at most 4 magnitude bits
 * (aligned to the step boundaries), so every partial sum is an integer below 2^24 for d <= 512
 * (2048 x 15 x 512 < 2^24), and S = (sum|q| + sum q_c sgn_c) / 2 comes from a +-1 plane. Each
 * plane is one vectorized pass over the keys; then a scalar walk per key adds the planes step by
 * step, stops at the first P + M < ThI and counts steps x B bits. The walk is
 * {@link BitSerialDot#trace}'s arithmetic, and the tests hold the two equal.
 *
 * <p>Survivors' scores are the exact code products, dequantized; softmax and V then run on the
 * kept keys only, as in {@link ThresholdAttention}.
 */
public final class BitSerialAttention {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> I = KernelSpecies.INT;

    /** Largest d whose plane sums stay exact in float (2048 x 15 x d < 2^24). */
    public static final int MAX_HEAD_DIM = 512;
    private static final int PLANE_BITS = 4;
    /** Queries per group (a larger group, 32, measured no faster: the passes are not L3-bound). */
    private static final int GROUP = ScoreKernel.GROUP;

    private BitSerialAttention() {
    }

    /** Scratch for one shape and format, reused across calls. */
    public static final class Workspace {
        final AttentionWorkspace base;
        final BitSerialFormat format;
        final int planes;
        final int[] planeShift;
        final int[] planeWidth;
        final int[] planeStep;
        final int[] stepLastPlane;
        final long[] marginFactor;
        final float[] planeKt;
        final float[] signKt;
        final float[] qf;
        final int[] qCodes;
        final byte[] kSign;
        final int[] kMag;
        final float[] planeRows;
        final float[] signRows;
        final long[] prunedByBits;
        final long[] keptByBits;
        final boolean intWalk;
        final int[] remaining;
        final int[] stepCounts;
        final int[] exactScores;
        /** Per plane: held as a sparse list this head (few nonzero digits: the top planes of most data). */
        final boolean[] sparse;
        final int[][] sparseStart;
        final int[][] sparseKey;
        final float[][] sparseValue;

        public Workspace(AttentionShape shape, BitSerialFormat format) {
            if (shape.headDim() > MAX_HEAD_DIM) {
                throw new IllegalArgumentException("bit-serial emulation supports d <= " + MAX_HEAD_DIM + ", got "
                        + shape.headDim());
            }
            this.base = new AttentionWorkspace(shape);
            this.format = format;
            int s = shape.seqLen();
            int d = shape.headDim();
            int steps = format.steps();
            var shifts = new org.eclipse.collections.impl.list.mutable.primitive.IntArrayList();
            var widths = new org.eclipse.collections.impl.list.mutable.primitive.IntArrayList();
            var owners = new org.eclipse.collections.impl.list.mutable.primitive.IntArrayList();
            stepLastPlane = new int[steps + 1];
            marginFactor = new long[steps + 1];
            for (int t = 1; t <= steps; t++) {
                int lo = format.remainingAfter(t);
                int hi = format.remainingAfter(t - 1);
                for (int sh = lo; sh < hi; sh += PLANE_BITS) {
                    shifts.add(sh);
                    widths.add(Math.min(PLANE_BITS, hi - sh));
                    owners.add(t);
                }
                stepLastPlane[t] = shifts.size();
                marginFactor[t] = (1L << lo) - 1;
            }
            planes = shifts.size();
            planeShift = shifts.toArray();
            planeWidth = widths.toArray();
            planeStep = owners.toArray();
            planeKt = new float[planes * s * d];
            signKt = new float[s * d];
            qf = new float[s * d];
            qCodes = new int[s * d];
            kSign = new byte[s * d];
            kMag = new int[s * d];
            planeRows = new float[GROUP * planes * s];
            signRows = new float[GROUP * s];
            prunedByBits = new long[format.keyBits() + 1];
            keptByBits = new long[format.keyBits() + 1];
            // |P| and M each stay below d 2^12 2^(keyBits-1): int lanes suffice while their sum < 2^31.
            intWalk = 2L * d * (1L << BitSerialFormat.QUERY_BITS - 1) * (1L << format.keyBits() - 1) < Integer.MAX_VALUE;
            remaining = new int[steps + 1];
            for (int t = 0; t <= steps; t++) {
                remaining[t] = format.remainingAfter(t);
            }
            stepCounts = new int[s];
            exactScores = new int[s];
            sparse = new boolean[planes];
            sparseStart = new int[planes][d + 1];
            sparseKey = new int[planes][];
            sparseValue = new float[planes][];
        }
    }

    /** The integer threshold for float threshold th with fraction bits fq + fk and head size d. */
    public static long integerThreshold(float th, int fractionBits, int d) {
        double t = Math.scalb(th * Math.sqrt(d), fractionBits);
        if (t >= 0x1p62) {
            return Long.MAX_VALUE;
        }
        if (t <= -0x1p62) {
            return Long.MIN_VALUE + 1;
        }
        return (long) Math.ceil(t);
    }

    /** Bit-serial pruned attention with float threshold th; stats (bits histogram included) may be null. */
    public static void compute(float[] q, float[] k, float[] v, float[] out, AttentionShape shape, AttentionMask mask,
            float threshold, Workspace ws, PruningStats stats) {
        run(q, k, v, out, shape, mask, threshold, 0, false, ws, stats);
    }

    /**
     * The same with the integer threshold given directly (tests use it for ties at Th; the data
     * must then pin the fraction bits, e.g. integer codes whose largest magnitude is 2047).
     */
    static void computeInteger(float[] q, float[] k, float[] v, float[] out, AttentionShape shape, AttentionMask mask,
            long integerThreshold, Workspace ws, PruningStats stats) {
        run(q, k, v, out, shape, mask, 0f, integerThreshold, true, ws, stats);
    }

    private static void run(float[] q, float[] k, float[] v, float[] out, AttentionShape shape, AttentionMask mask,
            float threshold, long integerThreshold, boolean integer, Workspace ws, PruningStats stats) {
        shape.check(q, k, v, out);
        mask.check(shape);
        ws.base.check(shape);
        if (Float.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        if (stats != null && stats.maxBits() < ws.format.keyBits()) {
            throw new IllegalArgumentException("stats hold up to " + stats.maxBits() + " bits, the keys have "
                    + ws.format.keyBits());
        }
        int s = shape.seqLen();
        int d = shape.headDim();
        BitSerialFormat format = ws.format;
        int n0 = s * d;
        for (int h = 0; h < shape.heads(); h++) {
            int off = shape.headOffset(h);
            int fq = FixedPointQuantizer.fractionBits(q, off, n0, (1 << (BitSerialFormat.QUERY_BITS - 1)) - 1);
            int fk = FixedPointQuantizer.fractionBits(k, off, n0, format.maxMagnitude());
            FixedPointQuantizer.twosComplement(q, off, n0, fq, BitSerialFormat.QUERY_BITS, ws.qCodes, 0);
            FixedPointQuantizer.signMagnitude(k, off, n0, fk, format.keyBits(), ws.kSign, ws.kMag, 0);
            for (int i = 0; i < n0; i++) {
                ws.qf[i] = ws.qCodes[i];
            }
            buildPlanes(ws, s, d);
            long thI = integer ? integerThreshold : integerThreshold(threshold, fq + fk, d);
            float dequant = (float) (Math.scalb(1.0, -(fq + fk)) / Math.sqrt(d));
            if (stats != null) {
                stats.startSequence(s);
            }
            java.util.Arrays.fill(out, off + mask.validLength() * d, off + s * d, 0f);
            for (int i = 0; i < mask.validLength(); i++) {
                int rowOff = off + i * d;
                int n = mask.visibleKeys(i);
                long absSum = 0;
                for (int c = 0; c < d; c++) {
                    absSum += Math.abs(ws.qCodes[i * d + c]);
                }
                int g = i % GROUP;
                if (g == 0) {
                    // One group of queries through every plane while the planes' key blocks sit in L1.
                    int nq = Math.min(GROUP, mask.validLength() - i);
                    int nMax = mask.visibleKeys(i + nq - 1);
                    if (format.steps() > 1) { // one step: no margin, the sign plane is not needed
                        ScoreKernel.rows(ws.qf, i * d, nq, ws.signKt, 0, s, d, nMax, 1f, ws.signRows, 0, s);
                    }
                    for (int p = 0; p < ws.planes; p++) {
                        if (ws.sparse[p]) {
                            sparseRows(ws, p, i * d, nq, d, nMax, p * s, ws.planes * s);
                        } else {
                            ScoreKernel.rows(ws.qf, i * d, nq, ws.planeKt, p * n0, s, d, nMax, 1f, ws.planeRows, p * s,
                                    ws.planes * s);
                        }
                    }
                }
                int m = walk(ws, s, n, g * s, g * ws.planes * s, absSum, thI, dequant, stats != null);
                if (stats != null) {
                    stats.recordQuery(ws.base.keptBits, n, m);
                }
                ValueKernel.indexed(ws.base.exps, ws.base.kept, m, v, off, d, out, rowOff);
            }
        }
        if (stats != null) {
            stats.addBits(ws.prunedByBits, ws.keptByBits);
            java.util.Arrays.fill(ws.prunedByBits, 0);
            java.util.Arrays.fill(ws.keptByBits, 0);
        }
    }

    /**
     * Plane p's rows for nq queries from its sparse list: the top planes of K are mostly zero
     * (a digit of the leading magnitude bits is nonzero only for the largest elements), and a dense
     * pass over them would multiply zeros. Sums of integer products below 2^24 are exact in float
     * in any order, so the result equals the dense pass.
     */
    private static void sparseRows(Workspace ws, int p, int qOff, int nq, int d, int n, int outOff, int outStride) {
        int[] start = ws.sparseStart[p];
        int[] key = ws.sparseKey[p];
        float[] value = ws.sparseValue[p];
        for (int qi = 0; qi < nq; qi++) {
            int o = outOff + qi * outStride;
            java.util.Arrays.fill(ws.planeRows, o, o + n, 0f);
            int qo = qOff + qi * d;
            for (int c = 0; c < d; c++) {
                float qc = ws.qf[qo + c];
                if (qc == 0) {
                    continue;
                }
                for (int e = start[c]; e < start[c + 1]; e++) {
                    int j = key[e];
                    if (j < n) {
                        ws.planeRows[o + j] += qc * value[e];
                    }
                }
            }
        }
    }

    /** Digit planes and the sign plane of the current head's K codes, transposed (d rows of S). */
    private static void buildPlanes(Workspace ws, int s, int d) {
        int n0 = s * d;
        buildDensePlanes(ws, s, d);
        // Planes with at most one nonzero digit in 16 also get a sparse list, by query element c.
        for (int p = 0; p < ws.planes; p++) {
            int nnz = 0;
            for (int e = p * n0; e < (p + 1) * n0; e++) {
                if (ws.planeKt[e] != 0) {
                    nnz++;
                }
            }
            ws.sparse[p] = nnz <= n0 / 16;
            if (!ws.sparse[p]) {
                continue;
            }
            if (ws.sparseKey[p] == null || ws.sparseKey[p].length < nnz) {
                ws.sparseKey[p] = new int[Math.max(nnz, 16)];
                ws.sparseValue[p] = new float[Math.max(nnz, 16)];
            }
            int at = 0;
            for (int c = 0; c < d; c++) {
                ws.sparseStart[p][c] = at;
                int rowStart = p * n0 + c * s;
                for (int j = 0; j < s; j++) {
                    float v = ws.planeKt[rowStart + j];
                    if (v != 0) {
                        ws.sparseKey[p][at] = j;
                        ws.sparseValue[p][at] = v;
                        at++;
                    }
                }
            }
            ws.sparseStart[p][d] = at;
        }
    }

    private static void buildDensePlanes(Workspace ws, int s, int d) {
        int n0 = s * d;
        // c outer: the writes run along the transposed rows, the reads stride by d.
        for (int c = 0; c < d; c++) {
            for (int j = 0; j < s; j++) {
                int src = j * d + c;
                int dst = c * s + j;
                boolean negative = ws.kSign[src] != 0;
                ws.signKt[dst] = negative ? -1f : 1f;
                int mag = ws.kMag[src];
                for (int p = 0; p < ws.planes; p++) {
                    int digit = (mag >>> ws.planeShift[p]) & ((1 << ws.planeWidth[p]) - 1);
                    ws.planeKt[p * n0 + dst] = negative ? -digit : digit;
                }
            }
        }
    }

    /** The per-key step walk over the plane rows; compacts kept scores; returns how many. */
    private static int walk(Workspace ws, int s, int n, int signOff, int rowsOff, long absSum, long thI, float dequant,
            boolean count) {
        if (ws.intWalk) {
            return walkInt(ws, s, n, signOff, rowsOff, (int) absSum, (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, thI)),
                    dequant, count);
        }
        int steps = ws.format.steps();
        int bitsPerStep = ws.format.bitsPerStep();
        int keyBits = ws.format.keyBits();
        float[] rows = ws.planeRows;
        long[] keptBits = ws.base.keptBits;
        java.util.Arrays.fill(keptBits, 0, (n + 63) >>> 6, 0L);
        int m = 0;
        for (int j = 0; j < n; j++) {
            long same = (absSum + (long) ws.signRows[signOff + j]) >> 1;
            long p = 0;
            int plane = 0;
            int stoppedAt = 0;
            for (int t = 1; t <= steps; t++) {
                for (int last = ws.stepLastPlane[t]; plane < last; plane++) {
                    p += ((long) rows[rowsOff + plane * s + j]) << ws.planeShift[plane];
                }
                if (p + same * ws.marginFactor[t] < thI) {
                    stoppedAt = t;
                    break;
                }
            }
            if (stoppedAt != 0) {
                if (count) {
                    ws.prunedByBits[stoppedAt * bitsPerStep]++;
                }
            } else {
                if (count) {
                    ws.keptByBits[keyBits]++;
                }
                keptBits[j >>> 6] |= 1L << j;
                ws.base.kept[m] = j;
                ws.base.exps[m] = p * dequant;
                m++;
            }
        }
        return m;
    }

    /**
     * The walk in int lanes, for d <= 128 where |P| + M < 2^31. P + M never increases from step to
     * step (each step adds at most what the margin drops), so the steps before termination are the
     * steps whose P + M >= ThI: counting them in lanes, without early exits, gives the same step
     * as the scalar walk that stops.
     */
    private static int walkInt(Workspace ws, int s, int n, int signOff, int rowsOff, int absSum, int thI, float dequant, boolean count) {
        int steps = ws.format.steps();
        int bitsPerStep = ws.format.bitsPerStep();
        int keyBits = ws.format.keyBits();
        float[] rows = ws.planeRows;
        int[] counts = ws.stepCounts;
        int[] exact = ws.exactScores;
        int lanes = I.length();
        int bound = I.loopBound(n);
        IntVector vAbs = IntVector.broadcast(I, absSum);
        IntVector vTh = IntVector.broadcast(I, thI);
        IntVector one = IntVector.broadcast(I, 1);
        IntVector zero = IntVector.zero(I);
        int j = 0;
        for (; j < bound; j += lanes) {
            IntVector same = ((IntVector) FloatVector.fromArray(F, ws.signRows, signOff + j).convert(VectorOperators.F2I, 0))
                    .add(vAbs).lanewise(VectorOperators.ASHR, 1);
            IntVector p = IntVector.zero(I);
            IntVector c = IntVector.zero(I);
            int plane = 0;
            for (int t = 1; t <= steps; t++) {
                for (int last = ws.stepLastPlane[t]; plane < last; plane++) {
                    IntVector digit = (IntVector) FloatVector.fromArray(F, rows, rowsOff + plane * s + j)
                            .convert(VectorOperators.F2I, 0);
                    p = digit.lanewise(VectorOperators.LSHL, ws.planeShift[plane]).add(p);
                }
                int r = ws.remaining[t];
                // Loop-carried p and c only as arguments (Lanes explains why).
                IntVector u = same.lanewise(VectorOperators.LSHL, r).sub(same).add(p);
                c = zero.blend(one, u.compare(VectorOperators.GE, vTh)).add(c);
            }
            Lanes.INT_ZERO.or(c).intoArray(counts, j);
            Lanes.INT_ZERO.or(p).intoArray(exact, j);
        }
        for (; j < n; j++) {
            int same = (absSum + (int) ws.signRows[signOff + j]) >> 1;
            int p = 0;
            int c = 0;
            int plane = 0;
            for (int t = 1; t <= steps; t++) {
                for (int last = ws.stepLastPlane[t]; plane < last; plane++) {
                    p += ((int) rows[rowsOff + plane * s + j]) << ws.planeShift[plane];
                }
                int r = ws.remaining[t];
                if (p + ((same << r) - same) >= thI) {
                    c++;
                }
            }
            counts[j] = c;
            exact[j] = p;
        }
        long[] keptBits = ws.base.keptBits;
        java.util.Arrays.fill(keptBits, 0, (n + 63) >>> 6, 0L);
        int m = 0;
        for (j = 0; j < n; j++) {
            int c = counts[j];
            if (c == steps) {
                keptBits[j >>> 6] |= 1L << j;
                ws.base.kept[m] = j;
                ws.base.exps[m] = exact[j] * dequant;
                m++;
            } else if (count) {
                ws.prunedByBits[(c + 1) * bitsPerStep]++;
            }
        }
        if (count) {
            ws.keptByBits[keyBits] += m;
        }
        return m;
    }
}
