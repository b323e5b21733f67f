package dev.accelbench.kernels.attention;

/**
 * The shape of a batch of single-head attentions: {@code heads} independent heads, each with Q, K
 * and V of {@code seqLen} rows of {@code headDim} floats, stored head after head, row-major.
 *
 * @param heads   number of heads (independent attention problems)
 * @param seqLen  sequence length S (rows of Q, K, V)
 * @param headDim embedding size d of one head
 */
public record AttentionShape(int heads, int seqLen, int headDim) {

    public AttentionShape {
        if (heads < 1 || seqLen < 1 || headDim < 1) {
            throw new IllegalArgumentException("attention shape needs heads, seqLen and headDim >= 1, got heads="
                    + heads + " seqLen=" + seqLen + " headDim=" + headDim);
        }
        if ((long) heads * seqLen * headDim > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("attention tensor of " + heads + " x " + seqLen + " x " + headDim
                    + " floats does not fit a Java array");
        }
    }

    /** Floats in one of Q, K, V or the output. */
    public int elements() {
        return heads * seqLen * headDim;
    }

    /** Offset of head {@code h}'s first row. */
    int headOffset(int h) {
        return h * seqLen * headDim;
    }

    /** Checks that q, k, v and out hold this shape. */
    void check(float[] q, float[] k, float[] v, float[] out) {
        checkLength("q", q);
        checkLength("k", k);
        checkLength("v", v);
        checkLength("out", out);
    }

    void checkLength(String name, float[] a) {
        if (a == null || a.length < elements()) {
            throw new IllegalArgumentException(name + " holds " + (a == null ? "no array" : a.length + " floats")
                    + ", the shape " + heads + " x " + seqLen + " x " + headDim + " needs " + elements());
        }
    }
}
