package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import jdk.incubator.vector.FloatVector;

/**
 * SiLU(x) = x sigmoid(x) = x / (1 + e^-x), with e^-x from any exp variant, named after it
 * ({@code silu/poly3}). The absolute error is at most max|x sigma(x)(1 - sigma(x))| (0.224 at
 * x = 2.4) times the exp variant's relative error, plus float32 rounding; checked on [-20, 20]
 * (outside the exp variant's range e^-x is 0 or Inf, and SiLU x or -0, which is right to float
 * precision for |x| &gt; 88). The vector form negates into the output, applies the exp variant in
 * place, then divides: three passes over L1-resident data.
 */
public final class Silu implements UnaryApprox {

    private final UnaryApprox exp;

    public Silu(UnaryApprox exp) {
        if (exp.op() != Op.EXP) {
            throw new IllegalArgumentException("SiLU needs an exp variant, got " + exp.key());
        }
        this.exp = exp;
    }

    @Override
    public Op op() {
        return Op.SILU;
    }

    @Override
    public String label() {
        return exp.label();
    }

    @Override
    public String description() {
        return "x / (1 + e^-x), e^-x by exp/" + exp.label();
    }

    @Override
    public double lo() {
        return -20;
    }

    @Override
    public double hi() {
        return 20;
    }

    @Override
    public Bound bound() {
        double e = exp.bound().value();
        return Bound.abs(0.2241 * e * (1 + e) + 6e-6);
    }

    @Override
    public String outside() {
        return "any finite x (the bound is checked on [-20, 20]); +Inf -> +Inf, -Inf -> NaN (-Inf / Inf), NaN -> NaN";
    }

    @Override
    public float apply(float x) {
        return x / (1f + exp.apply(-x));
    }

    @Override
    public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
        int bound = FLOAT.loopBound(n);
        int i = 0;
        float[] tmp = x == y && xOff == yOff ? new float[n] : null;
        float[] e = tmp != null ? tmp : y;
        int eOff = tmp != null ? 0 : yOff;
        for (; i < bound; i += FLOAT.length()) {
            FloatVector.fromArray(FLOAT, x, xOff + i).neg().intoArray(e, eOff + i);
        }
        for (; i < n; i++) {
            e[eOff + i] = -x[xOff + i];
        }
        exp.apply(e, eOff, e, eOff, n);
        for (i = 0; i < bound; i += FLOAT.length()) {
            FloatVector.fromArray(FLOAT, x, xOff + i).div(FloatVector.fromArray(FLOAT, e, eOff + i).add(1f))
                    .intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = x[xOff + i] / (1f + e[eOff + i]);
        }
    }
}
