package dev.accelbench.kernels.transpose;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The 8 x 8 float tile transposed in eight 256-bit registers, shared by the out-of-place and the
 * in-place square kernels.
 *
 * <p>Three stages, h = 4, 2, 1: rows r and r + h (bit h of r clear) exchange the lanes whose index
 * has bit h set with the partner row's lanes at index - h. Each stage swaps bit h of the row index
 * with bit h of the column index, so the three together swap row and column: a transpose. One
 * exchange is a lane permute (swap lane l with l ^ h) and a blend per output row, 24 of each per
 * tile, the same count as the classic unpack / shuffle / permute2f128 sequence.
 *
 * <p>The tile is fixed at 8 x 8 with {@code SPECIES_256}: eight named locals keep every row in a
 * register (an array of vectors would box them). It runs where the kernel width
 * ({@link KernelSpecies#FLOAT}) is at least 256 bits; at 128 or 64 bits ({@code
 * -Daccelbench.vector.bits}) the kernels take their scalar loops instead.
 *
 * <p>The methods take arrays and offsets, never vectors: a vector passed to a method C2 does not
 * inline is boxed on the heap.
 */
final class RegisterTile {

    static final int SIZE = 8;
    static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    /** Whether the kernel width allows the 256-bit tile. */
    static final boolean ENABLED = KernelSpecies.FLOAT.vectorBitSize() >= 256;

    private static final VectorShuffle<Float> SWAP4 = VectorShuffle.fromOp(S, l -> l ^ 4);
    private static final VectorShuffle<Float> SWAP2 = VectorShuffle.fromOp(S, l -> l ^ 2);
    private static final VectorShuffle<Float> SWAP1 = VectorShuffle.fromOp(S, l -> l ^ 1);
    private static final VectorMask<Float> HIGH4 = VectorMask.fromLong(S, 0b1111_0000);
    private static final VectorMask<Float> HIGH2 = VectorMask.fromLong(S, 0b1100_1100);
    private static final VectorMask<Float> HIGH1 = VectorMask.fromLong(S, 0b1010_1010);

    private RegisterTile() {
    }

    /** dst tile (row stride ds) = transpose of src tile (row stride ss). */
    static void copy(float[] src, int s, int ss, float[] dst, int d, int ds) {
        FloatVector r0 = FloatVector.fromArray(S, src, s);
        FloatVector r1 = FloatVector.fromArray(S, src, s + ss);
        FloatVector r2 = FloatVector.fromArray(S, src, s + 2 * ss);
        FloatVector r3 = FloatVector.fromArray(S, src, s + 3 * ss);
        FloatVector r4 = FloatVector.fromArray(S, src, s + 4 * ss);
        FloatVector r5 = FloatVector.fromArray(S, src, s + 5 * ss);
        FloatVector r6 = FloatVector.fromArray(S, src, s + 6 * ss);
        FloatVector r7 = FloatVector.fromArray(S, src, s + 7 * ss);
        FloatVector t0 = r0.blend(r4.rearrange(SWAP4), HIGH4);
        FloatVector t4 = r0.rearrange(SWAP4).blend(r4, HIGH4);
        FloatVector t1 = r1.blend(r5.rearrange(SWAP4), HIGH4);
        FloatVector t5 = r1.rearrange(SWAP4).blend(r5, HIGH4);
        FloatVector t2 = r2.blend(r6.rearrange(SWAP4), HIGH4);
        FloatVector t6 = r2.rearrange(SWAP4).blend(r6, HIGH4);
        FloatVector t3 = r3.blend(r7.rearrange(SWAP4), HIGH4);
        FloatVector t7 = r3.rearrange(SWAP4).blend(r7, HIGH4);
        r0 = t0.blend(t2.rearrange(SWAP2), HIGH2);
        r2 = t0.rearrange(SWAP2).blend(t2, HIGH2);
        r1 = t1.blend(t3.rearrange(SWAP2), HIGH2);
        r3 = t1.rearrange(SWAP2).blend(t3, HIGH2);
        r4 = t4.blend(t6.rearrange(SWAP2), HIGH2);
        r6 = t4.rearrange(SWAP2).blend(t6, HIGH2);
        r5 = t5.blend(t7.rearrange(SWAP2), HIGH2);
        r7 = t5.rearrange(SWAP2).blend(t7, HIGH2);
        r0.blend(r1.rearrange(SWAP1), HIGH1).intoArray(dst, d);
        r0.rearrange(SWAP1).blend(r1, HIGH1).intoArray(dst, d + ds);
        r2.blend(r3.rearrange(SWAP1), HIGH1).intoArray(dst, d + 2 * ds);
        r2.rearrange(SWAP1).blend(r3, HIGH1).intoArray(dst, d + 3 * ds);
        r4.blend(r5.rearrange(SWAP1), HIGH1).intoArray(dst, d + 4 * ds);
        r4.rearrange(SWAP1).blend(r5, HIGH1).intoArray(dst, d + 5 * ds);
        r6.blend(r7.rearrange(SWAP1), HIGH1).intoArray(dst, d + 6 * ds);
        r6.rearrange(SWAP1).blend(r7, HIGH1).intoArray(dst, d + 7 * ds);
    }

