package dev.accelbench.kernels.transpose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransposeAxisPermutationTest {

    @Test
    void rotationAndItsInverse() {
        int[][] shapes = {{2, 3, 4}, {7, 5, 3}, {1, 1, 9}, {16, 32, 8}, {12, 64, 96}, {0, 3, 4}, {13, 17, 19}};
        for (int[] s : shapes) {
            int b = s[0];
            int c = s[1];
            int e = s[2];
            float[] a = Matrices.iota(b * c * e);
            float[] original = a.clone();
            AxisPermutation.rotate(a, b, c, e, 2);
            assertArrayEquals(Matrices.permuted(original, s, new int[] {2, 0, 1}), a, "rotate " + b + "," + c + "," + e);
            AxisPermutation.unrotate(a, b, c, e, 2);
            assertArrayEquals(original, a, "unrotate " + b + "," + c + "," + e);
        }
    }

    @Test
    void everyPermutationOfUpToFourAxes() {
        SplittableRandom random = new SplittableRandom(3);
        for (int d = 1; d <= 4; d++) {
            for (int[] perm : permutations(d)) {
                for (int trial = 0; trial < 4; trial++) {
                    int[] shape = new int[d];
                    for (int k = 0; k < d; k++) {
                        shape[k] = 1 + random.nextInt(trial == 0 ? 3 : 13);
                    }
                    float[] a = Matrices.iota(java.util.Arrays.stream(shape).reduce(1, (x, y) -> x * y));
                    float[] expected = Matrices.permuted(a, shape, perm);
                    AxisPermutation.permute(a, shape, perm, 1 + trial % 2);
                    assertArrayEquals(expected, a, java.util.Arrays.toString(shape) + " by " + java.util.Arrays.toString(perm));
                }
            }
        }
    }

    @Test
    void badShapesAndPermutationsAreRejected() {
        var big = assertThrows(IllegalArgumentException.class,
                () -> AxisPermutation.permute(new float[10], new int[] {2, 3, 2}, new int[] {2, 1, 0}, 1));
        assertTrue(big.getMessage().contains("12") && big.getMessage().contains("10"), big.getMessage());
        var perm = assertThrows(IllegalArgumentException.class,
                () -> AxisPermutation.permute(new float[12], new int[] {2, 3, 2}, new int[] {0, 0, 1}, 1));
        assertTrue(perm.getMessage().contains("[0, 0, 1]"), perm.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AxisPermutation.permute(new float[32], new int[] {2, 2, 2, 2, 2}, new int[] {0, 1, 2, 3, 4}, 1));
        var negative = assertThrows(IllegalArgumentException.class, () -> AxisPermutation.rotate(new float[12], 2, -3, 2, 1));
        assertTrue(negative.getMessage().contains("-3"), negative.getMessage());
    }

    private static List<int[]> permutations(int d) {
        List<int[]> out = new ArrayList<>();
        permute(new int[d], new boolean[d], 0, out);
        return out;
    }

    private static void permute(int[] prefix, boolean[] used, int k, List<int[]> out) {
        if (k == prefix.length) {
            out.add(prefix.clone());
            return;
        }
        for (int v = 0; v < prefix.length; v++) {
            if (!used[v]) {
                used[v] = true;
                prefix[k] = v;
                permute(prefix, used, k + 1, out);
                used[v] = false;
            }
        }
    }
}
