package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;
import static dev.accelbench.kernels.platform.KernelSpecies.INT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/**
 * exp(x) for float32: the baselines ({@code math}: a {@code Math.exp} loop; {@code vector}: the
 * Vector API's {@code EXP}), the lecture's shift-add form ({@code slide}), Mitchell's 2^v ~ 1 + v,
 * Schraudolph's bit trick, minimax polynomials after range reduction and an integer-only form.
 * Table variants are {@link ExpTable}. Every variant but the baselines works in the base-2 form
 * e^x = 2^(x log2 e) = 2^u 2^v, u an integer placed in the exponent field, 2^v from the method.
 *
 * <p>Valid range, shared: [{@value #LO}, {@value #HI}], from ln 2^-126 (the smallest normal
 * result) to 127.5 ln 2 (the exponent u stays at most 127). Outside it every approximation returns
 * +0 below and +Inf above; NaN gives NaN for the polynomials and the baselines, 0 for the bit
 * tricks (their float-to-int conversion maps NaN to 0, then below-range handling keeps it).
 * Between 88.376 and 88.72, where exp is still finite, they return Inf: that is their overflow
 * threshold. The polynomials clamp rather than test ({@link #CLAMP_LO}): just below LO they give
 * subnormals or 0 (exactly 0 below -87.68), and they skip the low half of ln 2 in the reduction
 * (degrees 2 to 4, whose error dwarfs its 2.4e-7).
 */
public enum ExpVariant implements UnaryApprox {

    /** Baseline: {@code (float) Math.exp(x)} one element at a time. */
    MATH("math", "Math.exp per element (float64, rounded): the scalar baseline", Bound.rel(6.0e-8)) {
        @Override
        public float apply(float x) {
            return (float) Math.exp(x);
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            for (int i = 0; i < n; i++) {
                y[yOff + i] = (float) Math.exp(x[xOff + i]);
            }
        }

        @Override
        public String outside() {
            return "IEEE exp rounded to float: subnormals and 0 below, Inf above 88.72, NaN -> NaN";
        }
    },

    /** Baseline: the Vector API's EXP (an intrinsic, SVML-derived on x86). */
    VECTOR("vector", "Vector API lanewise EXP", Bound.rel(2.5e-7)) {
        @Override
        public float apply(float x) {
            return (float) Math.exp(x);
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            int i = 0;
            for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
                FloatVector.fromArray(FLOAT, x, xOff + i).lanewise(VectorOperators.EXP).intoArray(y, yOff + i);
            }
            for (; i < n; i++) {
                y[yOff + i] = (float) Math.exp(x[xOff + i]);
            }
        }

