package dev.accelbench.models.systolic;

import dev.accelbench.models.mac.MacFormat;
import dev.accelbench.models.memory.MemoryConfig;

/**
 * A systolic-array accelerator: one or more identical R x C arrays (cores), their clock, buffers,
 * DRAM link and MAC formats.
 *
 * @param name        label for results
 * @param rows        R
 * @param cols        C
 * @param dataflow    WS, OS or IS
 * @param clockHz     clock frequency (SCALE-Sim has none; 1 GHz unless a preset says otherwise)
 * @param cores       identical arrays working on one GEMM, its N columns split between them
 * @param memory      per-core SRAM sizes and the DRAM bandwidth per core
 * @param multiplier  multiplier input format
 * @param accumulator accumulator format
 */
public record SystolicAccelerator(String name, int rows, int cols, Dataflow dataflow, double clockHz, int cores,
                                  MemoryConfig memory, MacFormat multiplier, MacFormat accumulator) {

    public SystolicAccelerator {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("array must have at least 1 row and 1 column, got " + rows + " x " + cols);
        }
        if (!(clockHz > 0) || Double.isInfinite(clockHz)) {
            throw new IllegalArgumentException("clock must be a positive frequency, got " + clockHz + " Hz");
        }
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        }
    }

    /** SCALE-Sim's defaults for an R x C array: scale.cfg memories, int8 MACs with int32 accumulators, 1 GHz. */
    public static SystolicAccelerator of(int rows, int cols, Dataflow dataflow) {
        return new SystolicAccelerator(rows + "x" + cols, rows, cols, dataflow, 1e9, 1, MemoryConfig.SCALE_SIM_DEFAULT,
                MacFormat.INT8, MacFormat.INT32);
    }

    public SystolicAccelerator withArray(int r, int c) {
        return new SystolicAccelerator(name, r, c, dataflow, clockHz, cores, memory, multiplier, accumulator);
    }

    public SystolicAccelerator withDataflow(Dataflow d) {
        return new SystolicAccelerator(name, rows, cols, d, clockHz, cores, memory, multiplier, accumulator);
    }

    public SystolicAccelerator withMemory(MemoryConfig m) {
        return new SystolicAccelerator(name, rows, cols, dataflow, clockHz, cores, m, multiplier, accumulator);
    }

    /** Peak operations per second: 2 (multiply and add) x R x C x cores x clock. */
    public double peakOpsPerSecond() {
        return 2.0 * rows * cols * cores * clockHz;
    }
}
