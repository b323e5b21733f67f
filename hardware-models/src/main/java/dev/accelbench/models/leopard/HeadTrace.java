package dev.accelbench.models.leopard;

/**
 * The per-Score decisions of one attention head from a bit-serial run: for query i and key j,
 * whether the Score was pruned and how many K bits (of 12) the QK-DPU processed for it. The kernel
 * integration (the model commands, AttentionBenchmark) uses summary statistics instead: the
 * bit-serial kernel's PruningStats keep no per-score bits. The arrays are used as given
 * (not copied), so callers must not change them while a model runs.
 *
 * @param headDim        d
 * @param pruned         pruned[i][j], S rows of S
 * @param bitsProcessed  bitsProcessed[i][j], 1..12; unpruned Scores are counted as full
 *                       precision whatever the array says
 */
public record HeadTrace(int headDim, boolean[][] pruned, byte[][] bitsProcessed) {

    public HeadTrace {
        if (headDim < 1) {
            throw new IllegalArgumentException("headDim must be positive, got " + headDim);
        }
        if (pruned.length != bitsProcessed.length || pruned.length == 0) {
            throw new IllegalArgumentException("pruned has " + pruned.length + " queries, bitsProcessed "
                    + bitsProcessed.length + "; both must be equal and non-zero");
        }
        for (int i = 0; i < pruned.length; i++) {
            if (pruned[i].length != bitsProcessed[i].length) {
                throw new IllegalArgumentException("query " + i + ": " + pruned[i].length + " decisions but "
                        + bitsProcessed[i].length + " bit counts");
            }
            for (int j = 0; j < pruned[i].length; j++) {
                if (pruned[i][j] && (bitsProcessed[i][j] < 1 || bitsProcessed[i][j] > 12)) {
                    throw new IllegalArgumentException("query " + i + " key " + j + ": bits processed "
                            + bitsProcessed[i][j] + " outside 1..12");
                }
            }
        }
    }

    public int queries() {
        return pruned.length;
    }
}
