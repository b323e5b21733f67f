package dev.accelbench.models.training;

import dev.accelbench.models.workload.Gemm;

/**
 * One training GEMM as the array runs it.
 *
 * @param name            {@code forward}, {@code input_grad} or {@code weight_grad}
 * @param method          how: {@code in-place} (lecture 12's dataflows) or {@code transpose+ws}
 * @param gemm            the GEMM (A M x K times B K x N)
 * @param computeCycles   array cycles (folds x fold cycles, counted from 1)
 * @param transposeCycles cycles of the explicit transpose before it (0 in place)
 * @param sramReads       SRAM words read (operands, partial sums, transpose source)
 * @param sramWrites      SRAM words written (partial sums, outputs, transpose destination)
 */
public record TrainingPass(String name, String method, Gemm gemm, long computeCycles, long transposeCycles,
                           long sramReads, long sramWrites) {

    public long totalCycles() {
        return computeCycles + transposeCycles;
    }
}
