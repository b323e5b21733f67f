package dev.accelbench.kernels.attention.workload;

import dev.accelbench.kernels.attention.AttentionMask;
import dev.accelbench.kernels.attention.AttentionShape;

/**
 * Q, K and V of a batch of heads with their shape and mask, as the attention kernels take them.
 *
 * @param shape heads x S x d
 * @param mask  causal and padding mask
 * @param q     queries, head after head, row-major
 * @param k     keys
 * @param v     values
 */
public record AttentionInputs(AttentionShape shape, AttentionMask mask, float[] q, float[] k, float[] v) {

    public AttentionInputs {
        mask.check(shape);
        if (q.length != shape.elements() || k.length != shape.elements() || v.length != shape.elements()) {
            throw new IllegalArgumentException("Q, K, V hold " + q.length + ", " + k.length + ", " + v.length
                    + " floats; the shape " + shape.heads() + " x " + shape.seqLen() + " x " + shape.headDim()
                    + " needs " + shape.elements() + " each");
        }
    }
}
