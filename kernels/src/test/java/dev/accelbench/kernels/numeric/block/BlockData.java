package dev.accelbench.kernels.numeric.block;

import java.util.SplittableRandom;

/** Seeded test matrices with the features that break block quantizers: wide range, zeros, ties. */
final class BlockData {

    private BlockData() {
    }

    /** Gaussian values, each block scaled by its own power of two, with some zero blocks and zero values. */
    static float[] wideRange(long seed, int rows, int cols, int blockSize) {
        return wideRange(seed, rows, cols, blockSize, 30);
    }

    /** As {@link #wideRange(long, int, int, int)} with block scales 2^-maxExponent .. 2^maxExponent. */
    static float[] wideRange(long seed, int rows, int cols, int blockSize, int maxExponent) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int start = 0; start < cols; start += blockSize) {
                int kind = random.nextInt(10);
                int exponent = random.nextInt(-maxExponent, maxExponent + 1);
                for (int c = start; c < Math.min(cols, start + blockSize); c++) {
                    float v = switch (kind) {
                        case 0 -> 0f;
                        // Small integers times a power of two hit rounding ties on every grid.
                        case 1 -> Math.scalb((float) random.nextInt(-64, 65) / 8, exponent);
                        default -> random.nextInt(8) == 0 ? 0f : (float) (gaussian(random) * Math.scalb(1.0, exponent));
                    };
                    x[r * cols + c] = v;
                }
            }
        }
        return x;
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
