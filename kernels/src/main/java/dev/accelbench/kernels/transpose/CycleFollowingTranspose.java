package dev.accelbench.kernels.transpose;

/**
 * In-place transpose of a rows x cols float matrix by following the cycles of its permutation, one
 * element at a time: the element at linear index k < MN - 1 goes to {@code k * rows mod (MN - 1)}
 * (k = i * cols + j lands on j * rows + i), the last element stays. Each cycle is walked backwards
 * ("pull"): position p receives the element from {@code p * cols mod (MN - 1)}, computed as
 * {@code (p mod rows) * cols + p / rows}, with one float held aside.
 *
 * <p>Extra memory: one bit per element ({@code ceil(MN / 64)} longs, 1/32 of the matrix) marks the
 * visited positions, so every cycle is walked once. Every move is a random access into the whole
 * matrix, which is why this is the slow baseline.
 */
public final class CycleFollowingTranspose {

    private CycleFollowingTranspose() {
    }

    /** Whole array. */
    public static void transpose(float[] a, int rows, int cols) {
        transpose(a, 0, rows, cols);
    }

    /** The matrix at {@code off}. */
    public static void transpose(float[] a, int off, int rows, int cols) {
        TransposeArgs.matrix("a", a.length, off, rows, cols);
        if (rows <= 1 || cols <= 1) {
            return; // a vector is its own transpose in memory
        }
        int n = rows * cols;
        int last = n - 1;
        long[] visited = new long[(n + 63) >>> 6];
        for (int start = 1; start < last; start++) {
            if ((visited[start >>> 6] & (1L << start)) != 0) {
                continue;
            }
            float held = a[off + start];
            int p = start;
            while (true) {
                visited[p >>> 6] |= 1L << p;
                int q = (p % rows) * cols + p / rows;
                if (q == start) {
                    a[off + p] = held;
                    break;
                }
                a[off + p] = a[off + q];
                p = q;
            }
        }
    }

    /** Extra bytes one call allocates: the visited bitmap. */
    public static long extraBytes(int rows, int cols) {
        return rows <= 1 || cols <= 1 ? 0 : 8L * (((long) rows * cols + 63) >>> 6);
    }
}
