package dev.accelbench.kernels.attention;

/**
 * The scalar, step-by-step emulation of one LEOPARD QK-DPU dot product (thesis section 2.2.4),
 * the reference for {@link BitSerialAttention}: after each step, P(t) + M(t) is compared with Th and
 * the score is pruned (its remaining bits skipped) when it is below. P(t) + M(t) never increases
 * from step to step and equals the exact product after the last, so the decision is always that of
 * exact < Th; only the cost differs.
 */
public final class BitSerialDot {

    private BitSerialDot() {
    }

    /** The exact integer dot product of q codes with sign-magnitude k codes. */
    public static long exact(int[] q, int qOff, byte[] kSign, int[] kMag, int kOff, int d) {
        long s = 0;
        for (int c = 0; c < d; c++) {
            long prod = (long) q[qOff + c] * kMag[kOff + c];
            s += kSign[kOff + c] != 0 ? -prod : prod;
        }
        return s;
    }

    /** Sum of |q_c| over the pairs whose signs agree (q_c < 0 and k negative, or q_c >= 0 and k positive). */
    public static long agreeingMagnitude(int[] q, int qOff, byte[] kSign, int kOff, int d) {
        long s = 0;
        for (int c = 0; c < d; c++) {
            int qc = q[qOff + c];
            if ((qc < 0) == (kSign[kOff + c] != 0)) {
                s += Math.abs((long) qc);
            }
        }
        return s;
    }

    /** Runs the steps of {@code format} against threshold th (integer units); stops at the first P + M < th. */
    public static BitSerialTrace trace(int[] q, int qOff, byte[] kSign, int[] kMag, int kOff, int d,
            BitSerialFormat format, long th) {
        int steps = format.steps();
        long[] partial = new long[steps];
        long[] margin = new long[steps];
        long same = agreeingMagnitude(q, qOff, kSign, kOff, d);
        long p = 0;
        for (int t = 1; t <= steps; t++) {
            int r = format.remainingAfter(t);
            long stepSum = 0;
            for (int c = 0; c < d; c++) {
                long prod = (long) q[qOff + c] * format.digit(kMag[kOff + c], t);
                stepSum += kSign[kOff + c] != 0 ? -prod : prod;
            }
            p += stepSum << r;
            long m = same * ((1L << r) - 1);
            partial[t - 1] = p;
            margin[t - 1] = m;
            if (p + m < th) {
                return new BitSerialTrace(java.util.Arrays.copyOf(partial, t), java.util.Arrays.copyOf(margin, t),
                        exact(q, qOff, kSign, kMag, kOff, d), true, t, t * format.bitsPerStep());
            }
        }
        return new BitSerialTrace(partial, margin, p, false, steps, format.keyBits());
    }
}
