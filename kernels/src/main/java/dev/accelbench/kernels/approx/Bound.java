package dev.accelbench.kernels.approx;

/**
 * The error a variant claims on its valid input range, checked by the tests on dense samples and at
 * the range ends: the largest relative error |y - f(x)| / |f(x)|, or, for functions that cross zero
 * (GeLU, SiLU), the largest absolute error.
 *
 * @param relative true for a relative bound, false for an absolute one
 * @param value    the bound
 */
public record Bound(boolean relative, double value) {

    public Bound {
        if (!(value > 0)) {
            throw new IllegalArgumentException("an error bound must be positive, got " + value);
        }
    }

    public static Bound rel(double value) {
        return new Bound(true, value);
    }

    public static Bound abs(double value) {
        return new Bound(false, value);
    }

    /** The error of {@code y} against the exact {@code exact} in this bound's sense. */
    public double error(double y, double exact) {
        double diff = Math.abs(y - exact);
        return relative ? (exact == 0 ? (y == 0 ? 0 : Double.POSITIVE_INFINITY) : diff / Math.abs(exact)) : diff;
    }

    @Override
    public String toString() {
        return (relative ? "rel " : "abs ") + value;
    }
}
