package dev.accelbench.kernels.mac;

import java.util.Objects;

/** In which order, and through which adders, the K products of one dot product are summed. */
public sealed interface AccumulationOrder
        permits AccumulationOrder.Sequential, AccumulationOrder.Chunked, AccumulationOrder.AdderTree {

    /** acc = R(acc + p_i) for i = 0 .. K-1, from acc = 0: one MAC unit, one product per cycle. */
    record Sequential() implements AccumulationOrder {
    }

    /**
     * Chunk-based accumulation (Wang et al., "Training deep neural networks with 8-bit floating point
     * numbers", NeurIPS 2018, the tutorial's FP8 training slide: chunk 64, FP16 additions): the products
     * are summed sequentially in the accumulator format in chunks of {@code size}, each chunk from zero;
     * each chunk's sum is then added sequentially, from zero, into a total in {@code chunkSums} (one
     * rounding per addition, in that format). The result is the total.
     *
     * @param size      products per chunk, at least 1
     * @param chunkSums the format of the sum of chunks
     */
    record Chunked(int size, Accumulator chunkSums) implements AccumulationOrder {
        public Chunked {
            if (size < 1) {
                throw new IllegalArgumentException("chunk size must be >= 1, got " + size);
            }
            Objects.requireNonNull(chunkSums, "chunkSums");
        }
    }

    /**
     * A w-input dot-product unit: the products are taken in groups of {@code width} (the last group
     * padded with zeros), each group is summed by a balanced binary tree of adders, and the group's
     * sum is added into the accumulator. Tree nodes round: every node's sum is rounded in the
     * accumulator format (a fixed-point one also saturates at every node), unless {@code exactNodes},
     * in which case the group's sum is exact and the only rounding is its addition into the
     * accumulator (one rounding of acc + the exact group sum).
     *
     * @param width      products per group, a power of two from 2 to 256
     * @param exactNodes whether the tree's nodes keep their sums exactly
     */
    record AdderTree(int width, boolean exactNodes) implements AccumulationOrder {
        public AdderTree {
            if (width < 2 || width > 256 || Integer.bitCount(width) != 1) {
                throw new IllegalArgumentException("adder-tree width must be a power of two from 2 to 256, got " + width);
            }
        }
    }
}
