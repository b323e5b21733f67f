package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/**
 * exp by a table: the reduction x = n ln2 + r of the polynomial variants, e^r from a table of
 * {@code size} intervals over [-ln2/2, ln2/2] (nearest or linear), 2^n into the exponent field.
 * Names {@code table-nearest-N} and {@code table-linear-N}, 64 &lt;= N &lt;= 4096.
 *
 * <p>Bounds with h = ln2 / N: nearest e^(h/2) - 1 (5.4e-3 at 64, 8.5e-5 at 4096), linear about
 * h^2/8 (1.5e-5 at 64, 9.2e-7 at 256) plus float32 rounding (about 2e-7). Range and out-of-range
 * results as {@link ExpVariant}; NaN gives NaN with linear interpolation (the NaN fraction
 * propagates) and 0 with nearest (entry 0 times the scale read from NaN's bits, which is 0).
 */
public final class ExpTable implements UnaryApprox {

    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 4096;

    private static final float HALF_LN2 = (float) (Math.log(2) / 2);

    private final int size;
    private final Interpolation interpolation;
    private final float[] table;
    private final float[] slope;
    private final float scale;

    public ExpTable(int size, Interpolation interpolation) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("exp table size must be " + MIN_SIZE + ".." + MAX_SIZE + ", got " + size);
        }
        this.size = size;
        this.interpolation = interpolation;
        this.table = new float[size + 2];
        double h = Math.log(2) / size;
        for (int i = 0; i <= size; i++) {
            table[i] = (float) Math.exp(-Math.log(2) / 2 + i * h);
        }
        table[size + 1] = table[size];
        // the differences of neighbouring entries: linear interpolation gathers entry and slope at
        // the same indices
        this.slope = new float[size + 2];
        for (int i = 0; i <= size; i++) {
            slope[i] = table[i + 1] - table[i];
        }
        this.scale = (float) (size / Math.log(2));
    }

    @Override
    public Op op() {
        return Op.EXP;
    }

    @Override
    public String label() {
        return "table-" + interpolation.label() + "-" + size;
    }

    @Override
    public String description() {
        return "range reduction + " + size + "-interval table of e^r (" + 4 * (size + 1) + " bytes), "
                + interpolation.label() + " interpolation";
    }

    @Override
    public double lo() {
        return ExpVariant.LO;
    }

    @Override
    public double hi() {
        return ExpVariant.HI;
    }

    @Override
    public Bound bound() {
        double h = Math.log(2) / size;
        return Bound.rel(interpolation == Interpolation.NEAREST ? Math.expm1(h / 2) * 1.02 + 3e-7 : h * h / 8 * 1.1 + 3e-7);
    }

    @Override
    public String outside() {
        return "below " + ExpVariant.LO + ": +0; above " + ExpVariant.HI + ": +Inf; NaN: "
                + (interpolation == Interpolation.LINEAR ? "NaN" : "0");
    }

    @Override
    public float apply(float x) {
        if (!(x >= ExpVariant.LO)) {
            return x != x && interpolation == Interpolation.LINEAR ? x : 0f;
        }
        if (x > ExpVariant.HI) {
            return Float.POSITIVE_INFINITY;
        }
        float t = Math.fma(x, ExpVariant.LOG2E, ExpVariant.SHIFTER);
        float nf = t - ExpVariant.SHIFTER;
        float r = Math.fma(nf, -ExpVariant.LN2_HI, x);
        r = Math.fma(nf, -ExpVariant.LN2_LO, r);
        float pos = Math.min(Math.max((r + HALF_LN2) * scale, 0f), size);
        float e;
        if (interpolation == Interpolation.NEAREST) {
            e = table[(int) (pos + 0.5f)];
        } else {
            int k = (int) pos;
            e = Math.fma(pos - k, slope[k], table[k]);
        }
        return e * Float.intBitsToFloat(Float.floatToRawIntBits(t) << 23);
    }

    @Override
    public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
        if (interpolation == Interpolation.NEAREST) {
            nearest(x, xOff, y, yOff, n);
        } else {
            linear(x, xOff, y, yOff, n);
        }
    }

    // One loop per interpolation, so that no vector is assigned in two arms of a branch (which can
    // make C2 box it). The gathers (fromArray with an index map) still dominate: on the AVX2 test
    // machine the tables run at a tenth of the polynomials' speed.

    private void nearest(float[] x, int xOff, float[] y, int yOff, int n) {
        int[] index = new int[FLOAT.length()];
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            FloatVector t = v.fma(ExpVariant.LOG2E, ExpVariant.SHIFTER);
            FloatVector nf = t.sub(ExpVariant.SHIFTER);
            FloatVector r = nf.fma(FloatVector.broadcast(FLOAT, -ExpVariant.LN2_HI), v);
            r = nf.fma(FloatVector.broadcast(FLOAT, -ExpVariant.LN2_LO), r);
            FloatVector pos = r.add(HALF_LN2).mul(scale).max(0f).min((float) size);
            ((IntVector) pos.add(0.5f).convert(VectorOperators.F2I, 0)).intoArray(index, 0);
            FloatVector e = FloatVector.fromArray(FLOAT, table, 0, index, 0);
            FloatVector scale2n = t.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            ExpVariant.clamp(v, e.mul(scale2n)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }

    private void linear(float[] x, int xOff, float[] y, int yOff, int n) {
        int[] index = new int[FLOAT.length()];
        int i = 0;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            FloatVector t = v.fma(ExpVariant.LOG2E, ExpVariant.SHIFTER);
            FloatVector nf = t.sub(ExpVariant.SHIFTER);
            FloatVector r = nf.fma(FloatVector.broadcast(FLOAT, -ExpVariant.LN2_HI), v);
            r = nf.fma(FloatVector.broadcast(FLOAT, -ExpVariant.LN2_LO), r);
            FloatVector pos = r.add(HALF_LN2).mul(scale).max(0f).min((float) size);
            IntVector k = (IntVector) pos.convert(VectorOperators.F2I, 0);
            FloatVector frac = pos.sub((FloatVector) k.convert(VectorOperators.I2F, 0));
            k.intoArray(index, 0);
            FloatVector a = FloatVector.fromArray(FLOAT, table, 0, index, 0);
            FloatVector b = FloatVector.fromArray(FLOAT, slope, 0, index, 0);
            FloatVector scale2n = t.reinterpretAsInts().lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            ExpVariant.clamp(v, frac.fma(b, a).mul(scale2n)).intoArray(y, yOff + i);
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }
}
