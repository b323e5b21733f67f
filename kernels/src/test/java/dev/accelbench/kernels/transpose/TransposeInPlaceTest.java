package dev.accelbench.kernels.transpose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.transpose.InPlaceTranspose.Method;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransposeInPlaceTest {

    @ParameterizedTest
    @EnumSource(Method.class)
    void everyMethodMatchesTheReferenceForAllShapesUpTo64x64(Method method) {
        for (int rows = 0; rows <= 64; rows++) {
            for (int cols = 0; cols <= 64; cols++) {
                if (method != Method.SQUARE || rows == cols) {
                    check(method, rows, cols, 1);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void largerShapesOnTwoThreads(Method method) {
        int[][] shapes = {{1021, 409}, {1, 5000}, {5000, 1}, {0, 9}, {9, 0}, {1024, 256}, {300, 700},
                {1000, 1500}, {96, 2048}, {263, 263}, {512, 512}, {4099, 5},
                {777, 777}, {1100, 1100}, {1040, 520}};
        for (int[] s : shapes) {
            if (method != Method.SQUARE || s[0] == s[1]) {
                check(method, s[0], s[1], 2);
            }
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 12; k++) {
            int rows = 1 + random.nextInt(600);
            int cols = method == Method.SQUARE ? rows : 1 + random.nextInt(600);
            check(method, rows, cols, 1 + random.nextInt(3));
        }
    }

    @Test
    void theChoiceFollowsTheShape() {
        assertEquals(Method.SQUARE, InPlaceTranspose.choose(4096, 4096));
        assertEquals(Method.BLOCKED_GCD, InPlaceTranspose.choose(4096, 1024));
        assertEquals(Method.BLOCKED_GCD, InPlaceTranspose.choose(3000, 7000));
        assertEquals(Method.SHUFFLE, InPlaceTranspose.choose(4099, 1021));
        assertEquals(Method.SHUFFLE, InPlaceTranspose.choose(1, 4096));
        float[] a = Matrices.iota(300 * 700 + 3);
        float[] expected = Matrices.transposed(a, 300, 700);
        InPlaceTranspose.transpose(a, 300, 700);
        assertArrayEquals(expected, a, "elements past the matrix stay put");
    }

    @Test
    void squareMethodRejectsRectangles() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> InPlaceTranspose.transpose(Method.SQUARE, new float[12], 0, 3, 4, 1));
        assertTrue(e.getMessage().contains("3 x 4"), e.getMessage());
    }

    @Test
    void badShapesAreRejectedWithTheirNumbers() {
        for (Method method : Method.values()) {
            var tooBig = assertThrows(IllegalArgumentException.class,
                    () -> InPlaceTranspose.transpose(method, new float[20], 0, 5, 5, 1));
            assertTrue(tooBig.getMessage().contains("25") && tooBig.getMessage().contains("20"), tooBig.getMessage());
            var negative = assertThrows(IllegalArgumentException.class,
                    () -> InPlaceTranspose.transpose(method, new float[20], 0, 4, -5, 1));
            assertTrue(negative.getMessage().contains("4 x -5"), negative.getMessage());
        }
        var offset = assertThrows(IllegalArgumentException.class,
                () -> InPlaceTranspose.transpose(new float[20], 9, 3, 4, 1));
        assertTrue(offset.getMessage().contains("offset 9"), offset.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InPlaceTranspose.transpose(new float[20], 0, 4, 5, 0));
    }

    @Property(tries = 300)
    void transposingTwiceIsTheIdentity(@ForAll @IntRange(max = 200) int rows, @ForAll @IntRange(max = 200) int cols,
                                       @ForAll Method method, @ForAll @IntRange(min = 1, max = 3) int threads) {
        if (method == Method.SQUARE) {
            cols = rows;
        }
        float[] a = Matrices.iota(rows * cols);
        float[] original = a.clone();
        InPlaceTranspose.transpose(method, a, 0, rows, cols, threads);
        InPlaceTranspose.transpose(method, a, 0, cols, rows, threads);
        assertArrayEquals(original, a);
    }

    private static void check(Method method, int rows, int cols, int threads) {
        // Two spare elements on each side: the kernel must touch only its matrix.
        float[] a = Matrices.iota(rows * cols + 4);
        float[] expected = new float[a.length];
        float[] inner = new float[rows * cols];
        System.arraycopy(a, 2, inner, 0, inner.length);
        System.arraycopy(a, 0, expected, 0, a.length);
        System.arraycopy(Matrices.transposed(inner, rows, cols), 0, expected, 2, inner.length);
        InPlaceTranspose.transpose(method, a, 2, rows, cols, threads);
        assertArrayEquals(expected, a, method + " " + rows + " x " + cols + " on " + threads + " threads");
    }
}
