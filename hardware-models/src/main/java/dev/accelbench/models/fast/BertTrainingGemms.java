package dev.accelbench.models.fast;

import java.util.ArrayList;
import java.util.List;

/**
 * The GEMMs of one BERT training step (forward and backward) for one sequence. Per encoder layer,
 * forward: the fused Q/K/V projection (T x H times H x 3H), per head Q K^T (S x dh times dh x S)
 * and P V (S x S times S x dh), the output projection (H x H), FFN up (H x 4H) and down (4H x H),
 * with T = S tokens. Backward: each forward GEMM C = A B gives dA = dC B^T (m x n x k) and
 * dB = A^T dC (k x m x n), the three training GEMMs of lecture 12. Softmax, LayerNorm and the
 * embedding and classifier layers are not GEMMs of the encoder and are left out.
 */
public final class BertTrainingGemms {

    private BertTrainingGemms() {
    }

    /** BERT-Base: 12 layers, H = 768, 12 heads of 64, FFN 3072. */
    public static List<StepGemm> bertBase(int seqLen) {
        return step(12, 768, 12, seqLen);
    }

    /** The forward and backward GEMMs of {@code layers} encoder layers. */
    public static List<StepGemm> step(int layers, int hidden, int heads, int seqLen) {
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
            fwd.add(new StepGemm("ffn1", l, seqLen, hidden, 4 * hidden));
            fwd.add(new StepGemm("ffn2", l, seqLen, 4 * hidden, hidden));
            for (StepGemm g : fwd) {
                out.add(g);
                out.add(new StepGemm(g.name() + ".dA", l, g.m(), g.n(), g.k()));
                out.add(new StepGemm(g.name() + ".dB", l, g.k(), g.m(), g.n()));
            }
        }
        return out;
    }
}
