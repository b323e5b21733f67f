package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * GeLU(x) = x Phi(x) = x/2 (1 + erf(x / sqrt 2)) in three forms (the reference is {@link Erf#gelu},
 * float64). {@code erf}: erf by Abramowitz and Stegun 7.1.26 (|error| &lt;= 1.5e-7), the exact form
 * to float precision. {@code tanh}: x/2 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), the GPT-2
 * form (PICACHU's table prints Tanh as (e^x + e^-x)/(e^x - e^-x), which is coth: we use tanh).
 * {@code sigmoid}: x sigma(1.702 x). The bounds are absolute (GeLU crosses zero) on [-10, 10].
 * Outside: all three are defined for every float; -Inf gives NaN for tanh and sigmoid forms
 * (-Inf times 0) and 0 for erf (-Inf times 0 as well: NaN); +Inf gives +Inf; NaN gives NaN.
 */
public enum Gelu implements UnaryApprox {

    ERF("erf", "x/2 (1 + erf(x/sqrt2)), erf by Abramowitz-Stegun 7.1.26", Bound.abs(2.0e-6)),
    TANH("tanh", "x/2 (1 + tanh(sqrt(2/pi)(x + 0.044715 x^3))) (GPT-2)", Bound.abs(4.8e-4)),
    SIGMOID("sigmoid", "x sigmoid(1.702 x)", Bound.abs(0.0209));

    private static final float A1 = 0.254829592f;
    private static final float A2 = -0.284496736f;
    private static final float A3 = 1.421413741f;
    private static final float A4 = -1.453152027f;
    private static final float A5 = 1.061405429f;
    private static final float P = 0.3275911f;
    private static final float INV_SQRT2 = 0.70710678118654752f;
    private static final float SQRT_2_OVER_PI = 0.79788456080286536f;

    private final String label;
    private final String description;
    private final Bound bound;

    Gelu(String label, String description, Bound bound) {
        this.label = label;
        this.description = description;
        this.bound = bound;
    }

    @Override
    public Op op() {
        return Op.GELU;
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
        return -10;
    }

    @Override
    public double hi() {
        return 10;
    }

    @Override
    public Bound bound() {
        return bound;
    }

    @Override
    public String outside() {
        return "any finite x is valid (the bound is checked on [-10, 10]); +Inf -> +Inf, -Inf -> NaN, NaN -> NaN";
    }

    @Override
    public float apply(float x) {
        return switch (this) {
            case ERF -> {
                float z = Math.abs(x) * INV_SQRT2;
                float t = 1f / Math.fma(P, z, 1f);
                float poly = Math.fma(Math.fma(Math.fma(Math.fma(A5, t, A4), t, A3), t, A2), t, A1) * t;
                float erf = 1f - poly * (float) Math.exp(-z * z);
                yield 0.5f * x * (1f + Math.copySign(erf, x));
            }
            case TANH -> 0.5f * x * (1f + (float) Math.tanh(SQRT_2_OVER_PI * Math.fma(0.044715f * x, x * x, x)));
            case SIGMOID -> x / (1f + (float) Math.exp(-1.702f * x));
        };
    }

    @Override
    public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
        switch (this) {
            case ERF -> erf(x, xOff, y, yOff, n);
            case TANH -> tanh(x, xOff, y, yOff, n);
            case SIGMOID -> sigmoid(x, xOff, y, yOff, n);
        }
    }

    private void erf(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            FloatVector z = v.abs().mul(INV_SQRT2);
            FloatVector t = FloatVector.broadcast(FLOAT, 1f).div(z.fma(P, 1f));
            FloatVector poly = t.fma(A5, A4).fma(t, FloatVector.broadcast(FLOAT, A3)).fma(t, FloatVector.broadcast(FLOAT, A2))
                    .fma(t, FloatVector.broadcast(FLOAT, A1)).mul(t);
            FloatVector e = z.mul(z).neg().lanewise(VectorOperators.EXP);
            FloatVector erf = poly.mul(e).neg().add(1f);
            erf = erf.lanewise(VectorOperators.NEG, v.compare(VectorOperators.LT, 0f));
            v.mul(0.5f).mul(erf.add(1f)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }

    private void tanh(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            FloatVector inner = v.mul(0.044715f).fma(v.mul(v), v).mul(SQRT_2_OVER_PI);
            v.mul(0.5f).mul(inner.lanewise(VectorOperators.TANH).add(1f)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }

    private void sigmoid(float[] x, int xOff, float[] y, int yOff, int n) {
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            v.div(v.mul(-1.702f).lanewise(VectorOperators.EXP).add(1f)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }
}
