package dev.accelbench.kernels.approx;

/**
 * One named way of computing an element-wise function of float32: a scalar form, a bulk form over
 * arrays (Vector API unless the variant is a scalar baseline), its valid input range and the error
 * it claims there. Outside the range, {@link #outside()} says what it returns.
 *
 * <p>Implementations keep each bulk loop in one method with the species from
 * {@code KernelSpecies}, so C2 compiles it to SIMD code; a bulk call may work in place
 * ({@code x == y} with equal offsets).
 */
public interface UnaryApprox {

    /** The operation this variant approximates. */
    Op op();

    /** The variant's name in the registry, e.g. {@code poly3}. */
    String label();

    /** One line: the method. */
    String description();

    /** Smallest input of the valid range. */
    double lo();

    /** Largest input of the valid range. */
    double hi();

    /** The error claimed on [lo, hi]. */
    Bound bound();

    /** What the variant returns outside [lo, hi] and for NaN, Inf, zeros. */
    String outside();

    /** The approximation of one value. */
    float apply(float x);

    /** y[yOff + i] = apply(x[xOff + i]) for i &lt; n (the vector path; equal to the scalar one within the bound). */
    void apply(float[] x, int xOff, float[] y, int yOff, int n);

    /** Whole arrays: y = f(x); y must be at least as long as x. */
    default void apply(float[] x, float[] y) {
        if (y.length < x.length) {
            throw new IllegalArgumentException("output of length " + y.length + " is shorter than input " + x.length);
        }
        apply(x, 0, y, 0, x.length);
    }

    /** The registry key, {@code op/name}. */
    default String key() {
        return op().label() + "/" + label();
    }
}
