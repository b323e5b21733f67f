package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import jdk.incubator.vector.FloatVector;

/**
 * Rotary position embedding on a seq x dim row-major block (one head), in the rotate-half layout
 * (GPT-NeoX, LLaMA's Hugging Face code): element i &lt; dim/2 pairs with i + dim/2 and the pair is
 * rotated by theta = pos base^(-2i/dim). The layout keeps each half contiguous, so the rotation is
 * plain vector arithmetic. The cos/sin of all seq x dim/2 angles are precomputed once
 * ({@link Tables}), exactly (float64) or from sine tables ({@link Sine#table}); the angle is
 * reduced modulo 2 pi in float64 first and cos x = sin(x + pi/2).
 */
public final class Rope {

    private Rope() {
    }

    /** cos and sin of every (position, pair) angle, seq x half each. */
    public record Tables(float[] cos, float[] sin, int seq, int half) {
    }

    /** Exact tables. */
    public static Tables exactTables(int seq, int dim, double base) {
        return tables(seq, dim, base, null);
    }

    /** Tables whose sin and cos come from a sine variant (a table variant, typically). */
    public static Tables tables(int seq, int dim, double base, Sine sine) {
        check(seq, dim, base);
        int half = dim / 2;
        float[] cos = new float[seq * half];
        float[] sin = new float[seq * half];
        for (int p = 0; p < seq; p++) {
            for (int i = 0; i < half; i++) {
                double theta = p * Math.pow(base, -2.0 * i / dim);
                double reduced = theta - 2 * Math.PI * Math.floor(theta / (2 * Math.PI));
                double shifted = reduced + Math.PI / 2;
                shifted -= shifted >= 2 * Math.PI ? 2 * Math.PI : 0;
                if (sine == null) {
                    cos[p * half + i] = (float) Math.cos(theta);
                    sin[p * half + i] = (float) Math.sin(theta);
                } else {
                    cos[p * half + i] = sine.apply((float) shifted);
                    sin[p * half + i] = sine.apply((float) reduced);
                }
            }
        }
        return new Tables(cos, sin, seq, half);
    }

    /** y = RoPE(x) with the given tables (Vector API); x and y may be the same array. */
    public static void apply(float[] x, float[] y, int seq, int dim, Tables t) {
        check(seq, dim, 10000);
        if (t.seq() < seq || t.half() != dim / 2) {
            throw new IllegalArgumentException("tables for " + t.seq() + " x " + t.half() + " do not cover " + seq
                    + " positions of dim " + dim);
        }
        if (x.length < seq * dim || y.length < seq * dim) {
            throw new IllegalArgumentException(seq + " x " + dim + " does not fit arrays of " + x.length + " and " + y.length);
        }
        int half = dim / 2;
        int bound = FLOAT.loopBound(half);
        for (int p = 0; p < seq; p++) {
            int row = p * dim;
            int tab = p * half;
            int i = 0;
            for (; i < bound; i += FLOAT.length()) {
                FloatVector a = FloatVector.fromArray(FLOAT, x, row + i);
                FloatVector b = FloatVector.fromArray(FLOAT, x, row + half + i);
                FloatVector c = FloatVector.fromArray(FLOAT, t.cos(), tab + i);
                FloatVector s = FloatVector.fromArray(FLOAT, t.sin(), tab + i);
                a.mul(c).sub(b.mul(s)).intoArray(y, row + i);
                a.mul(s).add(b.mul(c)).intoArray(y, row + half + i);
            }
            for (; i < half; i++) {
                float a = x[row + i];
                float b = x[row + half + i];
                float c = t.cos()[tab + i];
                float s = t.sin()[tab + i];
                y[row + i] = a * c - b * s;
                y[row + half + i] = a * s + b * c;
            }
        }
    }

    /** Float64 reference. */
    public static double[] reference(float[] x, int seq, int dim, double base) {
        check(seq, dim, base);
        int half = dim / 2;
        double[] y = new double[seq * dim];
        for (int p = 0; p < seq; p++) {
            for (int i = 0; i < half; i++) {
                double theta = p * Math.pow(base, -2.0 * i / dim);
                double a = x[p * dim + i];
                double b = x[p * dim + half + i];
                y[p * dim + i] = a * Math.cos(theta) - b * Math.sin(theta);
                y[p * dim + half + i] = a * Math.sin(theta) + b * Math.cos(theta);
            }
        }
        return y;
    }

    private static void check(int seq, int dim, double base) {
        if (seq < 0 || dim < 2 || dim % 2 != 0) {
            throw new IllegalArgumentException("RoPE needs seq >= 0 and an even dim >= 2, got seq " + seq + ", dim " + dim);
        }
        if (!(base > 1)) {
            throw new IllegalArgumentException("RoPE base must be > 1, got " + base);
        }
    }
}
