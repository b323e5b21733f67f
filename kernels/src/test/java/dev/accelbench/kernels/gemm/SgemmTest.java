package dev.accelbench.kernels.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Sgemm against the float64 reference: exactly on small-integer data (every sum is exact, so any
 * misplaced, dropped or doubled product shows), within the rounding bound on real data; every op
 * pair, edge sizes around the micro-tile and the cache blocks, leading dimensions, offsets, beta
 * cases and thread counts. Surefire runs this at the preferred vector width and at 128 bits.
 */
class SgemmTest {

    record Case(Op opA, Op opB, int m, int n, int k, float alpha, float beta, int pad, int off, int threads) {

        int rowsA() { return opA == Op.N ? m : k; }
        int colsA() { return opA == Op.N ? k : m; }
        int rowsB() { return opB == Op.N ? k : n; }
        int colsB() { return opB == Op.N ? n : k; }
        int lda() { return Math.max(1, colsA()) + pad; }
        int ldb() { return Math.max(1, colsB()) + pad; }
        int ldc() { return Math.max(1, n) + pad; }
    }

    static float[] data(long seed, int size, boolean integers) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = integers ? random.nextInt(-8, 9) : (float) random.nextGaussian();
        }
        return x;
    }

    /** Runs Sgemm and the reference on the same data; returns {actual, expected}. */
    static float[][] run(Case t, long seed, boolean integers) {
        float[] a = data(seed, t.off() + Math.max(0, t.rowsA() * t.lda()), integers);
        float[] b = data(seed + 1, t.off() + Math.max(0, t.rowsB() * t.ldb()), integers);
        float[] c = data(seed + 2, t.off() + Math.max(0, t.m() * t.ldc()), integers);
        float[] expected = c.clone();
        GemmReference.gemm(t.opA(), t.opB(), t.m(), t.n(), t.k(), t.alpha(), a, t.off(), t.lda(), b, t.off(), t.ldb(),
                t.beta(), expected, t.off(), t.ldc());
        Sgemm.gemm(t.opA(), t.opB(), t.m(), t.n(), t.k(), t.alpha(), a, t.off(), t.lda(), b, t.off(), t.ldb(), t.beta(),
                c, t.off(), t.ldc(), t.threads());
        return new float[][] {c, expected};
    }

    @Property(tries = 400)
    void exactOnSmallIntegers(@ForAll Op opA, @ForAll Op opB, @ForAll @IntRange(max = 40) int m,
                              @ForAll @IntRange(max = 70) int n, @ForAll @IntRange(max = 40) int k,
                              @ForAll @IntRange(min = 0, max = 3) int alphaChoice, @ForAll @IntRange(max = 3) int betaChoice,
                              @ForAll @IntRange(max = 3) int pad, @ForAll @IntRange(max = 5) int off,
                              @ForAll @IntRange(min = 1, max = 3) int threads, @ForAll long seed) {
        float[] scalars = {1f, -0.5f, 2f, 0f};
        Case t = new Case(opA, opB, m, n, k, scalars[alphaChoice], scalars[betaChoice], pad, off, threads);
        float[][] result = run(t, seed, true);
        assertSameValues(result[1], result[0], t.toString());
    }

    @Test
    void exactAcrossCacheBlocks() {
        // k > KC, m > MC, n > NC: every loop of the nest takes more than one trip, with tails.
        Case[] cases = {
                new Case(Op.N, Op.N, 2 * Sgemm.MC + 7, 3 * Sgemm.NR + 5, Sgemm.KC + 37, 1f, 1f, 1, 3, 2),
                new Case(Op.T, Op.T, Sgemm.MC + 1, 2 * Sgemm.NR - 1, 2 * Sgemm.KC + 1, -0.5f, 0f, 0, 0, 1),
                new Case(Op.N, Op.T, 13, Sgemm.NC + 9, 17, 2f, -0.5f, 2, 1, 2),
                new Case(Op.T, Op.N, 300, 5, 260, 1f, 0f, 0, 0, 2),
        };
        for (Case t : cases) {
            float[][] result = run(t, 7, true);
            assertSameValues(result[1], result[0], t.toString());
        }
    }

    @Property(tries = 100)
    void withinTheRoundingBoundOnRealData(@ForAll Op opA, @ForAll Op opB, @ForAll @IntRange(min = 1, max = 64) int m,
                                          @ForAll @IntRange(min = 1, max = 80) int n,
                                          @ForAll @IntRange(min = 1, max = 300) int k, @ForAll long seed) {
        Case t = new Case(opA, opB, m, n, k, 1f, 0f, 0, 0, 2);
        float[][] result = run(t, seed, false);
        // Each element is a k-term sum of exact products: |error| <= (k + 1) u sum |a b|; with
        // Gaussian data sum |a b| is about k (2/pi), and 8 sqrt(k) covers the sum's size generously.
        double bound = (k + 1) * 0x1p-24 * (k + 8 * Math.sqrt(k)) + 1e-6;
        for (int i = 0; i < result[0].length; i++) {
            assertTrue(Math.abs(result[0][i] - result[1][i]) <= bound, t + " element " + i + ": " + result[0][i]
                    + " vs " + result[1][i]);
        }
    }

    @Test
    void betaZeroDoesNotReadC() {
        float[] a = data(1, 20 * 30, false);
        float[] b = data(2, 30 * 40, false);
        float[] c = new float[20 * 40];
        java.util.Arrays.fill(c, Float.NaN);
        Sgemm.gemm(Op.N, Op.N, 20, 40, 30, 1f, a, 0, 30, b, 0, 40, 0f, c, 0, 40, 2);
        for (float v : c) {
            assertFalse(Float.isNaN(v));
        }
    }

    @Test
    void trainingGemmsNeedNoMaterializedTranspose() {
        int batch = 33;
        int in = 47;
        int out = 29;
        float[] x = data(1, batch * in, true);
        float[] w = data(2, in * out, true);
        float[] dy = data(3, batch * out, true);
        // Forward Y = X W.
        float[] y = new float[batch * out];
        Sgemm.gemm(Op.N, Op.N, batch, out, in, 1f, x, 0, in, w, 0, out, 0f, y, 0, out);
        float[] yRef = new float[batch * out];
        GemmReference.gemm(Op.N, Op.N, batch, out, in, 1f, x, 0, in, w, 0, out, 0f, yRef, 0, out);
        assertArrayEquals(yRef, y);
        // Input gradient dX = dY W^T, against an explicit transpose of W.
        float[] dx = new float[batch * in];
        Sgemm.gemm(Op.N, Op.T, batch, in, out, 1f, dy, 0, out, w, 0, out, 0f, dx, 0, in);
        float[] dxRef = new float[batch * in];
        GemmReference.gemm(Op.N, Op.N, batch, in, out, 1f, dy, 0, out, transpose(w, in, out), 0, in, 0f, dxRef, 0, in);
        assertArrayEquals(dxRef, dx);
        // Weight gradient dW = X^T dY, against an explicit transpose of X.
        float[] dw = new float[in * out];
        Sgemm.gemm(Op.T, Op.N, in, out, batch, 1f, x, 0, in, dy, 0, out, 0f, dw, 0, out);
        float[] dwRef = new float[in * out];
        GemmReference.gemm(Op.N, Op.N, in, out, batch, 1f, transpose(x, batch, in), 0, batch, dy, 0, out, 0f, dwRef, 0,
                out);
        assertArrayEquals(dwRef, dw);
    }

    /** Equal as numbers: +0 and -0 alike (C = beta C may keep -0 where the reference adds +0). */
    static void assertSameValues(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            if (!(expected[i] == actual[i] || Float.isNaN(expected[i]) && Float.isNaN(actual[i]))) {
                assertEquals(expected[i], actual[i], what + " element " + i);
            }
        }
    }

    static float[] transpose(float[] x, int rows, int cols) {
        float[] t = new float[x.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = x[i * cols + j];
            }
        }
        return t;
    }

    @Test
    void badArgumentsAreRejectedWithTheNumbers() {
        float[] a = new float[6];
        float[] b = new float[6];
        float[] c = new float[4];
        var negative = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemm(Op.N, Op.N, -1, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 2));
        assertTrue(negative.getMessage().contains("m=-1"), negative.getMessage());
        var small = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemm(Op.N, Op.N, 2, 2, 4, 1f, a, 0, 4, b, 0, 2, 0f, c, 0, 2));
        assertTrue(small.getMessage().contains("A (2 x 4, leading dimension 4, offset 0) needs 8 elements, the array has 6"),
                small.getMessage());
        var ld = assertThrows(IllegalArgumentException.class,
                () -> Sgemm.gemm(Op.N, Op.T, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 2));
        assertTrue(ld.getMessage().contains("leading dimension of B must be >= max(1, 3)"), ld.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sgemm.gemm(Op.N, Op.N, 2, 2, 3, 1f, null, 0, 3, b, 0, 2, 0f,
                c, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> Sgemm.gemm(Op.N, Op.N, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f,
                c, 0, 2, 0));
    }

    @Test
    void emptyProductsOnlyScaleC() {
        float[] c = {1f, 2f, 3f, 4f};
        Sgemm.gemm(Op.N, Op.N, 2, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 3f, c, 0, 2);
        assertArrayEquals(new float[] {3f, 6f, 9f, 12f}, c);
        Sgemm.gemm(Op.N, Op.N, 0, 0, 5, 1f, new float[0], 0, 5, new float[0], 0, 1, 3f, new float[0], 0, 1);
        assertEquals(3f, c[0]);
    }
}