    /**
     * Swaps tile p with the transpose of tile q of one array (row stride n), each transposed:
     * afterwards tile p holds q^T and tile q holds p^T. With p == q it transposes one tile in place.
     * Both tiles are read before either is written.
     */
    static void swap(float[] a, int p, int q, int n) {
        FloatVector r0 = FloatVector.fromArray(S, a, p);
        FloatVector r1 = FloatVector.fromArray(S, a, p + n);
        FloatVector r2 = FloatVector.fromArray(S, a, p + 2 * n);
        FloatVector r3 = FloatVector.fromArray(S, a, p + 3 * n);
        FloatVector r4 = FloatVector.fromArray(S, a, p + 4 * n);
        FloatVector r5 = FloatVector.fromArray(S, a, p + 5 * n);
        FloatVector r6 = FloatVector.fromArray(S, a, p + 6 * n);
        FloatVector r7 = FloatVector.fromArray(S, a, p + 7 * n);
        FloatVector q0 = FloatVector.fromArray(S, a, q);
        FloatVector q1 = FloatVector.fromArray(S, a, q + n);
        FloatVector q2 = FloatVector.fromArray(S, a, q + 2 * n);
        FloatVector q3 = FloatVector.fromArray(S, a, q + 3 * n);
        FloatVector q4 = FloatVector.fromArray(S, a, q + 4 * n);
        FloatVector q5 = FloatVector.fromArray(S, a, q + 5 * n);
        FloatVector q6 = FloatVector.fromArray(S, a, q + 6 * n);
        FloatVector q7 = FloatVector.fromArray(S, a, q + 7 * n);
        // Tile p's transpose goes to q; its rows are consumed before q's are overwritten.
        FloatVector t0 = r0.blend(r4.rearrange(SWAP4), HIGH4);
        FloatVector t4 = r0.rearrange(SWAP4).blend(r4, HIGH4);
        FloatVector t1 = r1.blend(r5.rearrange(SWAP4), HIGH4);
        FloatVector t5 = r1.rearrange(SWAP4).blend(r5, HIGH4);
        FloatVector t2 = r2.blend(r6.rearrange(SWAP4), HIGH4);
        FloatVector t6 = r2.rearrange(SWAP4).blend(r6, HIGH4);
        FloatVector t3 = r3.blend(r7.rearrange(SWAP4), HIGH4);
        FloatVector t7 = r3.rearrange(SWAP4).blend(r7, HIGH4);
        r0 = t0.blend(t2.rearrange(SWAP2), HIGH2);
        r2 = t0.rearrange(SWAP2).blend(t2, HIGH2);
        r1 = t1.blend(t3.rearrange(SWAP2), HIGH2);
        r3 = t1.rearrange(SWAP2).blend(t3, HIGH2);
        r4 = t4.blend(t6.rearrange(SWAP2), HIGH2);
        r6 = t4.rearrange(SWAP2).blend(t6, HIGH2);
        r5 = t5.blend(t7.rearrange(SWAP2), HIGH2);
        r7 = t5.rearrange(SWAP2).blend(t7, HIGH2);
        r0.blend(r1.rearrange(SWAP1), HIGH1).intoArray(a, q);
        r0.rearrange(SWAP1).blend(r1, HIGH1).intoArray(a, q + n);
        r2.blend(r3.rearrange(SWAP1), HIGH1).intoArray(a, q + 2 * n);
        r2.rearrange(SWAP1).blend(r3, HIGH1).intoArray(a, q + 3 * n);
        r4.blend(r5.rearrange(SWAP1), HIGH1).intoArray(a, q + 4 * n);
        r4.rearrange(SWAP1).blend(r5, HIGH1).intoArray(a, q + 5 * n);
        r6.blend(r7.rearrange(SWAP1), HIGH1).intoArray(a, q + 6 * n);
        r6.rearrange(SWAP1).blend(r7, HIGH1).intoArray(a, q + 7 * n);
        t0 = q0.blend(q4.rearrange(SWAP4), HIGH4);
        t4 = q0.rearrange(SWAP4).blend(q4, HIGH4);
        t1 = q1.blend(q5.rearrange(SWAP4), HIGH4);
        t5 = q1.rearrange(SWAP4).blend(q5, HIGH4);
        t2 = q2.blend(q6.rearrange(SWAP4), HIGH4);
        t6 = q2.rearrange(SWAP4).blend(q6, HIGH4);
        t3 = q3.blend(q7.rearrange(SWAP4), HIGH4);
        t7 = q3.rearrange(SWAP4).blend(q7, HIGH4);
        q0 = t0.blend(t2.rearrange(SWAP2), HIGH2);
        q2 = t0.rearrange(SWAP2).blend(t2, HIGH2);
        q1 = t1.blend(t3.rearrange(SWAP2), HIGH2);
        q3 = t1.rearrange(SWAP2).blend(t3, HIGH2);
        q4 = t4.blend(t6.rearrange(SWAP2), HIGH2);
        q6 = t4.rearrange(SWAP2).blend(t6, HIGH2);
        q5 = t5.blend(t7.rearrange(SWAP2), HIGH2);
        q7 = t5.rearrange(SWAP2).blend(t7, HIGH2);
        q0.blend(q1.rearrange(SWAP1), HIGH1).intoArray(a, p);
        q0.rearrange(SWAP1).blend(q1, HIGH1).intoArray(a, p + n);
        q2.blend(q3.rearrange(SWAP1), HIGH1).intoArray(a, p + 2 * n);
        q2.rearrange(SWAP1).blend(q3, HIGH1).intoArray(a, p + 3 * n);
        q4.blend(q5.rearrange(SWAP1), HIGH1).intoArray(a, p + 4 * n);
        q4.rearrange(SWAP1).blend(q5, HIGH1).intoArray(a, p + 5 * n);
        q6.blend(q7.rearrange(SWAP1), HIGH1).intoArray(a, p + 6 * n);
        q6.rearrange(SWAP1).blend(q7, HIGH1).intoArray(a, p + 7 * n);
    }
}
