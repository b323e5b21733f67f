package dev.accelbench.models.fast;

import java.util.List;

/**
 * The GEMMs of one BERT training step (forward and backward) for one sequence. Per encoder layer,
 * forward: the fused Q/K/V projection (T x H times H x 3H), per head Q K^T (S x dh times dh x S)
 * and P V (S x S times S x dh), the output projection (H x H), FFN up (H x 4H) and down (4H x H),
 * with T = S tokens. Backward: each forward GEMM C = A B gives dA = dC B^T (m x n x k) and
 * dB = A^T dC (k x m x n), the three training GEMMs of lecture 12. Softmax, LayerNorm and the
 * embedding and classifier layers are not GEMMs of the encoder and are left out. The same for
 * every model of the suite: {@link TransformerTrainingGemms}.
 */
public final class BertTrainingGemms {

    private BertTrainingGemms() {
    }

    /** BERT-Base: 12 layers, H = 768, 12 heads of 64, FFN 3072. */
    public static List<StepGemm> bertBase(int seqLen) {
        return step(12, 768, 12, seqLen);
    }

    /** The forward and backward GEMMs of {@code layers} encoder layers with FFN width 4H. */
    public static List<StepGemm> step(int layers, int hidden, int heads, int seqLen) {
        return TransformerTrainingGemms.step(layers, hidden, heads, 4 * hidden, seqLen);
    }
}
