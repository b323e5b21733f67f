package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * sin on [0, 2 pi], the angle range RoPE's tables need after reduction: {@code exact} (the Vector
 * API's SIN; scalar {@code Math.sin}) or a {@link Lut} of N intervals, {@code table-nearest-N} /
 * {@code table-linear-N} (64 &lt;= N &lt;= 4096). Absolute bounds: nearest pi/N (half an interval
 * times max|sin'|), linear (2 pi/N)^2/8 plus rounding. Outside [0, 2 pi] the tables clamp to their
 * end entries (sin 0 = sin 2 pi = 0): callers reduce the angle first, as {@link Rope} does; the
 * exact variant is valid everywhere (NaN and Inf give NaN).
 */
public final class Sine implements UnaryApprox {

    private static final double TWO_PI = 2 * Math.PI;

    private final Lut lut;

    private Sine(Lut lut) {
        this.lut = lut;
    }

    /** The exact variant. */
    public static Sine exact() {
        return new Sine(null);
    }

    /** A table of {@code size} intervals on [0, 2 pi]. */
    public static Sine table(int size, Interpolation interpolation) {
        if (size < ExpTable.MIN_SIZE || size > ExpTable.MAX_SIZE) {
            throw new IllegalArgumentException("sin table size must be " + ExpTable.MIN_SIZE + ".." + ExpTable.MAX_SIZE
                    + ", got " + size);
        }
        return new Sine(new Lut(Math::sin, 0, TWO_PI, size, interpolation));
    }

    @Override
    public Op op() {
        return Op.SIN;
    }

    @Override
    public String label() {
        return lut == null ? "exact" : "table-" + lut.interpolation().label() + "-" + lut.size();
    }

    @Override
    public String description() {
        return lut == null ? "Vector API SIN (scalar Math.sin)"
                : lut.size() + "-interval table on [0, 2pi] (" + lut.bytes() + " bytes), " + lut.interpolation().label();
    }

    @Override
    public double lo() {
        return 0;
    }

    @Override
    public double hi() {
        return TWO_PI;
    }

    @Override
    public Bound bound() {
        if (lut == null) {
            return Bound.abs(2.5e-7);
        }
        double h = TWO_PI / lut.size();
        return Bound.abs(lut.interpolation() == Interpolation.NEAREST ? h / 2 * 1.01 + 3e-7 : h * h / 8 * 1.05 + 5e-7);
    }

    @Override
    public String outside() {
        return lut == null ? "valid everywhere; Inf and NaN -> NaN" : "clamped to the end entries (0); NaN reads entry 0 (0)";
    }

    /** The table behind a table variant (null for exact). */
    public Lut lut() {
        return lut;
    }

    @Override
    public float apply(float x) {
        return lut == null ? (float) Math.sin(x) : lut.apply(x);
    }

    @Override
    public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
        if (lut != null) {
            lut.apply(x, xOff, y, yOff, n);
            return;
        }
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector.fromArray(FLOAT, x, xOff + i).lanewise(VectorOperators.SIN).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = (float) Math.sin(x[xOff + i]);
        }
    }
}
