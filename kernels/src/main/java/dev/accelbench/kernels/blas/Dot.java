package dev.accelbench.kernels.blas;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * FP32 dot product {@code sum(x[xOff+i] * y[yOff+i]) for i < n}: a sequential scalar loop (the
 * baseline any Java programmer writes), a Vector API kernel, and a float64 reference.
 *
 * <p>The scalar loop adds in index order with a rounding after every multiply and add, which also
 * stops C2 from vectorizing it (float addition is not associative, so it may not reorder). The
 * vector kernel keeps four independent FMA accumulators so that the FMA latency (4 cycles on
 * current x86 cores) is hidden, folds them at the end and finishes the tail with scalar FMAs.
 * Its result therefore differs from the scalar loop's in the last bits; both are within the
 * usual bound {@code |error| <= n * 2^-24 * sum|x*y|}. The reference accumulates in double, where
 * every float product is exact.
 */
public final class Dot {

    private static final VectorSpecies<Float> SPECIES = KernelSpecies.FLOAT;

    /** Accumulators in the vector kernel: enough to cover FMA latency times the FMA ports. */
    private static final int ACCUMULATORS = 4;

    private Dot() {
    }

    /** Sequential float loop over whole arrays of equal length. */
    public static float scalar(float[] x, float[] y) {
        return scalar(x, 0, y, 0, sameLength(x, y));
    }

    /** Sequential float loop, one rounding after each multiply and each add. */
    public static float scalar(float[] x, int xOff, float[] y, int yOff, int n) {
        Ranges.check("x", x.length, xOff, n);
        Ranges.check("y", y.length, yOff, n);
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            sum += x[xOff + i] * y[yOff + i];
        }
        return sum;
    }

    /** Vector API kernel over whole arrays, at the JVM's kernel width ({@link KernelSpecies}). */
    public static float vector(float[] x, float[] y) {
        return kernel(x, 0, y, 0, sameLength(x, y));
    }

    /** Vector API kernel at the JVM's kernel width ({@link KernelSpecies}). */
    public static float vector(float[] x, int xOff, float[] y, int yOff, int n) {
        Ranges.check("x", x.length, xOff, n);
        Ranges.check("y", y.length, yOff, n);
        return kernel(x, xOff, y, yOff, n);
    }

    /** The loops, on the constant species C2 needs to emit SIMD code even where it does not inline this. */
    private static float kernel(float[] x, int xOff, float[] y, int yOff, int n) {
        VectorSpecies<Float> species = SPECIES;
        int lanes = species.length();
        int step = ACCUMULATORS * lanes;
        FloatVector acc0 = FloatVector.zero(species);
        FloatVector acc1 = acc0;
        FloatVector acc2 = acc0;
        FloatVector acc3 = acc0;
        int i = 0;
        for (int unrolledBound = n - n % step; i < unrolledBound; i += step) {
            acc0 = FloatVector.fromArray(species, x, xOff + i).fma(FloatVector.fromArray(species, y, yOff + i), acc0);
            acc1 = FloatVector.fromArray(species, x, xOff + i + lanes)
                    .fma(FloatVector.fromArray(species, y, yOff + i + lanes), acc1);
            acc2 = FloatVector.fromArray(species, x, xOff + i + 2 * lanes)
                    .fma(FloatVector.fromArray(species, y, yOff + i + 2 * lanes), acc2);
            acc3 = FloatVector.fromArray(species, x, xOff + i + 3 * lanes)
                    .fma(FloatVector.fromArray(species, y, yOff + i + 3 * lanes), acc3);
        }
        for (int vectorBound = species.loopBound(n); i < vectorBound; i += lanes) {
            acc0 = FloatVector.fromArray(species, x, xOff + i).fma(FloatVector.fromArray(species, y, yOff + i), acc0);
        }
        float sum = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum = Math.fma(x[xOff + i], y[yOff + i], sum);
        }
        return sum;
    }

    /** The float64 reference: every float product is exact in double, the sum nearly so. */
    public static double reference(float[] x, int xOff, float[] y, int yOff, int n) {
        Ranges.check("x", x.length, xOff, n);
        Ranges.check("y", y.length, yOff, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (double) x[xOff + i] * y[yOff + i];
        }
        return sum;
    }

    private static int sameLength(float[] x, float[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "dot product needs vectors of one length, got x[" + x.length + "] and y[" + y.length + "]");
        }
        return x.length;
    }
}
