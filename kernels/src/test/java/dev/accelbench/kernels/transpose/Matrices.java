package dev.accelbench.kernels.transpose;

/** Test data and the reference every kernel is compared with. */
final class Matrices {

    private Matrices() {
    }

    /** 0, 1, 2, ...: every element distinct (exact in float up to 2^24), so any misplacement shows. */
    static float[] iota(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** The naive out-of-place transpose, written independently of the kernels. */
    static float[] transposed(float[] a, int rows, int cols) {
        float[] t = new float[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = a[i * cols + j];
            }
        }
        System.arraycopy(a, rows * cols, t, rows * cols, a.length - rows * cols);
        return t;
    }

    /** numpy.transpose(a, perm) for a row-major tensor, element by element. */
    static float[] permuted(float[] a, int[] shape, int[] perm) {
        int d = shape.length;
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        int[] outShape = new int[d];
        for (int k = 0; k < d; k++) {
            outShape[k] = shape[perm[k]];
        }
        float[] out = new float[size];
        int[] o = new int[d];
        int[] in = new int[d];
        for (int flat = 0; flat < size; flat++) {
            int rest = flat;
            for (int k = d - 1; k >= 0; k--) {
                o[k] = rest % outShape[k];
                rest /= outShape[k];
            }
            for (int k = 0; k < d; k++) {
                in[perm[k]] = o[k];
            }
            int src = 0;
            for (int k = 0; k < d; k++) {
                src = src * shape[k] + in[k];
            }
            out[flat] = a[src];
        }
        return out;
    }
}
