package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;
import static dev.accelbench.kernels.platform.KernelSpecies.INT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * 1/x for float32. The log-domain form is the lecture's division a/b = 2^(ea - eb + log2(1+ma) -
 * log2(1+mb)) with log2(1+m) ~ m, for a = 1: 2^(-eb) (1 - mb), renormalised when the mantissa
 * difference is negative, which is exactly an integer subtraction of the float bit patterns:
 * bits(1/x) ~ 0x7F000000 - bits(x) (the borrow performs the renormalisation). The slide prints
 * 2^(ea-eb)(1 + (ma+mb)/2), which is wrong (for a = b it does not give 1); we implement the
 * corrected form. Its error is 12.5% (at m = 1/2). {@code newton0} moves the constant to
 * 0x7EF311C0, which halves the worst case to 5.05% (our search), and Newton-Raphson steps
 * y = y (2 - x y) square the error: 2.6e-3 after one, 6.5e-6 after two.
 *
 * <p>Valid range: 2^-125 &lt;= |x| &lt;= 2^125, either sign (the sign passes through). Outside it (zeros,
 * subnormals, huge values, Inf, NaN) every variant returns the IEEE quotient 1/x: ±0 -&gt; ±Inf,
 * ±Inf -&gt; ±0, NaN -&gt; NaN (the vector code blends the exact quotient into such lanes).
 */
public enum Reciprocal implements UnaryApprox {

    EXACT("exact", "IEEE division 1/x (correctly rounded)", Bound.rel(6.0e-8), 0, -1),
    LOG("log", "log domain: bits = 0x7F000000 - bits(x) (Mitchell; the slide's form corrected)", Bound.rel(0.1251),
            0x7F000000, 0),
    NEWTON0("newton0", "magic constant 0x7EF311C0 - bits(x), no Newton step", Bound.rel(0.0506), 0x7EF311C0, 0),
    NEWTON1("newton1", "magic constant + 1 Newton step y(2 - xy)", Bound.rel(2.6e-3), 0x7EF311C0, 1),
    NEWTON2("newton2", "magic constant + 2 Newton steps", Bound.rel(7.0e-6), 0x7EF311C0, 2);

    private static final int MIN_BITS = 0x01000000; // 2^-125
    private static final int MAX_BITS = 0x7E000000; // 2^125

    private final String label;
    private final String description;
    private final Bound bound;
    private final int magic;
    private final int steps;

    Reciprocal(String label, String description, Bound bound, int magic, int steps) {
        this.label = label;
        this.description = description;
        this.bound = bound;
        this.magic = magic;
        this.steps = steps;
    }

    @Override
    public Op op() {
        return Op.RECIPROCAL;
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
        return 0x1p-125;
    }

    @Override
    public double hi() {
        return 0x1p125;
    }

    @Override
    public Bound bound() {
        return bound;
    }

    @Override
    public String outside() {
        return "|x| < 2^-125 or > 2^125, Inf, NaN: the IEEE 1/x (±0 -> ±Inf, ±Inf -> ±0, NaN -> NaN); negative x: -(1/-x)";
    }

    @Override
    public float apply(float x) {
        int bits = Float.floatToRawIntBits(x);
        int abs = bits & 0x7FFFFFFF;
        if (steps < 0 || Integer.compareUnsigned(abs - MIN_BITS, MAX_BITS - MIN_BITS) > 0) {
            return 1f / x;
        }
        float a = Float.intBitsToFloat(abs);
        float y = Float.intBitsToFloat(magic - abs);
        for (int s = 0; s < steps; s++) {
            y = y * Math.fma(-a, y, 2f);
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(y) | (bits & 0x80000000));
    }

    @Override
    public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
        if (steps < 0) {
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
        int i = 0;
        FloatVector one = FloatVector.broadcast(FLOAT, 1f);
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            one.div(FloatVector.fromArray(FLOAT, x, xOff + i)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = 1f / x[xOff + i];
        }
    }

    // Each step count has its own loop (see ExpVariant): the seed, the steps, the sign, and the
    // IEEE quotient blended into lanes outside the range, tested with one unsigned compare.

    private void seed(float[] x, int xOff, float[] y, int yOff, int n, int magic) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            IntVector bits = v.reinterpretAsInts();
            IntVector abs = bits.and(0x7FFFFFFF);
            IntVector r = abs.neg().add(magic).or(bits.and(0x80000000));
            finish(v, abs, r.reinterpretAsFloats()).intoArray(y, yOff + i);
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
            IntVector abs = bits.and(0x7FFFFFFF);
            FloatVector a = abs.reinterpretAsFloats();
            FloatVector r = abs.neg().add(magic).reinterpretAsFloats();
            r = r.mul(a.neg().fma(r, FloatVector.broadcast(FLOAT, 2f)));
            r = r.reinterpretAsInts().or(bits.and(0x80000000)).reinterpretAsFloats();
            finish(v, abs, r).intoArray(y, yOff + i);
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
            IntVector abs = bits.and(0x7FFFFFFF);
            FloatVector a = abs.reinterpretAsFloats();
            FloatVector na = a.neg();
            FloatVector r = abs.neg().add(magic).reinterpretAsFloats();
            r = r.mul(na.fma(r, FloatVector.broadcast(FLOAT, 2f)));
            r = r.mul(na.fma(r, FloatVector.broadcast(FLOAT, 2f)));
            r = r.reinterpretAsInts().or(bits.and(0x80000000)).reinterpretAsFloats();
            finish(v, abs, r).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }

    private static FloatVector finish(FloatVector v, IntVector abs, FloatVector r) {
        VectorMask<Integer> outside = abs.sub(MIN_BITS).compare(VectorOperators.UGT, MAX_BITS - MIN_BITS);
        if (outside.anyTrue()) {
            return r.blend(FloatVector.broadcast(FLOAT, 1f).div(v), outside.cast(FLOAT));
        }
        return r;
    }

    /** a / b element-wise with this variant's reciprocal: a * (1/b); {@link #EXACT} divides directly. */
    public void divide(float[] a, float[] b, float[] out, int n) {
        if (steps < 0) {
            int i = 0;
            for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
                FloatVector.fromArray(FLOAT, a, i).div(FloatVector.fromArray(FLOAT, b, i)).intoArray(out, i);
            }
            for (; i < n; i++) {
                out[i] = a[i] / b[i];
            }
            return;
        }
        apply(b, 0, out, 0, n);
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector.fromArray(FLOAT, a, i).mul(FloatVector.fromArray(FLOAT, out, i)).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = a[i] * out[i];
        }
    }

    /**
     * The lecture's log-domain division in one step, a/b ~ 2^(ea-eb)(1 + ma - mb) renormalised:
     * bits(a) - bits(b) + 0x3F800000 on magnitudes, sign XOR; within the valid range of both
     * operands and a normal quotient, error below 12.5%. Zeros, Inf, NaN and out-of-range
     * quotients give the IEEE a/b.
     */
    public static float logDivide(float a, float b) {
        int ba = Float.floatToRawIntBits(a);
        int bb = Float.floatToRawIntBits(b);
        int ma = ba & 0x7FFFFFFF;
        int mb = bb & 0x7FFFFFFF;
        int q = ma - mb + 0x3F800000;
        if (ma - MIN_BITS < 0 || ma > MAX_BITS || mb - MIN_BITS < 0 || mb > MAX_BITS || q < 0x00800000 || q >= 0x7F800000) {
            return a / b;
        }
        return Float.intBitsToFloat(q | ((ba ^ bb) & 0x80000000));
    }
}
