package dev.accelbench.kernels.blas;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * FP32 AXPY, {@code y[yOff+i] = a * x[xOff+i] + y[yOff+i]} for {@code i < n}, in place in y.
 *
 * <p>Three versions: {@link #scalar} is the loop a Java programmer writes (multiply, then add: two
 * roundings; C2 may auto-vectorize it, which makes it the honest baseline); {@link #vector} uses
 * the Vector API with a fused multiply-add (one rounding); {@link #reference} is the obviously
 * correct scalar loop with {@link Math#fma}, which the vector kernel matches bit for bit.
 */
public final class Axpy {

    private static final VectorSpecies<Float> SPECIES = KernelSpecies.FLOAT;

    private Axpy() {
    }

    /** Multiply then add, as written in plain Java. */
    public static void scalar(float a, float[] x, int xOff, float[] y, int yOff, int n) {
        Ranges.check("x", x.length, xOff, n);
        Ranges.check("y", y.length, yOff, n);
        for (int i = 0; i < n; i++) {
            y[yOff + i] += a * x[xOff + i];
        }
    }

    /** Fused multiply-add per element: the exact result, rounded once. */
    public static void reference(float a, float[] x, int xOff, float[] y, int yOff, int n) {
        Ranges.check("x", x.length, xOff, n);
        Ranges.check("y", y.length, yOff, n);
        for (int i = 0; i < n; i++) {
            y[yOff + i] = Math.fma(a, x[xOff + i], y[yOff + i]);
        }
    }

    /** Vector API kernel over whole arrays, at the JVM's kernel width ({@link KernelSpecies}). */
    public static void vector(float a, float[] x, float[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "AXPY needs vectors of one length, got x[" + x.length + "] and y[" + y.length + "]");
        }
        kernel(a, x, 0, y, 0, x.length);
    }

    /**
     * Vector API kernel at the JVM's kernel width ({@link KernelSpecies}). The tail runs the scalar
     * FMA, so results equal {@link #reference} bit for bit.
     */
    public static void vector(float a, float[] x, int xOff, float[] y, int yOff, int n) {
        Ranges.check("x", x.length, xOff, n);
        Ranges.check("y", y.length, yOff, n);
        kernel(a, x, xOff, y, yOff, n);
    }

    private static void kernel(float a, float[] x, int xOff, float[] y, int yOff, int n) {
        VectorSpecies<Float> species = SPECIES;
        FloatVector va = FloatVector.broadcast(species, a);
        int i = 0;
        for (int bound = species.loopBound(n); i < bound; i += species.length()) {
            FloatVector vx = FloatVector.fromArray(species, x, xOff + i);
            FloatVector vy = FloatVector.fromArray(species, y, yOff + i);
            va.fma(vx, vy).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = Math.fma(a, x[xOff + i], y[yOff + i]);
        }
    }
}
