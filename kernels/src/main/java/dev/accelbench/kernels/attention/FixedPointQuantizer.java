package dev.accelbench.kernels.attention;

/**
 * Float rows to the integer codes the accelerator models compute on, with one power-of-two scale
 * per tensor (a fixed-point format whose fraction bits fit the tensor's largest magnitude): Q in
 * two's complement, K in sign-magnitude (LEOPARD section 2.2.4 processes K's magnitude bits
 * serially after its sign). Rounding is to nearest, ties away from zero; codes saturate.
 */
public final class FixedPointQuantizer {

    private FixedPointQuantizer() {
    }

    /**
     * Fraction bits f such that max|x| * 2^f <= maxCode (f may be negative); 0 for an all-zero
     * input. Rejects NaN and infinities.
     */
    public static int fractionBits(float[] x, int off, int n, int maxCode) {
        float max = 0;
        for (int i = off; i < off + n; i++) {
            float a = Math.abs(x[i]);
            if (!Float.isFinite(a)) {
                throw new IllegalArgumentException("cannot quantize " + x[i] + " at index " + i + " to fixed point");
            }
            max = Math.max(max, a);
        }
        if (max == 0) {
            return 0;
        }
        int f = Math.getExponent((double) maxCode) - Math.getExponent(max);
        while (Math.scalb((double) max, f) > maxCode) {
            f--;
        }
        while (Math.scalb((double) max, f + 1) <= maxCode) {
            f++;
        }
        return f;
    }

    /** Two's complement codes of {@code bits} bits: round(x 2^f) clamped to [-2^(bits-1), 2^(bits-1)-1]. */
    public static void twosComplement(float[] x, int off, int n, int f, int bits, int[] codes, int codesOff) {
        long min = -(1L << (bits - 1));
        long max = (1L << (bits - 1)) - 1;
        for (int i = 0; i < n; i++) {
            long r = Math.round(Math.scalb((double) Math.abs(x[off + i]), f));
            long c = x[off + i] < 0 ? -r : r;
            codes[codesOff + i] = (int) Math.max(min, Math.min(max, c));
        }
    }

    /**
     * Sign-magnitude codes of {@code bits} bits (one sign, bits-1 magnitude): magnitude
     * round(|x| 2^f) clamped to 2^(bits-1)-1, sign 1 for negative x (kept when the magnitude
     * rounds to 0).
     */
    public static void signMagnitude(float[] x, int off, int n, int f, int bits, byte[] signs, int[] magnitudes,
            int codesOff) {
        long max = (1L << (bits - 1)) - 1;
        for (int i = 0; i < n; i++) {
            long r = Math.round(Math.scalb((double) Math.abs(x[off + i]), f));
            magnitudes[codesOff + i] = (int) Math.min(max, r);
            signs[codesOff + i] = (byte) (x[off + i] < 0 ? 1 : 0);
        }
    }
}
