package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.platform.KernelSpecies;
import dev.accelbench.kernels.platform.Lanes;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The largest magnitude of a block, the first step of every block format.
 *
 * <p>The vector path works on bit patterns: clearing the sign bit leaves an int that orders
 * non-negative floats as their values do, with +Inf above every finite value and every NaN above
 * +Inf. A lanewise integer max and one reduction per block therefore give max|v| and tell NaN or
 * infinity apart in a single comparison, with no float compare that NaN would need special care in.
 */
final class BlockMax {

    private static final VectorSpecies<Float> FLOATS = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> INTS = KernelSpecies.INT;
    /** Bits of +Inf: a block's max bits at or above it mean NaN or infinity inside. */
    static final int INFINITY_BITS = 0x7F800000;

    private BlockMax() {
    }

    /**
     * The bits of max |src[from+i]| for i < n: above {@link #INFINITY_BITS} if any value is NaN,
     * equal to it if the largest is infinite. Returns ints, not vectors, so the call costs no boxing
     * even where C2 does not inline it.
     */
    static int maxAbsBits(float[] src, int from, int n) {
        int i = 0;
        int max = 0;
        int bound = INTS.loopBound(n);
        if (bound > 0) {
            IntVector acc = IntVector.zero(INTS);
            for (; i < bound; i += INTS.length()) {
                acc = FloatVector.fromArray(FLOATS, src, from + i).reinterpretAsInts().and(0x7FFFFFFF).max(acc);
            }
            max = Lanes.INT_ZERO.or(acc).reduceLanes(VectorOperators.MAX);
        }
        for (; i < n; i++) {
            max = Math.max(max, Float.floatToRawIntBits(src[from + i]) & 0x7FFFFFFF);
        }
        return max;
    }

    /**
     * {@link #maxAbsBits} of {@code blocks} consecutive blocks of {@code blockSize} values from
     * {@code from} into {@code maxBits[0 .. blocks)}: the kernels that take maxima ahead of
     * encoding start each row with it.
     */
    static void maxAbsBits(float[] src, int from, int blockSize, int blocks, int[] maxBits) {
        for (int b = 0; b < blocks; b++) {
            maxBits[b] = maxAbsBits(src, from + b * blockSize, blockSize);
        }
    }

    /**
     * max |src[from+i]| for i < n, NaN if any value is NaN, +Inf if any is infinite (and none NaN):
     * callers test the result once instead of every value. Equal to {@link #scalar} but for the
     * NaN's bits.
     */
    static float vector(float[] src, int from, int n) {
        return Float.intBitsToFloat(maxAbsBits(src, from, n));
    }

    /** The scalar reference of {@link #vector}. */
    static float scalar(float[] src, int from, int n) {
        float max = 0f;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(src[from + i]));
        }
        return max;
    }
}
