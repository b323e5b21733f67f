package dev.accelbench.models.gemmini;

/**
 * One block of the encoder layer under both schedules.
 *
 * @param name     e.g. {@code "qk_t+softmax"}
 * @param count    identical instances per layer (heads for the per-head blocks); the runs include them
 * @param unfused  the non-fused schedule (matmul, then a separate normalization pass where there is one)
 * @param fused    the fusion-optimized schedule (equal to {@code unfused} for blocks without a normalization,
 *                 and where fusion does not fit the accumulator: see {@code note})
 * @param note     why fused equals unfused, or empty
 */
public record Block(String name, int count, GemminiRun unfused, GemminiRun fused, String note) {

    /** fused cycles / unfused cycles - 1: negative when fusion helps. */
    public double fusionChange() {
        return (double) fused.cycles() / unfused.cycles() - 1;
    }
}
