package dev.accelbench.models.gemmini;

import java.util.List;

/**
 * A BERT encoder layer on Gemmini under the non-fused and the fusion-optimized schedule, block by
 * block, and the three comparisons the survey reports.
 *
 * @param config  the accelerator
 * @param seqLen  tokens S
 * @param blocks  qkv_proj, qk_t+softmax, pv, w_out+layernorm, ffn_w1, ffn_w2+layernorm, in order
 */
public record EncoderLayerSchedule(GemminiConfig config, int seqLen, List<Block> blocks) {

    public Block block(String name) {
        return blocks.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no block " + name));
    }

    private GemminiRun sum(String label, boolean fusedSoftmax, boolean fusedLayerNorm, String... names) {
        GemminiRun r = GemminiRun.empty("", config.array().clockHz(), TiledMatmul.macAreaMm2(config));
        for (String n : names) {
            Block b = block(n);
            boolean f = n.endsWith("softmax") ? fusedSoftmax : fusedLayerNorm;
            r = r.then(f ? b.fused() : b.unfused());
        }
        return r.named(label);
    }

    /** MHA block (QKV projections, per head QK^T + softmax and PV, W_out + LayerNorm), nothing fused. */
    public GemminiRun mhaUnfused() {
        return sum("mha unfused", false, false, "qkv_proj", "qk_t+softmax", "pv", "w_out+layernorm");
    }

    /** MHA with only QK^T + softmax fused: the survey's 22% comparison. */
    public GemminiRun mhaSoftmaxFused() {
        return sum("mha, qk_t+softmax fused", true, false, "qkv_proj", "qk_t+softmax", "pv", "w_out+layernorm");
    }

    /** MHA with both fusions (QK^T + softmax, W_out + LayerNorm). */
    public GemminiRun mhaFused() {
        return sum("mha fused", true, true, "qkv_proj", "qk_t+softmax", "pv", "w_out+layernorm");
    }

    /** FFN (W1, W2 + LayerNorm), nothing fused. */
    public GemminiRun ffnUnfused() {
        return sum("ffn unfused", false, false, "ffn_w1", "ffn_w2+layernorm");
    }

    /** FFN with W2 + LayerNorm fused: the survey's 27% comparison. */
    public GemminiRun ffnFused() {
        return sum("ffn fused", false, true, "ffn_w1", "ffn_w2+layernorm");
    }

    /** 1 - (MHA with QK^T + softmax fused) / (MHA unfused): the survey's "about 22%". */
    public double softmaxFusionSaving() {
        return 1 - (double) mhaSoftmaxFused().cycles() / mhaUnfused().cycles();
    }

    /** FFN fused / FFN unfused - 1: the survey's "about 27%" worse. */
    public double ffnFusionPenalty() {
        return (double) ffnFused().cycles() / ffnUnfused().cycles() - 1;
    }

    /** W_out + LayerNorm fused / unfused - 1: large at 128 KiB, relieved at 256 KiB in the survey. */
    public double woutFusionPenalty() {
        return block("w_out+layernorm").fusionChange();
    }
}
