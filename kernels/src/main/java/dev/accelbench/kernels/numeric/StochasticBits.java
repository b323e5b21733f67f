package dev.accelbench.kernels.numeric;

/**
 * Random bits for stochastic rounding as a pure function of (seed, element index): a counter-based
 * generator, so that the scalar path, the vector path and any split of an array across threads
 * draw the same bits for the same element. The mixing function is SplitMix64's finalizer (Steele,
 * Lea and Flood, OOPSLA 2014) applied to seed * golden-gamma + index, which passes BigCrush as a
 * counter-based generator.
 */
public final class StochasticBits {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private StochasticBits() {
    }

    /** 64 random bits for the element {@code index} under {@code seed}. */
    public static long bits(long seed, long index) {
        long z = (seed + 1) * GOLDEN_GAMMA + index * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The top {@code count} bits (0..31) of {@link #bits}, as a non-negative int. */
    public static int bits(long seed, long index, int count) {
        return count == 0 ? 0 : (int) (bits(seed, index) >>> (64 - count));
    }
}
