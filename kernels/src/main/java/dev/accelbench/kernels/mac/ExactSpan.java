package dev.accelbench.kernels.mac;

import dev.accelbench.kernels.numeric.FixedPoint;
import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.ScalarFormat;

/**
 * When exact adder-tree nodes can be emulated exactly: the group sum is kept as a double-double
 * (hi + lo, 106 bits), which is exact when every product and accumulator value is a multiple of one
 * grid 2^g and every partial sum stays below 2^t with t - g <= 100 (so hi's rounding error and lo both
 * lie on the grid and add without rounding). E5M2 products span 2^-32 .. 2^34, well inside; FP32
 * inputs (2^-298 .. 2^256) do not fit, and such a configuration is refused.
 */
final class ExactSpan {

    static final int MAX_BITS = 100;

    private ExactSpan() {
    }

    static void require(ScalarFormat input, MiniFloat product, Accumulator accumulator, int width) {
        int gridInput = quantumExponent(input);
        int topInput = (int) Math.ceil(Math.log(input.maxFinite()) / Math.log(2)) + 1;
        int grid = product == null ? 2 * gridInput : Math.max(2 * gridInput, quantumExponent(product));
        int top = 2 * topInput + Integer.numberOfTrailingZeros(width) + 1;
        int accumulatorGrid = switch (accumulator) {
            case Accumulator.Float f -> quantumExponent(f.format());
            case Accumulator.Fixed q -> -q.format().fractionBits();
        };
        grid = Math.min(grid, accumulatorGrid);
        if (accumulator instanceof Accumulator.Float f) {
            top = Math.max(top, (int) Math.ceil(Math.log(f.format().maxFinite()) / Math.log(2)) + 2);
        }
        if (top - grid > MAX_BITS) {
            throw new IllegalArgumentException("exact adder-tree nodes are emulated for products and sums spanning at most "
                    + MAX_BITS + " bits; " + input.name() + " products with a " + accumulator.name()
                    + " accumulator span 2^" + grid + " .. 2^" + top);
        }
    }

    /** The exponent of the finest step between values of the format (CFG-5's exponent-0 values included). */
    private static int quantumExponent(ScalarFormat format) {
        return switch (format) {
            case MiniFloat f -> f.minNormalExponent() - 1 - f.mantissaBits();
            case FixedPoint q -> -q.fractionBits();
        };
    }
}
