package dev.accelbench.kernels.attention;

/**
 * SPRINT's approximate in-memory thresholding (thesis section 3.3): the ReRAM crossbar holds only
 * the {@code msbBits} most significant magnitude bits of each 12-bit sign-magnitude key element
 * (4: one 4-bit MLC cell, section 3.3.6; the sign selects the positive or negative column of a
 * differential pair), the query is sent with as many MSBs (footnote 5), and the analog dot product
 * has the accuracy of a {@code outputBits}-bit output (5-bit equivalent, the HP Lab measurement the
 * thesis uses, section 3.6). A key is pruned in memory when the estimate is below Th - margin
 * (equation 3.3; the margin trades pruning for safety, section 3.3.5).
 *
 * @param msbBits         magnitude MSBs kept per element of q and k (1..11)
 * @param outputBits      b, bits of the in-memory score's output (2..23)
 * @param margin          safety margin subtracted from Th for the in-memory comparison (>= 0)
 * @param checkExact      also compute the exact scores of in-memory-pruned keys to count false prunes
 */
public record SprintConfig(int msbBits, int outputBits, float margin, boolean checkExact) {

    /** The thesis' setting: 4 MSBs, 5-bit output, no margin; exact check on. */
    public static final SprintConfig THESIS = new SprintConfig(4, 5, 0f, true);

    public SprintConfig {
        if (msbBits < 1 || msbBits > 11) {
            throw new IllegalArgumentException("msbBits must be 1..11 (of a 12-bit sign-magnitude code), got " + msbBits);
        }
        if (outputBits < 2 || outputBits > 23) {
            throw new IllegalArgumentException("outputBits must be 2..23, got " + outputBits);
        }
        if (!(margin >= 0) || Float.isInfinite(margin)) {
            throw new IllegalArgumentException("margin must be finite and >= 0, got " + margin);
        }
    }

    /** The same with another exact-check setting. */
    public SprintConfig withCheckExact(boolean check) {
        return new SprintConfig(msbBits, outputBits, margin, check);
    }
}
