package dev.accelbench.models.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Transformer models whose layers the suite models, with the sequence length each runs at.
 *
 * <p>Shapes: BERT-Base d=768, 12 heads, FFN 3072 and BERT-Large d=1024, 16 heads, FFN 4096
 * (Devlin et al. 2019, Table/Section 3), both at their maximum of 512 tokens (the survey states 512
 * only for its mapspace study, not for its fusion figures); GPT-2 Large d=1280, 20 heads, FFN 5120 (Radford et al. 2019,
 * Table 2: 36 layers, d 1280) at its 1024-token context; ViT-B/16 d=768, 12 heads, FFN 3072
 * (Dosovitskiy et al. 2021, Table 1) at 197 tokens: (224/16)^2 = 196 patches plus the class token.
 */
public enum TransformerModel {
    BERT_B("bert-b", 768, 12, 3072, 512, false),
    BERT_L("bert-l", 1024, 16, 4096, 512, false),
    GPT2_L("gpt2-l", 1280, 20, 5120, 1024, true),
    VIT_B("vit-b", 768, 12, 3072, 197, false);

    private final String id;
    private final int dModel;
    private final int heads;
    private final int dFf;
    private final int sequence;
    private final boolean decoder;

    TransformerModel(String id, int dModel, int heads, int dFf, int sequence, boolean decoder) {
        this.id = id;
        this.dModel = dModel;
        this.heads = heads;
        this.dFf = dFf;
        this.sequence = sequence;
        this.decoder = decoder;
    }

    public String id() {
        return id;
    }

    public int dModel() {
        return dModel;
    }

    public int heads() {
        return heads;
    }

    public int dHead() {
        return dModel / heads;
    }

    public int dFf() {
        return dFf;
    }

    /** The documented sequence length this model is modeled at. */
    public int sequence() {
        return sequence;
    }

    /** True for decoder-only models, which also have a per-token (GEMV) phase. */
    public boolean decoder() {
        return decoder;
    }

    /** By id ({@code bert-b}, {@code bert-l}, {@code gpt2-l}, {@code vit-b}), case-insensitive. */
    public static TransformerModel byId(String id) {
        for (TransformerModel m : values()) {
            if (m.id.equalsIgnoreCase(id.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown workload '" + id + "'; known: bert-b, bert-l, gpt2-l, vit-b");
    }

    /**
     * The GEMMs of one encoder layer (or a decoder layer's prompt phase) over the whole sequence S:
     * Q, K, V and output projections S x d x d; per head QK^T S x d_h x S and PV S x S x d_h; the MLP
     * S x d x d_ff and S x d_ff x d.
     */
    public List<LayerGemm> layerGemms() {
        int s = sequence;
        List<LayerGemm> g = new ArrayList<>();
        g.add(new LayerGemm("q_proj", new Gemm(s, dModel, dModel), 1, "X W_Q"));
        g.add(new LayerGemm("k_proj", new Gemm(s, dModel, dModel), 1, "X W_K"));
        g.add(new LayerGemm("v_proj", new Gemm(s, dModel, dModel), 1, "X W_V"));
        g.add(new LayerGemm("qk_t", new Gemm(s, dHead(), s), heads, "Q_h K_h^T per head"));
        g.add(new LayerGemm("pv", new Gemm(s, s, dHead()), heads, "softmax(Q_h K_h^T) V_h per head"));
        g.add(new LayerGemm("out_proj", new Gemm(s, dModel, dModel), 1, "concat(heads) W_O"));
        g.add(new LayerGemm("mlp_up", new Gemm(s, dModel, dFf), 1, "X W_1"));
        g.add(new LayerGemm("mlp_down", new Gemm(s, dFf, dModel), 1, "GELU(X W_1) W_2"));
        return List.copyOf(g);
    }

    /**
     * The GEMVs of one decoding step of one layer with S tokens in the KV cache: every projection and
     * MLP matrix times one token's vector (M = 1), per head q K^T 1 x d_h x S and p V 1 x S x d_h.
     */
    public List<LayerGemm> decodeStepGemvs() {
        int s = sequence;
        List<LayerGemm> g = new ArrayList<>();
        g.add(new LayerGemm("q_proj_gemv", new Gemm(1, dModel, dModel), 1, "x W_Q, one token"));
        g.add(new LayerGemm("k_proj_gemv", new Gemm(1, dModel, dModel), 1, "x W_K, one token"));
        g.add(new LayerGemm("v_proj_gemv", new Gemm(1, dModel, dModel), 1, "x W_V, one token"));
        g.add(new LayerGemm("qk_t_gemv", new Gemm(1, dHead(), s), heads, "q_h K_h^T over the KV cache"));
        g.add(new LayerGemm("pv_gemv", new Gemm(1, s, dHead()), heads, "p_h V_h over the KV cache"));
        g.add(new LayerGemm("out_proj_gemv", new Gemm(1, dModel, dModel), 1, "o W_O, one token"));
        g.add(new LayerGemm("mlp_up_gemv", new Gemm(1, dModel, dFf), 1, "x W_1, one token"));
        g.add(new LayerGemm("mlp_down_gemv", new Gemm(1, dFf, dModel), 1, "h W_2, one token"));
        return List.copyOf(g);
    }

    /** What {@code --workload} runs: the layer's GEMMs, and for decoders also one decoding step's GEMVs. */
    public List<LayerGemm> workload() {
        if (!decoder) {
            return layerGemms();
        }
        List<LayerGemm> all = new ArrayList<>(layerGemms());
        all.addAll(decodeStepGemvs());
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
