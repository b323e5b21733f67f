package dev.accelbench.models.gemmini;

import dev.accelbench.models.tech.Horowitz45nm;
import dev.accelbench.models.tech.SramEnergy;

/**
 * An unfused normalization: a separate pass over a rows x cols int32 matrix the preceding matmul
 * left in DRAM. Strips of whole rows are moved into half of the accumulator, normalized by the
 * vector unit ({@code passes} passes at {@code vectorElementsPerCycle}) and moved out as int8; strips
 * are double buffered, so a strip costs max(vector, DMA) and the first strip's load and the last
 * one's store are exposed.
 */
public final class NormalizationPass {

    private NormalizationPass() {
    }

    public static GemminiRun run(GemminiConfig cfg, long rows, long cols, Normalization norm) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("normalization needs at least one row and column, got " + rows + " x " + cols);
        }
        long paddedCols = TiledMatmul.ceilDiv(cols, GemminiConfig.DIM) * GemminiConfig.DIM;
        if (paddedCols > cfg.accumulatorHalfWords()) {
            throw new IllegalArgumentException("a row of " + cols + " int32 values does not fit half of a "
                    + cfg.accumulatorKb() + " KiB accumulator");
        }
        long strip = Math.min(rows, cfg.accumulatorHalfWords() / paddedCols);
        int passes = norm.passes(cfg);
        double bw = cfg.bytesPerCycle();
        long[][] classes = {{strip, rows / strip}, {rows % strip, rows % strip > 0 ? 1 : 0}};
        long cycles = 0;
        for (long[] c : classes) {
            long elements = c[0] * cols;
            long vec = TiledMatmul.ceilDiv(elements * passes, cfg.vectorElementsPerCycle());
            long dma = (long) Math.ceil(elements * 5 / bw);
            cycles += c[1] * Math.max(vec, dma);
        }
        cycles += (long) Math.ceil(strip * cols * 4 / bw) + (long) Math.ceil(Math.min(strip, rows) * cols / bw);
        long elements = rows * cols;
        long dram = elements * 5;
        long vector = elements * passes;
        GemminiEnergy e = new GemminiEnergy(0, 0,
                (elements + vector) * SramEnergy.accessPj(cfg.accumulatorKb(), 32),
                dram * Horowitz45nm.DRAM_64BIT_PJ_LOW / 8,
                vector * TiledMatmul.VECTOR_OP_PJ);
        return new GemminiRun(TiledMatmul.label(norm) + " pass " + rows + "x" + cols, cycles, 0, 0, vector, dram, e,
                cfg.array().clockHz(), TiledMatmul.macAreaMm2(cfg));
    }
}
