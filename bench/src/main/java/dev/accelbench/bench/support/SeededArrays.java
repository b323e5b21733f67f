package dev.accelbench.bench.support;

import java.util.SplittableRandom;

/** Benchmark inputs from a fixed seed, so every run and every fork measures the same data. */
public final class SeededArrays {

    /** The seed of every benchmark's data unless it needs several arrays. */
    public static final long SEED = 42;

    private SeededArrays() {
    }

    /** Uniform floats in [-1, 1). */
    public static float[] uniform(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return x;
    }

    /** Standard normal floats, the usual stand-in for activations and weights. */
    public static float[] gaussian(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }
}
