package dev.accelbench.kernels.attention;

/**
 * Which scores exist. Padding is at the end of the sequence (right padding, as transformer
 * tokenizers pad): queries and keys at positions {@code >= validLength} are padding, their scores
 * are never computed and never counted (SPRINT's two-dimensional masking, thesis section 3.5; the
 * thesis' pruning rates also exclude padded scores, section 2.4.2). A padded query's output row is
 * zero. A causal mask (decoders such as GPT-2) lets query i see keys 0..i only.
 *
 * @param causal      whether query i sees only keys j <= i
 * @param validLength number of non-padded positions, 0..S
 */
public record AttentionMask(boolean causal, int validLength) {

    public AttentionMask {
        if (validLength < 0) {
            throw new IllegalArgumentException("validLength must be >= 0, got " + validLength);
        }
    }

    /** No masking for sequence length {@code seqLen}. */
    public static AttentionMask none(int seqLen) {
        return new AttentionMask(false, seqLen);
    }

    /** Checks the mask against a shape. */
    public void check(AttentionShape shape) {
        if (validLength > shape.seqLen()) {
            throw new IllegalArgumentException("validLength " + validLength + " exceeds the sequence length " + shape.seqLen());
        }
    }

    /** Whether query i is a real (non-padded) token. */
    public boolean queryValid(int i) {
        return i < validLength;
    }

    /** Keys 0..visibleKeys(i)-1 are the ones query i sees. */
    public int visibleKeys(int i) {
        return causal ? Math.min(i + 1, validLength) : validLength;
    }

    /** Scores that exist in one head: sum of visibleKeys over valid queries. */
    public long scoresPerHead() {
        long n = 0;
        for (int i = 0; i < validLength; i++) {
            n += visibleKeys(i);
        }
        return n;
    }
}
