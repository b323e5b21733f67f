package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import jdk.incubator.vector.FloatVector;

/**
 * The gated linear units on precomputed projections a = xW + b and g = xV + c:
 * SwiGLU = SiLU(a) * g, GeGLU = GeLU(a) * g, element-wise (PICACHU's table writes the product as a
 * circled plus; it is the Hadamard product). The activation is any {@link Op#SILU} or
 * {@link Op#GELU} variant.
 */
public final class Glu {

    private Glu() {
    }

    /** y = act(a) * g over n elements; act is a SiLU (SwiGLU) or GeLU (GeGLU) variant. */
    public static void apply(float[] a, float[] g, float[] y, int n, UnaryApprox act) {
        if (act.op() != Op.SILU && act.op() != Op.GELU) {
            throw new IllegalArgumentException("a gated unit needs a silu or gelu variant, got " + act.key());
        }
        if (a.length < n || g.length < n || y.length < n) {
            throw new IllegalArgumentException("arrays of " + a.length + ", " + g.length + ", " + y.length
                    + " floats are shorter than n = " + n);
        }
        act.apply(a, 0, y, 0, n);
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector.fromArray(FLOAT, y, i).mul(FloatVector.fromArray(FLOAT, g, i)).intoArray(y, i);
        }
        for (; i < n; i++) {
            y[i] *= g[i];
        }
    }

    /** Float64 reference: SwiGLU when silu, else GeGLU. */
    public static double[] reference(float[] a, float[] g, int n, boolean silu) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double act = silu ? Op.SILU.reference(a[i]) : Op.GELU.reference(a[i]);
            y[i] = act * g[i];
        }
        return y;
    }
}
