package dev.accelbench.models.fast;

/**
 * BFP mantissa width for a layer at a point of training. FAST "progressively increases the BFP
 * precision across both layer depth and iterations" (lecture 12); the slides give no table.
 */
@FunctionalInterface
public interface PrecisionSchedule {

    /**
     * @param layer    0-based layer
     * @param layers   layer count
     * @param progress training progress in [0, 1] (iteration / total iterations)
     * @return mantissa bits, even, 2..8
     */
    int mantissaBits(int layer, int layers, double progress);

    /** The same width everywhere. */
    static PrecisionSchedule constant(int bits) {
        if (bits < 2 || bits > 8 || bits % 2 != 0) {
            throw new IllegalArgumentException("mantissa bits must be 2, 4, 6 or 8, got " + bits);
        }
        return (layer, layers, progress) -> bits;
    }

    /**
     * Our default (documented, not FAST's published one): the average of depth (layer / (L - 1))
     * and progress picks one of four equal bands, 2, 4, 6 or 8 bits: shallow layers early in
     * training run at 2 bits, deep layers late at 8.
     */
    static PrecisionSchedule progressive() {
        return (layer, layers, progress) -> {
            double depth = layers <= 1 ? 0 : (double) layer / (layers - 1);
            double mix = 0.5 * (depth + Math.max(0, Math.min(1, progress)));
            return 2 + 2 * Math.min(3, (int) Math.floor(4 * mix));
        };
    }
}
