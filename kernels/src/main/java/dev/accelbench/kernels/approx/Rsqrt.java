package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * 1/sqrt(x) for float32. The lecture's form: log2 y = -1/2 log2 x with log2 x ~ Ex - Q + Mx/2^L +
 * sigma read off the float bits, so bits(y) ~ 3/2 (Q - sigma) 2^L - bits(x)/2, a subtraction and a
 * shift. sigma = 0 gives 0x5F400000 ({@code log}, 8.9% error); the constant 0x5F3759DF (Quake III
 * Arena's, sigma ~ 0.0450; analysed by Lomont, "Fast inverse square root", 2003) gives 3.4%
 * ({@code magic}); Newton steps y = y (3/2 - x/2 y^2), as HAAN's square-root inverter uses, square
 * the error: 1.75e-3 after one ({@code newton1}), 4.6e-6 after two ({@code newton2}), plus float32
 * rounding.
 *
 * <p>Valid range: normal positive x, 2^-126 &lt;= x &lt;= max float. Outside it every variant returns
 * {@code 1/sqrt(x)} in float32: negative x -&gt; NaN, +0 -&gt; +Inf, -0 -&gt; -Inf, +Inf -&gt; 0, NaN -&gt; NaN,
 * subnormals their true (large) result: the vector code blends the exact value into such lanes.
 */
public enum Rsqrt implements UnaryApprox {

    /** Baseline: {@code (float) (1 / Math.sqrt(x))} one element at a time, in float64. */
    MATH("math", "1 / Math.sqrt(x) per element in float64: the scalar baseline", Bound.rel(6.0e-8), 0, -2),
    EXACT("exact", "1 / sqrt(x) in float32 (two roundings)", Bound.rel(1.2e-7), 0, -1),
    LOG("log", "log domain with sigma = 0: bits = 0x5F400000 - bits(x)/2", Bound.rel(0.0887), 0x5F400000, 0),
    MAGIC("magic", "magic constant 0x5F3759DF - bits(x)/2, no Newton step", Bound.rel(0.0344), 0x5F3759DF, 0),
    NEWTON1("newton1", "magic constant + 1 Newton step y(1.5 - x/2 y^2)", Bound.rel(1.76e-3), 0x5F3759DF, 1),
    NEWTON2("newton2", "magic constant + 2 Newton steps", Bound.rel(5.0e-6), 0x5F3759DF, 2);

    private static final int MIN_BITS = 0x00800000;
    private static final int MAX_BITS = 0x7F7FFFFF;

    private final String label;
    private final String description;
    private final Bound bound;
    private final int magic;
    private final int steps;

    Rsqrt(String label, String description, Bound bound, int magic, int steps) {
        this.label = label;
        this.description = description;
        this.bound = bound;
        this.magic = magic;
        this.steps = steps;
    }

    @Override
    public Op op() {
        return Op.RSQRT;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public double lo() {
        return 0x1p-126;
    }

    @Override
    public double hi() {
        return Float.MAX_VALUE;
    }

    @Override
    public Bound bound() {
        return bound;
    }

    @Override
    public String outside() {
        return "1/sqrt(x) in float32: negative -> NaN, +0 -> +Inf, -0 -> -Inf, +Inf -> 0, NaN -> NaN, subnormals exact";
    }

    @Override
    public float apply(float x) {
        int bits = Float.floatToRawIntBits(x);
        if (steps == -2) {
            return (float) (1 / Math.sqrt(x));
        }
        if (steps < 0 || Integer.compareUnsigned(bits - MIN_BITS, MAX_BITS - MIN_BITS) > 0) {
            return 1f / (float) Math.sqrt(x);
        }
        float y = Float.intBitsToFloat(magic - (bits >> 1));
        float half = 0.5f * x;
        for (int s = 0; s < steps; s++) {
            y = y * Math.fma(-half * y, y, 1.5f);
        }
        return y;
    }

    @Override
    public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
        if (steps == -2) {
            for (int i = 0; i < n; i++) {
                y[yOff + i] = (float) (1 / Math.sqrt(x[xOff + i]));
            }
        } else if (steps < 0) {
            exact(x, xOff, y, yOff, n);
        } else if (steps == 0) {
            seed(x, xOff, y, yOff, n, magic);
        } else if (steps == 1) {
            newton1(x, xOff, y, yOff, n, magic);
        } else {
            newton2(x, xOff, y, yOff, n, magic);
        }
    }

    static void exact(float[] x, int xOff, float[] y, int yOff, int n) {
        FloatVector one = FloatVector.broadcast(FLOAT, 1f);
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            one.div(FloatVector.fromArray(FLOAT, x, xOff + i).sqrt()).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = 1f / (float) Math.sqrt(x[xOff + i]);
        }
    }

    private void seed(float[] x, int xOff, float[] y, int yOff, int n, int magic) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            IntVector bits = v.reinterpretAsInts();
            FloatVector r = bits.lanewise(VectorOperators.ASHR, 1).neg().add(magic).reinterpretAsFloats();
            finish(v, bits, r).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }

    private void newton1(float[] x, int xOff, float[] y, int yOff, int n, int magic) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            IntVector bits = v.reinterpretAsInts();
            FloatVector r = bits.lanewise(VectorOperators.ASHR, 1).neg().add(magic).reinterpretAsFloats();
            FloatVector nh = v.mul(-0.5f);
            r = r.mul(nh.mul(r).fma(r, FloatVector.broadcast(FLOAT, 1.5f)));
            finish(v, bits, r).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }

    private void newton2(float[] x, int xOff, float[] y, int yOff, int n, int magic) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            IntVector bits = v.reinterpretAsInts();
            FloatVector r = bits.lanewise(VectorOperators.ASHR, 1).neg().add(magic).reinterpretAsFloats();
            FloatVector nh = v.mul(-0.5f);
            r = r.mul(nh.mul(r).fma(r, FloatVector.broadcast(FLOAT, 1.5f)));
            r = r.mul(nh.mul(r).fma(r, FloatVector.broadcast(FLOAT, 1.5f)));
            finish(v, bits, r).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }

    private static FloatVector finish(FloatVector v, IntVector bits, FloatVector r) {
        VectorMask<Integer> outside = bits.sub(MIN_BITS).compare(VectorOperators.UGT, MAX_BITS - MIN_BITS);
        if (outside.anyTrue()) {
            return r.blend(FloatVector.broadcast(FLOAT, 1f).div(v.sqrt()), outside.cast(FLOAT));
        }
        return r;
    }
}
