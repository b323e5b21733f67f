package dev.accelbench.kernels.transpose;

import java.util.Arrays;

/**
 * In-place permutation of the axes of a row-major tensor of up to 4 axes, as {@code
 * numpy.transpose(x, perm)}: output axis k is input axis {@code perm[k]}.
 *
 * <p>Every permutation is a short sequence of batched transposes: to bring the axis wanted at
 * position k from position q > k, the tensor is viewed as [P][X][Y][S] with P the axes before k,
 * X the axes k..q-1, Y axis q and S the axes after q, and each of the P matrices X x Y of
 * S-segments is transposed in place, giving [P][Y][X][S]. At most three for four axes. With S = 1
 * that is {@link InPlaceTranspose} (its fastest method); otherwise segment cycle following
 * ({@link SegmentCycles}), whose moves are copies of S floats.
 *
 * <p>The rotation of the lecture's slide, (b, c, e) -> (e, b, c), is a single transpose of the
 * (b c) x e matrix, and its inverse of the e x (b c) one.
 */
public final class AxisPermutation {

    /** The most axes {@link #permute} accepts. */
    public static final int MAX_AXES = 4;

    private AxisPermutation() {
    }

    /** (b, c, e) -> (e, b, c) in place. */
    public static void rotate(float[] a, int b, int c, int e, int threads) {
        checkShape(a, new int[] {b, c, e});
        InPlaceTranspose.transpose(a, 0, b * c, e, threads);
    }

    /** (e, b, c) -> (b, c, e) in place, the inverse of {@link #rotate} (sizes name the result's axes). */
    public static void unrotate(float[] a, int b, int c, int e, int threads) {
        checkShape(a, new int[] {e, b, c});
        InPlaceTranspose.transpose(a, 0, e, b * c, threads);
    }

    /**
     * Permutes the axes in place: the result has shape {@code shape[perm[k]]} and element
     * {@code out[o_0, ..., o_{d-1}] = in[i]} with {@code i[perm[k]] = o_k}.
     */
    public static void permute(float[] a, int[] shape, int[] perm, int threads) {
        checkShape(a, shape);
        checkPermutation(shape.length, perm);
        TransposeArgs.threads(threads);
        int d = shape.length;
        int[] axes = new int[d]; // axes[k]: which input axis now sits at position k
        int[] dims = shape.clone();
        for (int k = 0; k < d; k++) {
            axes[k] = k;
        }
        for (int k = 0; k < d; k++) {
            int q = k;
            while (axes[q] != perm[k]) {
                q++;
            }
            if (q == k) {
                continue;
            }
            int batch = product(dims, 0, k);
            int x = product(dims, k, q);
            int y = dims[q];
            int seg = product(dims, q + 1, d);
            int matrix = x * y * seg;
            for (int p = 0; p < batch; p++) {
                if (seg == 1) {
                    InPlaceTranspose.transpose(a, p * matrix, x, y, threads);
                } else {
                    SegmentCycles.transpose(a, p * matrix, x, y, seg, threads);
                }
            }
            // axis q moves in front of the block k..q-1
            int movedAxis = axes[q];
            int movedDim = dims[q];
            System.arraycopy(axes, k, axes, k + 1, q - k);
            System.arraycopy(dims, k, dims, k + 1, q - k);
            axes[k] = movedAxis;
            dims[k] = movedDim;
        }
    }

    private static int product(int[] dims, int from, int to) {
        int p = 1;
        for (int i = from; i < to; i++) {
            p *= dims[i];
        }
        return p;
    }

    private static void checkShape(float[] a, int[] shape) {
        if (shape.length < 1 || shape.length > MAX_AXES) {
            throw new IllegalArgumentException("a tensor of 1 to " + MAX_AXES + " axes, got " + shape.length);
        }
        double size = 1; // exact up to 2^53, enough to compare and to print
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("axis sizes must be >= 0, got " + Arrays.toString(shape));
            }
            size *= s;
        }
        if (size > a.length) {
            throw new IllegalArgumentException(String.format("a tensor of shape %s needs %.0f elements, but the array has %d",
                    Arrays.toString(shape), size, a.length));
        }
    }

    private static void checkPermutation(int d, int[] perm) {
        boolean[] seen = new boolean[d];
        boolean ok = perm.length == d;
        for (int k = 0; ok && k < d; k++) {
            ok = perm[k] >= 0 && perm[k] < d && !seen[perm[k]];
            if (ok) {
                seen[perm[k]] = true;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException(
                    "perm must be a permutation of 0.." + (d - 1) + ", got " + Arrays.toString(perm));
        }
    }
}
