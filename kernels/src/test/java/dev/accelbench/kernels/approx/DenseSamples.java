package dev.accelbench.kernels.approx;

import java.util.SplittableRandom;

/** Test inputs over a range: evenly spaced values, random bit patterns inside it, and its ends. */
final class DenseSamples {

    private DenseSamples() {
    }

    static float[] of(double lo, double hi, int n, long seed) {
        float flo = (float) lo;
        float fhi = (float) hi;
        if (flo < lo) {
            flo = Math.nextUp(flo);
        }
        if (fhi > hi) {
            fhi = Math.nextDown(fhi);
        }
        float[] x = new float[2 * n + 6];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (flo + (fhi - (double) flo) * i / (n - 1));
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n; i < 2 * n; ) {
            float v = Float.intBitsToFloat(random.nextInt());
            if (v >= flo && v <= fhi) {
                x[i++] = v;
            } else if (random.nextInt(4) == 0) {
                x[i++] = (float) (flo + (fhi - (double) flo) * random.nextDouble());
            }
        }
        x[2 * n] = flo;
        x[2 * n + 1] = fhi;
        x[2 * n + 2] = Math.nextUp(flo);
        x[2 * n + 3] = Math.nextDown(fhi);
        x[2 * n + 4] = Math.max(flo, Math.min(fhi, 0f));
        x[2 * n + 5] = Math.max(flo, Math.min(fhi, 1f));
        return x;
    }
}
