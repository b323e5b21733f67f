package dev.accelbench.models.gemmini;

import dev.accelbench.models.workload.Gemm;
import dev.accelbench.models.workload.TransformerModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link EncoderLayerSchedule} of one encoder layer of a {@link TransformerModel} (BERT-Base
 * for the survey) at a sequence length: every matmul takes its fastest tile for its schedule
 * ({@link TiledMatmul#best}).
 */
public final class EncoderLayerModel {

    /** Our sequence length for the fusion study: 512, the one the survey states for its mapspace study of the same BERT on Gemmini. */
    public static final int DEFAULT_SEQ_LEN = 512;

    private EncoderLayerModel() {
    }

    public static EncoderLayerSchedule evaluate(GemminiConfig cfg, TransformerModel model, int seqLen) {
        if (seqLen < 1) {
            throw new IllegalArgumentException("sequence length must be positive, got " + seqLen);
        }
        long s = seqLen;
        long d = model.dModel();
        long dh = model.dHead();
        List<Block> blocks = new ArrayList<>();
        blocks.add(plain(cfg, "qkv_proj", new Gemm(s, d, 3 * d), 1));
        blocks.add(normalized(cfg, "qk_t+softmax", new Gemm(s, dh, s), model.heads(), Normalization.SOFTMAX));
        blocks.add(plain(cfg, "pv", new Gemm(s, s, dh), model.heads()));
        blocks.add(normalized(cfg, "w_out+layernorm", new Gemm(s, d, d), 1, Normalization.LAYER_NORM));
        blocks.add(plain(cfg, "ffn_w1", new Gemm(s, d, model.dFf()), 1));
        blocks.add(normalized(cfg, "ffn_w2+layernorm", new Gemm(s, model.dFf(), d), 1, Normalization.LAYER_NORM));
        return new EncoderLayerSchedule(cfg, seqLen, List.copyOf(blocks));
    }

    /** BERT-Base, the survey's model. */
    public static EncoderLayerSchedule bertBase(GemminiConfig cfg, int seqLen) {
        return evaluate(cfg, TransformerModel.BERT_B, seqLen);
    }

    private static Block plain(GemminiConfig cfg, String name, Gemm g, int count) {
        GemminiRun r = TiledMatmul.best(cfg, g, null, 1).orElseThrow().times(count);
        return new Block(name, count, r, r, "");
    }

    private static Block normalized(GemminiConfig cfg, String name, Gemm g, int count, Normalization norm) {
        // Unfused: the matmul keeps int32 outputs for the separate pass (the normalization needs the
        // accumulator's precision), then the pass reads them back and writes int8.
        GemminiRun unfused = TiledMatmul.best(cfg, g, null, 4).orElseThrow()
                .then(NormalizationPass.run(cfg, g.m(), g.n(), norm)).times(count);
        var fused = TiledMatmul.best(cfg, g, norm, 1);
        if (fused.isEmpty()) {
            return new Block(name, count, unfused, unfused, "fusion does not fit: 16 whole rows of " + g.n()
                    + " int32 values need " + (16 * 4 * g.n() * 2 / 1024.0) + " KiB of accumulator; fused = unfused");
        }
        return new Block(name, count, unfused, fused.get().times(count), "");
    }
}
