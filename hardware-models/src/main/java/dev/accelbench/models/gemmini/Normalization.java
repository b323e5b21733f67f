package dev.accelbench.models.gemmini;

/** The row-wise operation a matmul may be fused with; each needs whole rows of the matmul's output. */
public enum Normalization {
    SOFTMAX, LAYER_NORM;

    /** Passes over a row on the vector unit (the config's assumption). */
    int passes(GemminiConfig c) {
        return this == SOFTMAX ? c.softmaxPasses() : c.layerNormPasses();
    }
}
