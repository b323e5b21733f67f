package dev.accelbench.models.fast;

import dev.accelbench.models.workload.TransformerModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The GEMMs of one training step (forward and both backward GEMMs) of the encoder or decoder stack
 * of a {@link TransformerModel}, at that model's documented sequence length (BERT-B and BERT-L 512,
 * GPT-2 L 1024, ViT-B 197 tokens: {@link TransformerModel#sequence()}), one sequence per step.
 *
 * <p>Per layer, forward: the fused Q/K/V projection (S x H times H x 3H), per head Q K^T (S x dh
 * times dh x S) and P V (S x S times S x dh), the output projection (H x H), FFN up (H x F) and down
 * (F x H). Backward: each forward GEMM C = A B gives dA = dC B^T (m x n x k) and dB = A^T dC
 * (k x m x n), the three training GEMMs of lecture 12. Softmax, LayerNorm, embeddings and the head
 * are not GEMMs of the stack and are left out; GPT-2's causal mask does not change the GEMM shapes
 * (a dense array computes the masked half too).
 */
public final class TransformerTrainingGemms {

    private TransformerTrainingGemms() {
    }

    /**
     * Layers of the stack: BERT-Base 12 and BERT-Large 24 (Devlin et al. 2019, section 3), GPT-2
     * Large 36 (Radford et al. 2019, Table 2), ViT-B/16 12 (Dosovitskiy et al. 2021, Table 1).
     */
    public static int layers(TransformerModel m) {
        return switch (m) {
            case BERT_B, VIT_B -> 12;
            case BERT_L -> 24;
            case GPT2_L -> 36;
        };
    }

    /** One training step of {@code m} at its documented sequence length. */
    public static List<StepGemm> of(TransformerModel m) {
        return step(layers(m), m.dModel(), m.heads(), m.dFf(), m.sequence());
    }

    /** The forward and backward GEMMs of {@code layers} layers of width {@code hidden} and FFN width {@code ffn}. */
    public static List<StepGemm> step(int layers, int hidden, int heads, int ffn, int seqLen) {
        if (layers < 1 || hidden < 1 || heads < 1 || ffn < 1 || seqLen < 1) {
            throw new IllegalArgumentException("layers, hidden, heads, ffn and seqLen must be positive, got " + layers + ", "
                    + hidden + ", " + heads + ", " + ffn + ", " + seqLen);
        }
        if (hidden % heads != 0) {
            throw new IllegalArgumentException("hidden " + hidden + " is not a multiple of heads " + heads);
        }
        int dh = hidden / heads;
        List<StepGemm> out = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            List<StepGemm> fwd = new ArrayList<>();
            fwd.add(new StepGemm("qkv", l, seqLen, hidden, 3 * hidden));
            for (int h = 0; h < heads; h++) {
                fwd.add(new StepGemm("qk", l, seqLen, dh, seqLen));
                fwd.add(new StepGemm("pv", l, seqLen, seqLen, dh));
            }
            fwd.add(new StepGemm("out", l, seqLen, hidden, hidden));
            fwd.add(new StepGemm("ffn1", l, seqLen, hidden, ffn));
            fwd.add(new StepGemm("ffn2", l, seqLen, ffn, hidden));
            for (StepGemm g : fwd) {
                out.add(g);
                out.add(new StepGemm(g.name() + ".dA", l, g.m(), g.n(), g.k()));
                out.add(new StepGemm(g.name() + ".dB", l, g.k(), g.m(), g.n()));
            }
        }
        return out;
    }
}
