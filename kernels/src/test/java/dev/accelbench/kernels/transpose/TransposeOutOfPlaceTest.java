package dev.accelbench.kernels.transpose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TransposeOutOfPlaceTest {

    @Test
    void everyKernelMatchesTheReferenceForAllShapesUpTo64x64() {
        for (int rows = 0; rows <= 64; rows++) {
            for (int cols = 0; cols <= 64; cols++) {
                checkAll(rows, cols);
            }
        }
    }

    @Test
    void largerShapesIncludingPrimesAndVectors() {
        int[][] shapes = {{4099, 1021}, {1, 5000}, {5000, 1}, {0, 7}, {7, 0}, {257, 263}, {1024, 96}, {130, 1000},
            {777, 777}, {600, 1030}, {513, 272}};
        for (int[] s : shapes) {
            checkAll(s[0], s[1]);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 20; k++) {
            checkAll(1 + random.nextInt(700), 1 + random.nextInt(700));
        }
    }

    @Test
    void threadsSplitLargeMatrices() {
        float[] a = Matrices.iota(1000 * 517);
        float[] out = new float[a.length];
        OutOfPlaceTranspose.transpose(a, 0, out, 0, 1000, 517, 3);
        assertArrayEquals(Matrices.transposed(a, 1000, 517), out);
    }

    @Test
    void offsetsAreHonoured() {
        float[] a = Matrices.iota(3 + 12 * 10);
        float[] out = new float[5 + 120];
        OutOfPlaceTranspose.transpose(a, 3, out, 5, 12, 10, 1);
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 10; j++) {
                assertTrue(out[5 + j * 12 + i] == a[3 + i * 10 + j]);
            }
        }
    }

    @Test
    void badShapesAreRejectedWithTheirNumbers() {
        float[] a = new float[12];
        float[] b = new float[12];
        var tooBig = assertThrows(IllegalArgumentException.class, () -> OutOfPlaceTranspose.vector(a, b, 3, 5));
        assertTrue(tooBig.getMessage().contains("3 x 5") && tooBig.getMessage().contains("15")
                && tooBig.getMessage().contains("12"), tooBig.getMessage());
        var negative = assertThrows(IllegalArgumentException.class, () -> OutOfPlaceTranspose.blocked(a, b, -2, 5));
        assertTrue(negative.getMessage().contains("-2 x 5"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OutOfPlaceTranspose.transpose(a, a, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> OutOfPlaceTranspose.transpose(a, 0, b, 0, 3, 4, 0));
        var bytes = assertThrows(IllegalArgumentException.class, () -> ByteTranspose.transpose(new byte[6], new byte[9], 3, 3));
        assertTrue(bytes.getMessage().contains("9") && bytes.getMessage().contains("6"), bytes.getMessage());
    }

    @Property(tries = 200)
    void transposingTwiceIsTheIdentity(@ForAll @IntRange(max = 300) int rows, @ForAll @IntRange(max = 300) int cols) {
        float[] a = Matrices.iota(rows * cols);
        float[] t = new float[a.length];
        float[] back = new float[a.length];
        OutOfPlaceTranspose.transpose(a, 0, t, 0, rows, cols, 2);
        OutOfPlaceTranspose.transpose(t, 0, back, 0, cols, rows, 2);
        assertArrayEquals(a, back);
    }

    private static void checkAll(int rows, int cols) {
        float[] a = Matrices.iota(rows * cols);
        float[] expected = Matrices.transposed(a, rows, cols);
        String shape = rows + " x " + cols;
        float[] out = new float[a.length];
        OutOfPlaceTranspose.naive(a, out, rows, cols);
        assertArrayEquals(expected, out, "naive " + shape);
        out = new float[a.length];
        OutOfPlaceTranspose.blocked(a, out, rows, cols);
        assertArrayEquals(expected, out, "blocked " + shape);
        out = new float[a.length];
        OutOfPlaceTranspose.vector(a, out, rows, cols);
        assertArrayEquals(expected, out, "vector " + shape);
        out = new float[a.length];
        OutOfPlaceTranspose.transpose(a, 0, out, 0, rows, cols, 2);
        assertArrayEquals(expected, out, "threaded " + shape);
        out = new float[a.length];
        OutOfPlaceTranspose.vector(a, out, rows, cols, false);
        assertArrayEquals(expected, out, "8 x 8 tiles " + shape);
        out = new float[a.length];
        OutOfPlaceTranspose.vector(a, out, rows, cols, true); // emulated where vectors are narrower than 512 bits
        assertArrayEquals(expected, out, "16 x 16 tiles " + shape);
        byte[] codes = new byte[a.length];
        byte[] expectedCodes = new byte[a.length];
        for (int k = 0; k < a.length; k++) {
            codes[k] = (byte) (k * 31 + k / 251);
        }
        for (int k = 0; k < a.length; k++) {
            int src = (int) expected[k]; // iota: the value is the source index
            expectedCodes[k] = codes[src];
        }
        byte[] outCodes = new byte[a.length];
        ByteTranspose.transpose(codes, outCodes, rows, cols);
        assertArrayEquals(expectedCodes, outCodes, "bytes " + shape);
        outCodes = new byte[a.length];
        ByteTranspose.blocked(codes, outCodes, rows, cols);
        assertArrayEquals(expectedCodes, outCodes, "blocked bytes " + shape);
        outCodes = new byte[a.length];
        ByteTranspose.vector(codes, outCodes, rows, cols);
        assertArrayEquals(expectedCodes, outCodes, "byte tiles " + shape);
        outCodes = new byte[a.length];
        ByteTranspose.vector(codes, outCodes, rows, cols, 32, 48); // several blocks on small shapes
        assertArrayEquals(expectedCodes, outCodes, "byte tiles, small blocks " + shape);
        outCodes = new byte[a.length];
        ByteTranspose.naive(codes, outCodes, rows, cols);
        assertArrayEquals(expectedCodes, outCodes, "naive bytes " + shape);
    }
}
