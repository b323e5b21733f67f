package dev.accelbench.models.gemmini;

import dev.accelbench.models.preset.Preset;
import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.SystolicAccelerator;

/**
 * The Gemmini of the survey's fusion study: the {@link Preset#GEMMINI} array (16 x 16 weight
 * stationary, int8 inputs, int32 accumulators, 1 GHz, 16 bytes per cycle of DRAM bandwidth: the
 * last two are the preset's assumptions), a scratchpad and an accumulator of given sizes, and a
 * vector (normalization) unit.
 *
 * @param array                  the systolic array, its clock and DRAM bandwidth (one-byte words per cycle)
 * @param scratchpadKb           int8 scratchpad for A and B tiles, KiB (the survey: 64)
 * @param accumulatorKb          int32 accumulator, KiB (the survey's fusion study: 128 and 256)
 * @param vectorElementsPerCycle elements the normalization unit handles per cycle and pass
 *                               (assumption: one accumulator row of DIM = 16 int32 values per cycle)
 * @param softmaxPasses          passes over a row for softmax (assumption: max, exp-and-sum, scale: 3)
 * @param layerNormPasses        passes over a row for LayerNorm (assumption: mean-and-variance, normalize: 2)
 * @param preloadHidden          false (the default, the systolic model's convention): every 16 x 16 weight
 *                               fold's 16-cycle preload adds to the fold; true: a sensitivity case where,
 *                               as Gemmini's double-buffered PE weights allow, the next fold's preload
 *                               overlaps the current fold's stream, so a fold costs max(r, 16)
 */
public record GemminiConfig(SystolicAccelerator array, double scratchpadKb, double accumulatorKb,
                            int vectorElementsPerCycle, int softmaxPasses, int layerNormPasses,
                            boolean preloadHidden) {

    /** Gemmini's DIM: rows and columns of the mesh, and the granularity of its tiles. */
    public static final int DIM = 16;
    /** The survey's scratchpad. */
    public static final double SCRATCHPAD_KB = 64;

    public GemminiConfig {
        if (array.dataflow() != Dataflow.WS || array.rows() != DIM || array.cols() != DIM) {
            throw new IllegalArgumentException("the Gemmini model needs a 16 x 16 weight-stationary array, got "
                    + array.rows() + " x " + array.cols() + " " + array.dataflow());
        }
        if (array.memory().wordBytes() != 1 || array.memory().unlimited()) {
            throw new IllegalArgumentException("the Gemmini model needs int8 words and a finite DRAM bandwidth");
        }
        if (!(scratchpadKb > 0) || Double.isInfinite(scratchpadKb)) {
            throw new IllegalArgumentException("scratchpad must be a positive size in KiB, got " + scratchpadKb);
        }
        if (!(accumulatorKb > 0) || Double.isInfinite(accumulatorKb)) {
            throw new IllegalArgumentException("accumulator must be a positive size in KiB, got " + accumulatorKb);
        }
        // Smallest useful accumulator: one DIM x DIM int32 tile in each of its two halves.
        if (accumulatorKb * 1024 < 2.0 * DIM * DIM * 4) {
            throw new IllegalArgumentException("accumulator of " + accumulatorKb + " KiB cannot hold two 16 x 16 int32 tiles"
                    + " (at least 2 KiB)");
        }
        if (scratchpadKb * 1024 < 4.0 * DIM * DIM) {
            throw new IllegalArgumentException("scratchpad of " + scratchpadKb + " KiB cannot hold two 16 x 16 A and B tiles"
                    + " (at least 1 KiB)");
        }
        if (vectorElementsPerCycle < 1 || softmaxPasses < 1 || layerNormPasses < 1) {
            throw new IllegalArgumentException("vector rate and pass counts must be positive");
        }
    }

    /** The survey's configuration with the given accumulator: 64 KiB scratchpad, 16 elements/cycle, 3 and 2 passes. */
    public static GemminiConfig survey(double accumulatorKb) {
        return new GemminiConfig(Preset.GEMMINI.accelerator(), SCRATCHPAD_KB, accumulatorKb, DIM, 3, 2, false);
    }

    /** The same machine with the weight preload hidden behind the previous fold's stream (sensitivity case). */
    public GemminiConfig withPreloadHidden(boolean hidden) {
        return new GemminiConfig(array, scratchpadKb, accumulatorKb, vectorElementsPerCycle, softmaxPasses, layerNormPasses,
                hidden);
    }

    /** DRAM bytes per cycle (the array's int8 words per cycle). */
    public double bytesPerCycle() {
        return array.memory().bandwidth();
    }

    long scratchpadBytes() {
        return (long) (scratchpadKb * 1024);
    }

    /** int32 words in one half of the double-buffered accumulator. */
    long accumulatorHalfWords() {
        return (long) (accumulatorKb * 1024 / 4 / 2);
    }
}
