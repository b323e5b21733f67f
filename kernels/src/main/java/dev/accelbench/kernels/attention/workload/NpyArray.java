package dev.accelbench.kernels.attention.workload;

/**
 * A float array read from a NumPy {@code .npy} file, with its shape (C order: the last axis
 * varies fastest).
 *
 * @param shape the axes' lengths
 * @param data  the values, widened to float32 where the file held float16
 */
public record NpyArray(int[] shape, float[] data) {

    /** Number of axes. */
    public int rank() {
        return shape.length;
    }
}
