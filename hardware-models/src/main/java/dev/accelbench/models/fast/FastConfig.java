package dev.accelbench.models.fast;

/**
 * A FAST systolic array: rows x cols fMACs that multiply BFP mantissas in chunks of
 * {@code chunkBits} (2 in FAST, lecture 12: "2-bit chunks ... variable-width mantissas in 2-bit
 * increments"), BFP groups of {@code groupSize} values sharing an 8-bit exponent. The group size
 * is not in our sources; 16 is our choice.
 */
public record FastConfig(int rows, int cols, int chunkBits, int groupSize) {

    public FastConfig {
        if (rows < 1 || cols < 1 || chunkBits < 1 || groupSize < 1) {
            throw new IllegalArgumentException("rows, cols, chunkBits and groupSize must be positive");
        }
    }

    /** A 32 x 32 array of 2-bit-chunk fMACs with groups of 16. */
    public static FastConfig defaults() {
        return new FastConfig(32, 32, 2, 16);
    }

    /** Chunk steps for an ma-bit by mb-bit mantissa product: ceil(ma / c) x ceil(mb / c). */
    public int chunkSteps(int ma, int mb) {
        return ceilDiv(ma, chunkBits) * ceilDiv(mb, chunkBits);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
