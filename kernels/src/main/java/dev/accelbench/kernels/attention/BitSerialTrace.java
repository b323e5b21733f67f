package dev.accelbench.kernels.attention;

/**
 * One bit-serial dot product, step by step, in integer units of q x k codes: partialSums[t-1] =
 * P(t) and margins[t-1] = M(t) for the steps taken (Table 2.1's rows).
 *
 * @param partialSums   P after each step taken
 * @param margins       M after each step taken
 * @param exact         the full dot product (computed whether or not the steps stopped early)
 * @param pruned        whether P + M fell below Th at some step (equivalently exact < Th)
 * @param stepsTaken    steps processed
 * @param bitsProcessed stepsTaken x B
 */
public record BitSerialTrace(long[] partialSums, long[] margins, long exact, boolean pruned, int stepsTaken,
        int bitsProcessed) {
}
