package dev.accelbench.kernels.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.transpose.OutOfPlaceTranspose;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The transpose-free training GEMMs against the same products with the transposes materialized
 * first (then a plain NN GEMM). Small-integer data keeps every sum exact, so both must agree bit for bit.
 */
class TrainingGemmsTest {

    static float[] smallIntegers(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(-8, 9);
        }
        return x;
    }

    static float[] transpose(float[] x, int rows, int cols) {
        float[] t = new float[x.length];
        OutOfPlaceTranspose.naive(x, t, rows, cols);
        return t;
    }

    @Property(tries = 60)
    void theThreeGemmsEqualExplicitTransposes(@ForAll @IntRange(min = 1, max = 40) int batch,
                                              @ForAll @IntRange(min = 1, max = 40) int in,
                                              @ForAll @IntRange(min = 1, max = 40) int out,
                                              @ForAll @IntRange(min = 1, max = 2) int threads, @ForAll long seed) {
        float[] x = smallIntegers(seed, batch * in);
        float[] w = smallIntegers(seed + 1, in * out);
        float[] dy = smallIntegers(seed + 2, batch * out);

        float[] y = new float[batch * out];
        TrainingGemms.forward(batch, in, out, x, w, y, threads);
        float[] yRef = new float[batch * out];
        GemmReference.gemm(Op.N, Op.N, batch, out, in, 1f, x, 0, in, w, 0, out, 0f, yRef, 0, out);
        assertArrayEquals(yRef, y);

        float[] dx = new float[batch * in];
        TrainingGemms.inputGradient(batch, in, out, dy, w, dx, threads);
        float[] wt = transpose(w, in, out); // out x in
        float[] dxRef = new float[batch * in];
        GemmReference.gemm(Op.N, Op.N, batch, in, out, 1f, dy, 0, out, wt, 0, in, 0f, dxRef, 0, in);
        assertArrayEquals(dxRef, dx);

        float[] dw = new float[in * out];
        TrainingGemms.weightGradient(batch, in, out, x, dy, dw, false, threads);
        float[] xt = transpose(x, batch, in); // in x batch
        float[] dwRef = new float[in * out];
        GemmReference.gemm(Op.N, Op.N, in, out, batch, 1f, xt, 0, batch, dy, 0, out, 0f, dwRef, 0, out);
        assertArrayEquals(dwRef, dw);

        TrainingGemms.weightGradient(batch, in, out, x, dy, dw, true, threads);
        for (int i = 0; i < dw.length; i++) {
            dwRef[i] *= 2;
        }
        assertArrayEquals(dwRef, dw);
    }

    @Test
    void wrongSizesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingGemms.forward(2, 3, 4, new float[5], new float[12], new float[8], 1));
        assertTrue(e.getMessage().contains("needs 6"), e.getMessage());
    }
}
