package dev.accelbench.models.sprint;

/**
 * One head's in-memory pruning decisions: pruned[i][j] for the unpadded queries i and keys j
 * (the 2-D padding mask already applied), and the padded sequence length the baseline runs.
 * Arrays are used as given, not copied.
 */
public record PruningTrace(int headDim, int seqLen, boolean[][] pruned) {

    public PruningTrace {
        if (headDim < 1) {
            throw new IllegalArgumentException("headDim must be positive, got " + headDim);
        }
        if (pruned.length == 0 || pruned.length > seqLen) {
            throw new IllegalArgumentException("need 1.." + seqLen + " unpadded queries, got " + pruned.length);
        }
        for (int i = 0; i < pruned.length; i++) {
            if (pruned[i].length != pruned.length) {
                throw new IllegalArgumentException("query " + i + " has " + pruned[i].length + " decisions for "
                        + pruned.length + " unpadded keys");
            }
        }
    }

    public int validLength() {
        return pruned.length;
    }
}
