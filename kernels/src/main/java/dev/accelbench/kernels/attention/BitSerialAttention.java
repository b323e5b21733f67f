package dev.accelbench.kernels.attention;

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

    /** Largest d whose plane sums stay exact in float (2048 x 15 x d < 2^24). */
    public static final int MAX_HEAD_DIM = 512;
    private static final int PLANE_BITS = 4;

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
        final float[] signRow;
        final long[] prunedByBits;
        final long[] keptByBits;

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
            planeRows = new float[planes * s];
            signRow = new float[s];
            prunedByBits = new long[format.keyBits() + 1];
            keptByBits = new long[format.keyBits() + 1];
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
            for (int i = 0; i < s; i++) {
                int rowOff = off + i * d;
                if (!mask.queryValid(i)) {
                    java.util.Arrays.fill(out, rowOff, rowOff + d, 0f);
                    continue;
                }
                int n = mask.visibleKeys(i);
                long absSum = 0;
                for (int c = 0; c < d; c++) {
                    absSum += Math.abs(ws.qCodes[i * d + c]);
                }
                ScoreKernel.row(ws.qf, i * d, ws.signKt, 0, s, d, n, 1f, ws.signRow);
                for (int p = 0; p < ws.planes; p++) {
                    ScoreKernel.row(ws.qf, i * d, ws.planeKt, p * n0, s, d, n, 1f, ws.base.row);
                    System.arraycopy(ws.base.row, 0, ws.planeRows, p * s, n);
                }
                int m = walk(ws, s, n, absSum, thI, dequant, stats != null);
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

    /** Digit planes and the sign plane of the current head's K codes, transposed (d rows of S). */
    private static void buildPlanes(Workspace ws, int s, int d) {
        int n0 = s * d;
        for (int j = 0; j < s; j++) {
            for (int c = 0; c < d; c++) {
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
    private static int walk(Workspace ws, int s, int n, long absSum, long thI, float dequant, boolean count) {
        int steps = ws.format.steps();
        int bitsPerStep = ws.format.bitsPerStep();
        int keyBits = ws.format.keyBits();
        float[] rows = ws.planeRows;
        long[] keptBits = ws.base.keptBits;
        java.util.Arrays.fill(keptBits, 0, (n + 63) >>> 6, 0L);
        int m = 0;
        for (int j = 0; j < n; j++) {
            long same = (absSum + (long) ws.signRow[j]) >> 1;
            long p = 0;
            int plane = 0;
            int stoppedAt = 0;
            for (int t = 1; t <= steps; t++) {
                for (int last = ws.stepLastPlane[t]; plane < last; plane++) {
                    p += ((long) rows[plane * s + j]) << ws.planeShift[plane];
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
}
