package dev.accelbench.models.memory;

/**
 * On-chip buffers and the DRAM link of a systolic accelerator.
 *
 * @param ifmapKb       A's SRAM in KiB (SCALE-Sim's IfmapSramSzkB)
 * @param filterKb      B's SRAM in KiB
 * @param ofmapKb       C's SRAM (accumulators) in KiB
 * @param wordBytes     bytes of one A or B element (SCALE-Sim uses 1)
 * @param accBytes      bytes of one C element (partial sum) in the ofmap SRAM and in DRAM
 * @param bandwidth     DRAM words (A/B elements) per cycle, shared by all operands;
 *                      {@link Double#POSITIVE_INFINITY} for none given (no stalls, SCALE-Sim's CALC mode)
 */
public record MemoryConfig(double ifmapKb, double filterKb, double ofmapKb, int wordBytes, int accBytes,
                           double bandwidth) {

    /** SCALE-Sim's shipped {@code configs/scale.cfg}: 64 KiB each, one-byte words, CALC bandwidth. */
    public static final MemoryConfig SCALE_SIM_DEFAULT = new MemoryConfig(64, 64, 64, 1, 1, Double.POSITIVE_INFINITY);

    public MemoryConfig {
        if (!(ifmapKb > 0) || !(filterKb > 0) || !(ofmapKb > 0) || Double.isInfinite(ifmapKb)
                || Double.isInfinite(filterKb) || Double.isInfinite(ofmapKb)) {
            throw new IllegalArgumentException("SRAM sizes must be positive KiB, got ifmap=" + ifmapKb + ", filter="
                    + filterKb + ", ofmap=" + ofmapKb);
        }
        if (wordBytes < 1 || accBytes < 1) {
            throw new IllegalArgumentException("word sizes must be at least 1 byte, got " + wordBytes + " and " + accBytes);
        }
        if (!(bandwidth > 0)) {
            throw new IllegalArgumentException("DRAM bandwidth must be positive words/cycle, got " + bandwidth);
        }
    }

    public MemoryConfig withSram(double ifmap, double filter, double ofmap) {
        return new MemoryConfig(ifmap, filter, ofmap, wordBytes, accBytes, bandwidth);
    }

    public MemoryConfig withBandwidth(double wordsPerCycle) {
        return new MemoryConfig(ifmapKb, filterKb, ofmapKb, wordBytes, accBytes, wordsPerCycle);
    }

    long ifmapWords() {
        return (long) (ifmapKb * 1024 / wordBytes);
    }

    long filterWords() {
        return (long) (filterKb * 1024 / wordBytes);
    }

    long ofmapWords() {
        return (long) (ofmapKb * 1024 / accBytes);
    }

    /** True when no bandwidth limit is given. */
    public boolean unlimited() {
        return Double.isInfinite(bandwidth);
    }
}
