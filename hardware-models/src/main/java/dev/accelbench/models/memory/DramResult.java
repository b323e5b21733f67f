package dev.accelbench.models.memory;

import dev.accelbench.models.systolic.OperandCounts;

/**
 * DRAM traffic and bandwidth stalls of one GEMM.
 *
 * @param reads        words read from DRAM per operand (ofmap: partial sums read back)
 * @param writes       words written to DRAM per operand (ofmap: outputs and spilled partial sums)
 * @param stallCycles  cycles the array waits for DRAM (0 with unlimited bandwidth)
 * @param residency    which operands stay on chip across folds, e.g. {@code "ifmap resident"}
 */
public record DramResult(OperandCounts reads, OperandCounts writes, long stallCycles, String residency) {
}
