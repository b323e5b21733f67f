package dev.accelbench.kernels.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered variant against its claimed bound on dense samples of its valid range and at
 * the range's ends, through the vector path (with a ragged tail and offsets), and the vector path
 * against the scalar one: bit for bit where both do the same float operations, within the bound
 * where the vector path uses the Vector API's transcendental intrinsics.
 */
class VariantBoundsTest {

    static Stream<UnaryApprox> variants() {
        List<UnaryApprox> all = new ArrayList<>();
        for (Op op : Op.values()) {
            all.addAll(Approximations.variants(op));
        }
        all.add(new ExpTable(100, Interpolation.LINEAR));
        all.add(new ExpTable(777, Interpolation.NEAREST));
        return all.stream();
    }

    static boolean sameOperations(UnaryApprox v) {
        if (v instanceof ExpVariant e) {
            return e != ExpVariant.VECTOR;
        }
        if (v instanceof Sine s) {
            return s.lut() != null;
        }
        return v instanceof ExpTable || v instanceof Reciprocal || v instanceof Rsqrt;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void meetsItsBoundOnDenseSamples(UnaryApprox v) {
        float[] x = DenseSamples.of(v.lo(), v.hi(), 30_000, 7);
        int off = 3;
        float[] in = new float[x.length + off];
        System.arraycopy(x, 0, in, off, x.length);
        float[] y = new float[x.length + 5];
        v.apply(in, off, y, 5, x.length);
        double worst = 0;
        float worstAt = Float.NaN;
        double mismatch = 0;
        for (int i = 0; i < x.length; i++) {
            double e = v.bound().error(y[5 + i], v.op().reference(x[i]));
            if (!(e <= worst)) {
                worst = e;
                worstAt = x[i];
            }
            float s = v.apply(x[i]);
            if (sameOperations(v)) {
                assertEquals(Float.floatToIntBits(s), Float.floatToIntBits(y[5 + i]),
                        () -> v.key() + ": scalar and vector differ at " + "x");
            } else {
                mismatch = Math.max(mismatch, v.bound().error(y[5 + i], s));
            }
        }
        System.out.printf("BOUND %-28s max %.4g (claim %s) at %s%n", v.key(), worst, v.bound(), worstAt);
        double finalWorst = worst;
        float at = worstAt;
        assertTrue(worst <= v.bound().value(), () -> v.key() + ": error " + finalWorst + " at x = " + at
                + " exceeds the claimed " + v.bound());
        double m = mismatch;
        assertTrue(mismatch <= 2 * v.bound().value(), () -> v.key() + ": vector and scalar differ by " + m);
    }
}
