package dev.accelbench.kernels.approx;

import java.util.function.DoubleUnaryOperator;

/**
 * The element-wise operations with approximation families, each with its float64 reference and
 * the input range a sweep covers by default.
 */
public enum Op {
    EXP("exp", Math::exp, -87.0, 88.0),
    RECIPROCAL("reciprocal", x -> 1 / x, 0x1p-125, 0x1p125),
    RSQRT("rsqrt", x -> 1 / Math.sqrt(x), 0x1p-126, 0x1p127),
    GELU("gelu", Erf::gelu, -10, 10),
    SILU("silu", x -> x / (1 + Math.exp(-x)), -20, 20),
    SIN("sin", Math::sin, 0, 2 * Math.PI);

    private final String label;
    private final DoubleUnaryOperator reference;
    private final double defaultLo;
    private final double defaultHi;

    Op(String label, DoubleUnaryOperator reference, double defaultLo, double defaultHi) {
        this.label = label;
        this.reference = reference;
        this.defaultLo = defaultLo;
        this.defaultHi = defaultHi;
    }

    /** The name used on the command line and in benchmark parameters. */
    public String label() {
        return label;
    }

    /** The exact function, computed in float64. */
    public double reference(double x) {
        return reference.applyAsDouble(x);
    }

    public double defaultLo() {
        return defaultLo;
    }

    public double defaultHi() {
        return defaultHi;
    }
}
