package dev.accelbench.models.leopard;

/**
 * Summary statistics of one workload as the thesis reports them (section 2.4.2): the model runs
 * every head of every layer as S queries against S keys with these averages.
 *
 * @param name          workload name (the attention registry's spelling, e.g. "bert-b-glue")
 * @param seqLen        S, queries and keys per head
 * @param headDim       d
 * @param heads         heads per layer
 * @param layers        attention layers
 * @param pruningRate   fraction of Scores pruned, 0..1 (padding not counted, as in the thesis)
 * @param avgBitsPruned K bits processed per pruned Score, averaged over pruned Scores only (of 12)
 * @param tasks         how many of the thesis' 43 tasks this row stands for (weight in averages)
 */
public record LeopardWorkload(String name, int seqLen, int headDim, int heads, int layers,
        double pruningRate, double avgBitsPruned, int tasks) {

    public LeopardWorkload {
        if (seqLen < 1 || headDim < 1 || heads < 1 || layers < 1 || tasks < 1) {
            throw new IllegalArgumentException(name + ": seqLen, headDim, heads, layers and tasks must be positive");
        }
        if (!(pruningRate >= 0 && pruningRate <= 1)) {
            throw new IllegalArgumentException(name + ": pruning rate must lie in [0, 1], got " + pruningRate);
        }
        if (!(avgBitsPruned > 0 && avgBitsPruned <= 12)) {
            throw new IllegalArgumentException(name + ": average bits per pruned score must lie in (0, 12], got "
                    + avgBitsPruned);
        }
    }

    /** Scores of one head, S x S. */
    public long scoresPerHead() {
        return (long) seqLen * seqLen;
    }

    /** Attention heads over the whole model, heads x layers. */
    public long headCount() {
        return (long) heads * layers;
    }
}