        @Override
        public String outside() {
            return "as Math.exp (subnormals, 0, Inf, NaN) up to the intrinsic's last-bit differences";
        }
    },

    /**
     * The slide: x log2 e ~ x + x/4 + x/8 + x/16 (log2 e ~ 1.0111b = 1.4375, a shift-add on fixed
     * point, an exact multiplication here), then 2^(u+v) ~ 2^u (1 + v/2) exactly as printed. The
     * correct first-order form is 1 + v ({@link #MITCHELL}); 1 + v/2 is wrong by up to 25% at
     * v -> 1, and 1.4375 against 1.4427 shifts the exponent by 0.0052 x, 0.46 at x = 88.
     */
    SLIDE("slide", "lecture slide: z*1.0111b shift-add, 2^u (1 + v/2) as printed", Bound.rel(0.46)) {
        @Override
        public float apply(float x) {
            if (!(x >= LO)) {
                return 0f;
            }
            if (x > HI) {
                return Float.POSITIVE_INFINITY;
            }
            int k = (int) Math.fma(x, SLIDE_SCALE, BIAS_SCALED);
            return Float.intBitsToFloat((k & EXPONENT_MASK) | ((k & MANTISSA_MASK) >>> 1));
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            int i = 0;
            for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
                FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
                IntVector k = (IntVector) v.fma(SLIDE_SCALE, BIAS_SCALED).convert(VectorOperators.F2I, 0);
                IntVector bits = k.and(EXPONENT_MASK).or(k.and(MANTISSA_MASK).lanewise(VectorOperators.LSHR, 1));
                clamp(v, bits.reinterpretAsFloats()).intoArray(y, yOff + i);
            }
            for (; i < n; i++) {
                y[yOff + i] = apply(x[xOff + i]);
            }
        }
    },

    /** Mitchell's antilogarithm 2^v ~ 1 + v: the float bits of (t + 127) 2^23, t = x log2 e. */
    MITCHELL("mitchell", "2^u (1 + v): bits = (x log2e + 127) 2^23 (Mitchell 1962)", Bound.rel(0.0625)) {
        @Override
        public float apply(float x) {
            return bitTrick(x, BIAS_SCALED);
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            bitTrick(x, xOff, y, yOff, n, BIAS_SCALED);
        }
    },

    /**
     * Schraudolph (Neural Computation 11, 1999): Mitchell's bits minus a constant C that centres
     * the error. C = 366,400 (in units of 2^-23 of the exponent) minimises the largest relative
     * error, about 3.0% (our search over C); Schraudolph's own 60,801 2^3 = 486,408, tuned for the
     * RMS error, gives 3.9%. Within 0.03 of the low end the subtraction borrows into the
     * subnormal encoding, whose missing implicit one costs up to 4.4% there; the claim covers it.
     */
    SCHRAUDOLPH("schraudolph", "Mitchell's bits minus C = 366400 (Schraudolph 1999, max-error constant)",
            Bound.rel(0.044)) {
        @Override
        public float apply(float x) {
            return bitTrick(x, BIAS_SCALED - SCHRAUDOLPH_C);
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            bitTrick(x, xOff, y, yOff, n, BIAS_SCALED - SCHRAUDOLPH_C);
        }
    },

    /** Degree-2 minimax polynomial for e^r on |r| &lt;= ln2/2 after the reduction x = n ln2 + r. */
    POLY2("poly2", "range reduction + degree-2 minimax", Bound.rel(1.8e-3)) {
        @Override
        public float apply(float x) {
            return poly2Scalar(x);
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            poly2(x, xOff, y, yOff, n);
        }
    },

    /** Degree 3. */
    POLY3("poly3", "range reduction + degree-3 minimax", Bound.rel(8.0e-5)) {
        @Override
        public float apply(float x) {
            return poly3Scalar(x);
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            poly3(x, xOff, y, yOff, n);
        }
    },

    /** Degree 4. */
    POLY4("poly4", "range reduction + degree-4 minimax", Bound.rel(3.0e-6)) {
        @Override
        public float apply(float x) {
            return poly4Scalar(x);
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            poly4(x, xOff, y, yOff, n);
        }
    },

    /** Degree 5: under 1e-6 on the whole range (minimax 7.5e-8 plus float32 rounding). */
    POLY5("poly5", "range reduction + degree-5 minimax", Bound.rel(4.0e-7)) {
        @Override
        public float apply(float x) {
            return poly5Scalar(x);
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            poly5(x, xOff, y, yOff, n);
        }
    },

    /**
     * Integer-only: x quantized to Q.12 (the float-to-fixed interface), t = x log2 e in Q.24 as
     * q 5909 + (q 1142 &gt;&gt; 12) (log2 e in Q.12 with 12 more bits, to 2e-9), u = t &gt;&gt; 24, the fraction f in Q.15, 2^f by
     * a degree-3 minimax polynomial in Q.15 integer arithmetic (32766, 22801, 7408, 2557), and the
     * result assembled from u and the Q.15 mantissa as float bits. Every product fits in 32 bits
     * for |x| &lt;= 88.4. Error: the input quantization (2^-13 in x, 1.2e-4 relative), the polynomial
     * (7.5e-5) and the Q.15 mantissa (3e-5). With log2 e in Q.12 alone (5909) the exponent would be
     * off by 4.7e-5 relative, 0.43% at the range ends.
     */
    INTEGER("integer", "int32 only: x in Q.12, x*log2e in Q.24, 2^f by a Q.15 integer polynomial",
            Bound.rel(3.0e-4)) {
        @Override
        public float apply(float x) {
            if (!(x >= LO)) {
                return 0f;
            }
            if (x > HI) {
                return Float.POSITIVE_INFINITY;
            }
            int q = Float.floatToRawIntBits(Math.fma(x, Q12, Q_SHIFTER)) - Q_SHIFTER_BITS;
            int t = q * LOG2E_Q12 + ((q * LOG2E_Q12_FRAC) >> 12);
            int u = t >> 24;
            int f = (t & 0xFFFFFF) >>> 9;
            int p = I3;
            p = I2 + ((p * f) >> 15);
            p = I1 + ((p * f) >> 15);
            p = I0 + ((p * f) >> 15);
            return Float.intBitsToFloat(((u + 127) << 23) + ((p - 32768) << 8));
        }

        @Override
        public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
            int i = 0;
            for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
                FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
                // x in Q.12, rounded to nearest even by the shifter; the clamp keeps the int product in range
                FloatVector c = v.max(LO).min(HI);
                IntVector q = c.fma(Q12, Q_SHIFTER).reinterpretAsInts().sub(Q_SHIFTER_BITS);
                IntVector t = q.mul(LOG2E_Q12).add(q.mul(LOG2E_Q12_FRAC).lanewise(VectorOperators.ASHR, 12));
                IntVector u = t.lanewise(VectorOperators.ASHR, 24);
                IntVector f = t.and(0xFFFFFF).lanewise(VectorOperators.LSHR, 9);
                IntVector p = IntVector.broadcast(INT, I3);
                p = p.mul(f).lanewise(VectorOperators.ASHR, 15).add(I2);
                p = p.mul(f).lanewise(VectorOperators.ASHR, 15).add(I1);
                p = p.mul(f).lanewise(VectorOperators.ASHR, 15).add(I0);
                IntVector bits = u.add(127).lanewise(VectorOperators.LSHL, 23).add(p.sub(32768).lanewise(VectorOperators.LSHL, 8));
                // as clamp(), but NaN (not >= LO) also gives 0, like the bit tricks
                bits.reinterpretAsFloats().blend(0f, v.compare(VectorOperators.GE, LO).not())
                        .blend(Float.POSITIVE_INFINITY, v.compare(VectorOperators.GT, HI)).intoArray(y, yOff + i);
            }
            for (; i < n; i++) {
                y[yOff + i] = apply(x[xOff + i]);
            }
        }
    };

    /** ln 2^-126: the smallest input whose exp is a normal float. */
    public static final float LO = -87.33654f;
    /** 127.5 ln 2: the largest input whose rounded exponent n stays 127. */
    public static final float HI = 88.37626f;

    static final float LOG2E = 1.44269504088896341f;
    /** ln 2 split for the Cody-Waite reduction: the float nearest ln 2 and the remainder. */
    static final float LN2_HI = 0.693147182464599609375f;
    static final float LN2_LO = -1.904654299957768e-9f;
    /**
     * The polynomial variants clamp x into [CLAMP_LO, CLAMP_HI] instead of testing the range: at
     * CLAMP_LO the rounded exponent n is -127, whose biased exponent field 0 makes the scale 2^n
     * read as +0, so the result is 0; at CLAMP_HI n = 128, field 255, the scale is +Inf and so is
     * the result. Between -87.68 and LO the scale is 2^-126 or 0 and the product a subnormal or 0.
     * Two operations (max, min) instead of two compares and two blends; NaN passes through both.
     */
    static final float CLAMP_LO = -88.0f;
    static final float CLAMP_HI = 88.75f;
    /** 1.5 2^23 + 127: adding it rounds to an integer n and leaves n + 127 in the low bits. */
    static final float SHIFTER = 12582912f + 127f;

    private static final float SCALE_23 = 8388608f;
    private static final float BIAS_SCALED = 127f * SCALE_23;
    private static final float SLIDE_SCALE = 1.4375f * SCALE_23;
    private static final float MITCHELL_SCALE = LOG2E * SCALE_23;
    private static final float SCHRAUDOLPH_C = 366400f;
    private static final int EXPONENT_MASK = 0xFF800000;
    private static final int MANTISSA_MASK = 0x007FFFFF;

    private static final float Q12 = 4096f;
    /** 1.5 2^23: adding it rounds to an integer, left in the low mantissa bits (|q| &lt; 2^22). */
    private static final float Q_SHIFTER = 12582912f;
    private static final int Q_SHIFTER_BITS = 0x4B400000;
    /** log2 e 2^12 = 5909.2789 as 5909 + 1142 / 2^12: two int products keep t within 32 bits. */
    private static final int LOG2E_Q12 = 5909;
    private static final int LOG2E_Q12_FRAC = 1142;
    private static final int I0 = 32766;
    private static final int I1 = 22801;
    private static final int I2 = 7408;
    private static final int I3 = 2557;

    // Minimax coefficients (relative error) of e^r on [-ln2/2, ln2/2], lowest degree first, found
    // with Lawson's iteratively reweighted least squares on 4,000 Chebyshev points; the degree-d
    // fit's own error is 1.7e-3, 7.5e-5, 2.6e-6 and 7.5e-8 for d = 2..5.
    private static final float P2_0 = 1.0004431009292603f;
    private static final float P2_1 = 1.014860987663269f;
    private static final float P2_2 = 0.49625858664512634f;
    private static final float P3_0 = 0.9999280571937561f;
    private static final float P3_1 = 1.0001641511917114f;
    private static final float P3_2 = 0.5049632787704468f;
    private static final float P3_3 = 0.16566842794418335f;
    private static final float P4_0 = 0.9999992847442627f;
    private static final float P4_1 = 0.9999634027481079f;
    private static final float P4_2 = 0.5000435709953308f;
    private static final float P4_3 = 0.16790907084941864f;
    private static final float P4_4 = 0.0414586067199707f;
    private static final float P5_0 = 1.0000001192092896f;
    private static final float P5_1 = 0.9999997019767761f;
    private static final float P5_2 = 0.49998894333839417f;
    private static final float P5_3 = 0.16667574644088745f;
    private static final float P5_4 = 0.04191538318991661f;
    private static final float P5_5 = 0.008297654800117016f;

    private final String label;
    private final String description;
    private final Bound bound;

    ExpVariant(String label, String description, Bound bound) {
        this.label = label;
        this.description = description;
        this.bound = bound;
    }

    @Override
    public Op op() {
        return Op.EXP;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public double lo() {
        return LO;
    }

    @Override
    public double hi() {
        return HI;
    }

    @Override
    public Bound bound() {
        return bound;
    }

    @Override
    public String outside() {
        if (this == POLY2 || this == POLY3 || this == POLY4 || this == POLY5) {
            return "below " + LO + ": a subnormal or +0 (+0 below -87.68); above " + HI + ": +Inf (from where x log2 e rounds to 128); NaN: NaN";
        }
        return this == MITCHELL || this == SCHRAUDOLPH || this == SLIDE || this == INTEGER
                ? "below " + LO + ": +0; above " + HI + ": +Inf; NaN: 0"
                : "below " + LO + ": +0; above " + HI + ": +Inf; NaN: NaN";
    }

    @Override
    public String label() {
        return label;
    }

    /** x below the range gives 0, above it Inf; NaN passes through whatever y holds. */
    static FloatVector clamp(FloatVector x, FloatVector y) {
        return y.blend(0f, x.compare(VectorOperators.LT, LO)).blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.GT, HI));
    }

    static float bitTrick(float x, float offset) {
        if (!(x >= LO)) {
            return 0f;
        }
        if (x > HI) {
            return Float.POSITIVE_INFINITY;
        }
        return Float.intBitsToFloat((int) Math.fma(x, MITCHELL_SCALE, offset));
    }

    static void bitTrick(float[] x, int xOff, float[] y, int yOff, int n, float offset) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            IntVector bits = (IntVector) v.fma(MITCHELL_SCALE, offset).convert(VectorOperators.F2I, 0);
            clamp(v, bits.reinterpretAsFloats()).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = bitTrick(x[xOff + i], offset);
        }
    }

    // The reduction x = n ln2 + r: n by the shifter's rounding of x log2 e (one fused multiply-add),
    // r = x - n ln2 by two more (Cody-Waite with ln 2 split in two floats; one for degrees 2..4), 2^n from the shifter's low
    // bits moved into the exponent field. Each degree has its own loop so that C2 sees only the
    // multiply-adds it needs; the scalar forms do the same operations in the same order, so scalar
    // and vector results are equal bit for bit.

    static void poly2(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i).max(CLAMP_LO).min(CLAMP_HI);
            FloatVector t = v.fma(LOG2E, SHIFTER);
            FloatVector nf = t.sub(SHIFTER);
            FloatVector r = nf.fma(FloatVector.broadcast(FLOAT, -LN2_HI), v);
            FloatVector p = FloatVector.broadcast(FLOAT, P2_2).fma(r, FloatVector.broadcast(FLOAT, P2_1));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P2_0));
            FloatVector scale = t.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            p.mul(scale).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = poly2Scalar(x[xOff + i]);
        }
    }

    static float poly2Scalar(float x) {
        x = Math.min(Math.max(x, CLAMP_LO), CLAMP_HI);
        float t = Math.fma(x, LOG2E, SHIFTER);
        float nf = t - SHIFTER;
        float r = Math.fma(nf, -LN2_HI, x);
        float p = Math.fma(P2_2, r, P2_1);
        p = Math.fma(p, r, P2_0);
        return p * Float.intBitsToFloat(Float.floatToRawIntBits(t) << 23);
    }

    static void poly3(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i).max(CLAMP_LO).min(CLAMP_HI);
            FloatVector t = v.fma(LOG2E, SHIFTER);
            FloatVector nf = t.sub(SHIFTER);
            FloatVector r = nf.fma(FloatVector.broadcast(FLOAT, -LN2_HI), v);
            FloatVector p = FloatVector.broadcast(FLOAT, P3_3).fma(r, FloatVector.broadcast(FLOAT, P3_2));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P3_1));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P3_0));
            FloatVector scale = t.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            p.mul(scale).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = poly3Scalar(x[xOff + i]);
        }
    }

    static float poly3Scalar(float x) {
        x = Math.min(Math.max(x, CLAMP_LO), CLAMP_HI);
        float t = Math.fma(x, LOG2E, SHIFTER);
        float nf = t - SHIFTER;
        float r = Math.fma(nf, -LN2_HI, x);
        float p = Math.fma(P3_3, r, P3_2);
        p = Math.fma(p, r, P3_1);
        p = Math.fma(p, r, P3_0);
        return p * Float.intBitsToFloat(Float.floatToRawIntBits(t) << 23);
    }

    static void poly4(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i).max(CLAMP_LO).min(CLAMP_HI);
            FloatVector t = v.fma(LOG2E, SHIFTER);
            FloatVector nf = t.sub(SHIFTER);
            FloatVector r = nf.fma(FloatVector.broadcast(FLOAT, -LN2_HI), v);
            FloatVector p = FloatVector.broadcast(FLOAT, P4_4).fma(r, FloatVector.broadcast(FLOAT, P4_3));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P4_2));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P4_1));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P4_0));
            FloatVector scale = t.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            p.mul(scale).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = poly4Scalar(x[xOff + i]);
        }
    }

    static float poly4Scalar(float x) {
        x = Math.min(Math.max(x, CLAMP_LO), CLAMP_HI);
        float t = Math.fma(x, LOG2E, SHIFTER);
        float nf = t - SHIFTER;
        float r = Math.fma(nf, -LN2_HI, x);
        float p = Math.fma(P4_4, r, P4_3);
        p = Math.fma(p, r, P4_2);
        p = Math.fma(p, r, P4_1);
        p = Math.fma(p, r, P4_0);
        return p * Float.intBitsToFloat(Float.floatToRawIntBits(t) << 23);
    }

    static void poly5(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i).max(CLAMP_LO).min(CLAMP_HI);
            FloatVector t = v.fma(LOG2E, SHIFTER);
            FloatVector nf = t.sub(SHIFTER);
            FloatVector r = nf.fma(FloatVector.broadcast(FLOAT, -LN2_HI), v);
            r = nf.fma(FloatVector.broadcast(FLOAT, -LN2_LO), r);
            FloatVector p = FloatVector.broadcast(FLOAT, P5_5).fma(r, FloatVector.broadcast(FLOAT, P5_4));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P5_3));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P5_2));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P5_1));
            p = p.fma(r, FloatVector.broadcast(FLOAT, P5_0));
            FloatVector scale = t.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            p.mul(scale).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = poly5Scalar(x[xOff + i]);
        }
    }

    static float poly5Scalar(float x) {
        x = Math.min(Math.max(x, CLAMP_LO), CLAMP_HI);
        float t = Math.fma(x, LOG2E, SHIFTER);
        float nf = t - SHIFTER;
        float r = Math.fma(nf, -LN2_HI, x);
        r = Math.fma(nf, -LN2_LO, r);
        float p = Math.fma(P5_5, r, P5_4);
        p = Math.fma(p, r, P5_3);
        p = Math.fma(p, r, P5_2);
        p = Math.fma(p, r, P5_1);
        p = Math.fma(p, r, P5_0);
        return p * Float.intBitsToFloat(Float.floatToRawIntBits(t) << 23);
    }
}
