package dev.accelbench.kernels.blas;

import java.util.SplittableRandom;

/** Seeded test data: reproducible, and large arrays without jqwik generating each element. */
final class RandomVectors {

    private RandomVectors() {
    }

    /** Uniform floats in [-1, 1). */
    static float[] uniform(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return v;
    }

    /**
     * Small integers in [-16, 16]: products and sums of up to 10,000 of them stay below 2^24, so
     * every float operation on them is exact whatever the summation order, and kernels must agree
     * bit for bit: a dropped, doubled or misplaced element cannot hide in rounding noise.
     */
    static float[] smallIntegers(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextInt(-16, 17);
        }
        return v;
    }
}
