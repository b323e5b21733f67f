package dev.accelbench.models.workload;

/**
 * One GEMM of a transformer layer and how many times the layer runs it (per head GEMMs run once
 * per head).
 *
 * @param name  what it computes, e.g. {@code "qk_t"}
 * @param gemm  its shape
 * @param count how many identical GEMMs the layer runs
 * @param what  one line: operands and why this shape
 */
public record LayerGemm(String name, Gemm gemm, int count, String what) {

    public LayerGemm {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count + " for " + name);
        }
    }

    /** MACs of all {@code count} GEMMs. */
    public long macs() {
        return gemm.macs() * count;
    }
}
