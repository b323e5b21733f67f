package dev.accelbench.models.gemmini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.models.workload.Gemm;
import org.junit.jupiter.api.Test;

/**
 * The Gemmini fusion study against the survey (seed survey-efficient-transformer-inference-gemmini.txt,
 * Fig. 15/16 text), in direction and rough size, and hand-checked tiling arithmetic. BERT-Base, S = 512.
 */
class GemminiScheduleTest {

    private static final EncoderLayerSchedule ACC128 = EncoderLayerModel.bertBase(GemminiConfig.survey(128), 512);
    private static final EncoderLayerSchedule ACC256 = EncoderLayerModel.bertBase(GemminiConfig.survey(256), 512);

    /** Survey: QK^T + softmax fusion cuts MHA latency by about 22%; tolerance: 10-35% saving. Model: 10.3% / 12.3%. */
    @Test
    void softmaxFusionSaves10To35PercentOfMha() {
        for (EncoderLayerSchedule s : new EncoderLayerSchedule[] {ACC128, ACC256}) {
            double saving = s.softmaxFusionSaving();
            assertTrue(saving >= 0.10 && saving <= 0.35, s.config().accumulatorKb() + " KiB: " + saving);
            assertTrue(s.block("qk_t+softmax").fusionChange() < 0);
        }
    }

    /**
     * Survey: W2 + LayerNorm fusion worsens FFN latency by about 27%; tolerance 15-40%. Met at 256 KiB
     * (21%). At 128 KiB the model gives 45%, above the band: with only 16 rows per tile every 16 x 16
     * weight block is preloaded for 16 rows (2x the array time), an effect the survey's measured
     * Gemmini (whose PEs can double-buffer weights) may hide in part. The gap is pinned, not tuned away.
     */
    @Test
    void ffnW2LayerNormFusionIs15To40PercentSlowerAt256AndTheGapAt128IsPinned() {
        double p256 = ACC256.ffnFusionPenalty();
        assertTrue(p256 >= 0.15 && p256 <= 0.40, "256 KiB: " + p256);
        double p128 = ACC128.ffnFusionPenalty();
        assertTrue(p128 > 0.40 && p128 < 0.50, "128 KiB, documented gap (survey 27%): " + p128);
    }

    /** Survey: fusing W_out with LayerNorm harms W_out badly at 128 kB; 256 kB alleviates it. */
    @Test
    void woutLayerNormPenaltyShrinksWhenTheAccumulatorDoubles() {
        double p128 = ACC128.woutFusionPenalty();
        double p256 = ACC256.woutFusionPenalty();
        assertTrue(p128 > 0 && p256 > 0, p128 + " " + p256);
        assertTrue(p128 > 1.5 * p256, "128 KiB " + p128 + " vs 256 KiB " + p256);
    }

    /** The fused LayerNorm tile holds whole rows of 768 int32 values in half the accumulator: 16 rows at 128 KiB, 32 at 256. */
    @Test
    void fusedLayerNormTilesAreSkewed() {
        assertTrue(ACC128.block("w_out+layernorm").fused().what().contains("tile 16x"), ACC128.block("w_out+layernorm").fused().what());
        assertTrue(ACC256.block("w_out+layernorm").fused().what().contains("tile 32x"), ACC256.block("w_out+layernorm").fused().what());
        assertTrue(ACC128.block("qk_t+softmax").fused().what().contains("tile 32x"));
        // 128 KiB / 4 B / 2 halves = 16384 words; 16384 / 768 = 21.3 -> 16 rows (multiples of 16).
        assertEquals(16384, GemminiConfig.survey(128).accumulatorHalfWords());
    }

    /** One fold alone: 2R + C + r - 2 (SCALE-Sim); 3 folds of r = 32: 3 x (16 + 32) + 15 + 15 = 174. */
    @Test
    void chunkCyclesByHand() {
        GemminiConfig c = GemminiConfig.survey(128);
        assertEquals(2 * 16 + 16 + 20 - 2, TiledMatmul.chunkCycles(c, 20, 16, 16));
        assertEquals(3 * (16 + 32) + 15 + 15, TiledMatmul.chunkCycles(c, 32, 48, 16));
        // K = 40 in chunks of 32: one chunk of 2 row folds, one of 1 (8 rows padded to 16), columns 1 fold.
        assertEquals((2 * 48 + 30) + (48 + 30), TiledMatmul.tileComputeCycles(c, 32, 40, 32, 16));
    }

