package dev.accelbench.models.sprint;

/**
 * Summary statistics of one workload as chapter 3 reports them (section 3.6).
 *
 * @param name             workload name
 * @param seqLen           S, the padded sequence length
 * @param headDim          d
 * @param heads            heads per layer
 * @param layers           layers
 * @param paddingFraction  share of the S tokens that are padding (SQuAD about 46%, section 3.5)
 * @param pruningRate      share of the unpadded Scores pruned
 * @param newFetchFraction Key/Value pairs fetched anew between adjacent queries, as a share of S
 *                         (section 3.5: "only 2.1% of the sequence length", its average)
 * @param tasks            weight in averages
 */
public record SprintWorkload(String name, int seqLen, int headDim, int heads, int layers, double paddingFraction,
        double pruningRate, double newFetchFraction, int tasks) {

    public SprintWorkload {
        if (seqLen < 1 || headDim < 1 || heads < 1 || layers < 1 || tasks < 1) {
            throw new IllegalArgumentException(name + ": seqLen, headDim, heads, layers and tasks must be positive");
        }
        for (double f : new double[] {paddingFraction, pruningRate, newFetchFraction}) {
            if (!(f >= 0 && f < 1)) {
                throw new IllegalArgumentException(name + ": padding, pruning and new-fetch fractions must lie in [0, 1), got "
                        + f);
            }
        }
    }

    /** Unpadded tokens, S (1 - padding), rounded. */
    public int validLength() {
        return (int) Math.round(seqLen * (1 - paddingFraction));
    }

    public long headCount() {
        return (long) heads * layers;
    }
}
