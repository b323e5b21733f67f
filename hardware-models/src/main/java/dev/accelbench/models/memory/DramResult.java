package dev.accelbench.models.memory;

import dev.accelbench.models.systolic.OperandCounts;

/**
 * DRAM traffic and bandwidth stalls of one GEMM.
 *
 * @param reads        words read from DRAM per operand (ofmap: partial sums read back)
 * @param writes       words written to DRAM per operand (ofmap: outputs and spilled partial sums)
 * @param stallCycles  cycles the array waits for DRAM (0 with unlimited bandwidth)
 * @param ifmapResident  A stays on chip across column folds
 * @param filterReused   B is reused from SRAM across folds (OS: across row folds; IS: across column folds)
 * @param psumOnChip     partial sums accumulate on chip rather than spilling to DRAM
 */
public record DramResult(OperandCounts reads, OperandCounts writes, long stallCycles, boolean ifmapResident,
                         boolean filterReused, boolean psumOnChip) {

    /** Which operands stay on chip, in words, e.g. {@code "ifmap resident, filter streamed, partial sums on chip"}. */
    public String residency() {
        return (ifmapResident ? "ifmap resident" : "ifmap streamed") + ", "
                + (filterReused ? "filter reused" : "filter streamed") + ", "
                + (psumOnChip ? "partial sums on chip" : "partial sums spilled");
    }
}