    /**
     * A 32 x 32 x 32 GEMM with 16 x 32 x 32 tiles: 2 tiles. Per tile: 4 folds x (16 + 16) + 30 = 158
     * array cycles; DMA A 16 x 32 + B 32 x 32 + C 16 x 32 bytes = 2048 / 16 = 128 cycles; so 158 each,
     * plus the first load (512 + 1024) / 16 = 96 and the last store 512 / 16 = 32: 444 cycles. DRAM
     * 2 x 2048 bytes (B read twice: the weight reload).
     */
    @Test
    void smallTiledMatmulByHand() {
        GemminiRun r = TiledMatmul.evaluate(GemminiConfig.survey(128), new Gemm(32, 32, 32), new Tile(16, 32, 32), null, 1);
        assertEquals(2 * 158 + 96 + 32, r.latencyCycles());
        assertEquals(4096, r.dramBytes());
        assertEquals(32L * 32 * 32, r.macs());
        // Fused with LayerNorm: + 16 x 32 x 2 / 16 = 64 vector cycles per tile, hidden except the last one's.
        GemminiRun f = TiledMatmul.evaluate(GemminiConfig.survey(128), new Gemm(32, 32, 32), new Tile(16, 32, 32),
                Normalization.LAYER_NORM, 1);
        assertEquals(2 * 158 + 96 + 32 + 64, f.latencyCycles());
        assertEquals(2048, f.vectorOps());
    }

    /** Unfused LayerNorm over 32 x 768 at 128 KiB: one strip (21 rows fit) ... strips of 21 rows: 21 + 11. */
    @Test
    void normalizationPassByHand() {
        GemminiRun p = NormalizationPass.run(GemminiConfig.survey(128), 32, 768, Normalization.LAYER_NORM);
        // Strip of 21 rows: vector 21 x 768 x 2 / 16 = 2016, DMA 21 x 768 x 5 / 16 = 5040; 11 rows: 1056 / 2640.
        // + first load 21 x 768 x 4 / 16 = 4032 + last store 21 x 768 / 16 = 1008.
        assertEquals(5040 + 2640 + 4032 + 1008, p.latencyCycles());
        assertEquals(32L * 768 * 5, p.dramBytes());
    }

    @Test
    void tilesMustFitAndBeMultiplesOf16() {
        GemminiConfig c = GemminiConfig.survey(128);
        assertThrows(IllegalArgumentException.class, () -> new Tile(8, 16, 16));
        assertFalse(TiledMatmul.fits(c, new Gemm(512, 768, 768), new Tile(32, 32, 768), Normalization.LAYER_NORM));
        assertFalse(TiledMatmul.fits(c, new Gemm(512, 768, 768), new Tile(16, 32, 512), Normalization.LAYER_NORM));
        assertThrows(IllegalArgumentException.class, () -> GemminiConfig.survey(1));
    }

    /** Every block's runs carry energy, GOP/s and EDP; fusion never changes the MACs. */
    @Test
    void everyResultHasEdpAndTheSameWork() {
        for (Block b : ACC128.blocks()) {
            assertEquals(b.unfused().macs(), b.fused().macs(), b.name());
            assertTrue(b.unfused().edp() > 0 && b.fused().edp() > 0 && b.fused().gopsPerJ() > 0, b.name());
            assertTrue(b.fused().utilization() <= 1 && b.unfused().utilization() <= 1, b.name());
        }
        assertEquals(ACC128.mhaUnfused().macs(), ACC128.mhaFused().macs());
    }

    /** A row too wide for the accumulator: fusion does not fit and the block says so. */
    @Test
    void fusionThatDoesNotFitFallsBack() {
        EncoderLayerSchedule s = EncoderLayerModel.bertBase(GemminiConfig.survey(128), 2048);
        Block b = s.block("qk_t+softmax");
        assertEquals(b.unfused(), b.fused());
        assertTrue(b.note().contains("does not fit"), b.note());
    }

    /**
     * Sensitivity: with every weight preload hidden behind the previous fold (Gemmini's double-buffered
     * PE weights at 16 B/cycle), LayerNorm fusion no longer hurts (within 5% either way) and softmax
     * fusion still helps: in this model the survey's LayerNorm penalties come from the exposed preloads
     * of skewed tiles, not from DMA alone.
     */
    @Test
    void withHiddenPreloadLayerNormFusionStopsHurting() {
        EncoderLayerSchedule h = EncoderLayerModel.bertBase(GemminiConfig.survey(128).withPreloadHidden(true), 512);
        assertTrue(Math.abs(h.ffnFusionPenalty()) < 0.05, "ffn " + h.ffnFusionPenalty());
        assertTrue(h.woutFusionPenalty() < 0.05, "w_out " + h.woutFusionPenalty());
        assertTrue(h.softmaxFusionSaving() > 0.10, "softmax " + h.softmaxFusionSaving());
        // One fold of r >= 16 rows is SCALE-Sim's 2R + C + r - 2 either way; 3 folds of 8 rows wait for preloads.
        GemminiConfig c = GemminiConfig.survey(128).withPreloadHidden(true);
        assertEquals(2 * 16 + 16 + 20 - 2, TiledMatmul.chunkCycles(c, 20, 16, 16));
        assertEquals(16 + 3 * 16 + 15 + 15, TiledMatmul.chunkCycles(c, 8, 48, 16));
    }
}
