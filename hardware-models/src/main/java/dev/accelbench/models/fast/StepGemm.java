package dev.accelbench.models.fast;

import dev.accelbench.models.workload.Gemm;

/**
 * One GEMM C(m x n) = A(m x k) B(k x n) of a training step, with the layer it belongs to (the
 * precision schedule depends on it).
 */
public record StepGemm(String name, int layer, int m, int k, int n) {

    public StepGemm {
        if (m < 1 || k < 1 || n < 1 || layer < 0) {
            throw new IllegalArgumentException(name + ": dimensions must be positive and layer non-negative, got m=" + m
                    + " k=" + k + " n=" + n + " layer=" + layer);
        }
    }

    /** The shape alone, as the systolic model takes it. */
    public Gemm shape() {
        return new Gemm(m, k, n);
    }

    public long macs() {
        return (long) m * k * n;
    }
}
