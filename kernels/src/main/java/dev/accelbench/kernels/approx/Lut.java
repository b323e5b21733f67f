package dev.accelbench.kernels.approx;

import static dev.accelbench.kernels.platform.KernelSpecies.FLOAT;
import static dev.accelbench.kernels.platform.KernelSpecies.INT;

import java.util.function.DoubleUnaryOperator;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/**
 * A lookup table of a function on [lo, hi] with {@code size} intervals: entries f(lo + i h),
 * h = (hi - lo) / size, i = 0..size, computed in float64 and stored as float32, read with nearest
 * or linear interpolation. Outside [lo, hi] the position is clamped to the table's ends, so the
 * end entries come back (a hardware table has no entry there); NaN reads entry 0.
 *
 * <p>Error for a smooth f: nearest at most max|f'| h/2, linear at most max|f''| h^2/8 plus
 * float32 rounding. LEOPARD's softmax table is 1 KB (512 16-bit entries); ours are float32.
 * The vector path computes the indices with the Vector API and gathers the entries
 * ({@code fromArray} with an index map, a hardware gather on AVX2 and AVX-512).
 */
public final class Lut {

    private final float lo;
    private final float scale;
    private final int size;
    private final Interpolation interpolation;
    private final float[] table;
    private final float[] slope;

    public Lut(DoubleUnaryOperator f, double lo, double hi, int size, Interpolation interpolation) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("a table needs a finite range lo < hi, got [" + lo + ", " + hi + "]");
        }
        if (size < 1 || size > (1 << 24)) {
            throw new IllegalArgumentException("table size must be 1..2^24 intervals, got " + size);
        }
        this.lo = (float) lo;
        this.scale = (float) (size / (hi - lo));
        this.size = size;
        this.interpolation = interpolation;
        this.table = new float[size + 2];
        for (int i = 0; i <= size; i++) {
            table[i] = (float) f.applyAsDouble(lo + i * (hi - lo) / size);
        }
        table[size + 1] = table[size];
        // the differences of neighbouring entries: linear interpolation gathers entry and slope at
        // the same indices
        this.slope = new float[size + 2];
        for (int i = 0; i <= size; i++) {
            slope[i] = table[i + 1] - table[i];
        }
    }

    public int size() {
        return size;
    }

    public Interpolation interpolation() {
        return interpolation;
    }

    /** Bytes the table occupies as float32 entries. */
    public int bytes() {
        return 4 * (size + 1);
    }

    public float apply(float x) {
        float pos = Math.min(Math.max((x - lo) * scale, 0f), size);
        if (pos != pos) {
            pos = 0f;
        }
        if (interpolation == Interpolation.NEAREST) {
            return table[(int) (pos + 0.5f)];
        }
        int i = (int) pos;
        float frac = pos - i;
        return Math.fma(frac, slope[i], table[i]);
    }

    /** y = table(x) element-wise, vectorized with gathers. */
    public void apply(float[] x, int xOff, float[] y, int yOff, int n) {
        int[] index = new int[FLOAT.length()];
        int i = 0;
        boolean nearest = interpolation == Interpolation.NEAREST;
        for (int bound = FLOAT.loopBound(n); i < bound; i += FLOAT.length()) {
            FloatVector v = FloatVector.fromArray(FLOAT, x, xOff + i);
            FloatVector pos = v.sub(lo).mul(scale).max(0f).min((float) size);
            if (nearest) {
                ((IntVector) pos.add(0.5f).convert(VectorOperators.F2I, 0)).intoArray(index, 0);
                FloatVector.fromArray(FLOAT, table, 0, index, 0).intoArray(y, yOff + i);
            } else {
                IntVector k = (IntVector) pos.convert(VectorOperators.F2I, 0);
                FloatVector frac = pos.sub((FloatVector) k.convert(VectorOperators.I2F, 0));
                k.intoArray(index, 0);
                FloatVector a = FloatVector.fromArray(FLOAT, table, 0, index, 0);
                FloatVector b = FloatVector.fromArray(FLOAT, slope, 0, index, 0);
                frac.fma(b, a).intoArray(y, yOff + i);
            }
        }
        for (; i < n; i++) {
            y[yOff + i] = apply(x[xOff + i]);
        }
    }
}
