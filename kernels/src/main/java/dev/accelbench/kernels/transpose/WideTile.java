package dev.accelbench.kernels.transpose;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The 16 x 16 float tile transposed in sixteen 512-bit registers: {@link RegisterTile}'s scheme
 * with a fourth stage (h = 8, 4, 2, 1; a constant lane permute and a blend per output row per
 * stage, 64 of each per tile). Every load and store is one whole 64-byte line, so a tile touches
 * 16 source and 16 destination lines once each and completes them, where the 8 x 8 tile leaves
 * every line half written.
 *
 * <p>Used where the kernel width ({@link KernelSpecies#FLOAT}) is 512 bits (AVX-512 machines, or
 * {@code -Daccelbench.vector.bits=512}); AVX-512 has 32 registers, so the sixteen rows and their
 * partners stay in registers. Not timed on the AVX2 machine the README's numbers come from: there
 * 512-bit vectors are emulated in Java and only the tests run this code.
 */
final class WideTile {

    static final int SIZE = 16;
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    /** Whether the kernel width is 512 bits, so that the out-of-place kernel takes this tile. */
    static final boolean ENABLED = KernelSpecies.FLOAT.vectorBitSize() >= 512;
    private static final VectorShuffle<Float> SWAP8 = VectorShuffle.fromOp(S, l -> l ^ 8);
    private static final VectorShuffle<Float> SWAP4 = VectorShuffle.fromOp(S, l -> l ^ 4);
    private static final VectorShuffle<Float> SWAP2 = VectorShuffle.fromOp(S, l -> l ^ 2);
    private static final VectorShuffle<Float> SWAP1 = VectorShuffle.fromOp(S, l -> l ^ 1);
    private static final VectorMask<Float> HIGH8 = VectorMask.fromLong(S, 0xff00L);
    private static final VectorMask<Float> HIGH4 = VectorMask.fromLong(S, 0xf0f0L);
    private static final VectorMask<Float> HIGH2 = VectorMask.fromLong(S, 0xccccL);
    private static final VectorMask<Float> HIGH1 = VectorMask.fromLong(S, 0xaaaaL);

    private WideTile() {
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
        FloatVector r8 = FloatVector.fromArray(S, src, s + 8 * ss);
        FloatVector r9 = FloatVector.fromArray(S, src, s + 9 * ss);
        FloatVector r10 = FloatVector.fromArray(S, src, s + 10 * ss);
        FloatVector r11 = FloatVector.fromArray(S, src, s + 11 * ss);
        FloatVector r12 = FloatVector.fromArray(S, src, s + 12 * ss);
        FloatVector r13 = FloatVector.fromArray(S, src, s + 13 * ss);
        FloatVector r14 = FloatVector.fromArray(S, src, s + 14 * ss);
        FloatVector r15 = FloatVector.fromArray(S, src, s + 15 * ss);
        FloatVector t0 = r0.blend(r8.rearrange(SWAP8), HIGH8);
        FloatVector t8 = r0.rearrange(SWAP8).blend(r8, HIGH8);
        FloatVector t1 = r1.blend(r9.rearrange(SWAP8), HIGH8);
        FloatVector t9 = r1.rearrange(SWAP8).blend(r9, HIGH8);
        FloatVector t2 = r2.blend(r10.rearrange(SWAP8), HIGH8);
        FloatVector t10 = r2.rearrange(SWAP8).blend(r10, HIGH8);
        FloatVector t3 = r3.blend(r11.rearrange(SWAP8), HIGH8);
        FloatVector t11 = r3.rearrange(SWAP8).blend(r11, HIGH8);
        FloatVector t4 = r4.blend(r12.rearrange(SWAP8), HIGH8);
        FloatVector t12 = r4.rearrange(SWAP8).blend(r12, HIGH8);
        FloatVector t5 = r5.blend(r13.rearrange(SWAP8), HIGH8);
        FloatVector t13 = r5.rearrange(SWAP8).blend(r13, HIGH8);
        FloatVector t6 = r6.blend(r14.rearrange(SWAP8), HIGH8);
        FloatVector t14 = r6.rearrange(SWAP8).blend(r14, HIGH8);
        FloatVector t7 = r7.blend(r15.rearrange(SWAP8), HIGH8);
        FloatVector t15 = r7.rearrange(SWAP8).blend(r15, HIGH8);
        r0 = t0.blend(t4.rearrange(SWAP4), HIGH4);
        r4 = t0.rearrange(SWAP4).blend(t4, HIGH4);
        r1 = t1.blend(t5.rearrange(SWAP4), HIGH4);
        r5 = t1.rearrange(SWAP4).blend(t5, HIGH4);
        r2 = t2.blend(t6.rearrange(SWAP4), HIGH4);
        r6 = t2.rearrange(SWAP4).blend(t6, HIGH4);
        r3 = t3.blend(t7.rearrange(SWAP4), HIGH4);
        r7 = t3.rearrange(SWAP4).blend(t7, HIGH4);
        r8 = t8.blend(t12.rearrange(SWAP4), HIGH4);
        r12 = t8.rearrange(SWAP4).blend(t12, HIGH4);
        r9 = t9.blend(t13.rearrange(SWAP4), HIGH4);
        r13 = t9.rearrange(SWAP4).blend(t13, HIGH4);
        r10 = t10.blend(t14.rearrange(SWAP4), HIGH4);
        r14 = t10.rearrange(SWAP4).blend(t14, HIGH4);
        r11 = t11.blend(t15.rearrange(SWAP4), HIGH4);
        r15 = t11.rearrange(SWAP4).blend(t15, HIGH4);
        t0 = r0.blend(r2.rearrange(SWAP2), HIGH2);
        t2 = r0.rearrange(SWAP2).blend(r2, HIGH2);
        t1 = r1.blend(r3.rearrange(SWAP2), HIGH2);
        t3 = r1.rearrange(SWAP2).blend(r3, HIGH2);
        t4 = r4.blend(r6.rearrange(SWAP2), HIGH2);
        t6 = r4.rearrange(SWAP2).blend(r6, HIGH2);
        t5 = r5.blend(r7.rearrange(SWAP2), HIGH2);
        t7 = r5.rearrange(SWAP2).blend(r7, HIGH2);
        t8 = r8.blend(r10.rearrange(SWAP2), HIGH2);
        t10 = r8.rearrange(SWAP2).blend(r10, HIGH2);
        t9 = r9.blend(r11.rearrange(SWAP2), HIGH2);
        t11 = r9.rearrange(SWAP2).blend(r11, HIGH2);
        t12 = r12.blend(r14.rearrange(SWAP2), HIGH2);
        t14 = r12.rearrange(SWAP2).blend(r14, HIGH2);
        t13 = r13.blend(r15.rearrange(SWAP2), HIGH2);
        t15 = r13.rearrange(SWAP2).blend(r15, HIGH2);
        t0.blend(t1.rearrange(SWAP1), HIGH1).intoArray(dst, d);
        t0.rearrange(SWAP1).blend(t1, HIGH1).intoArray(dst, d + ds);
        t2.blend(t3.rearrange(SWAP1), HIGH1).intoArray(dst, d + 2 * ds);
        t2.rearrange(SWAP1).blend(t3, HIGH1).intoArray(dst, d + 3 * ds);
        t4.blend(t5.rearrange(SWAP1), HIGH1).intoArray(dst, d + 4 * ds);
        t4.rearrange(SWAP1).blend(t5, HIGH1).intoArray(dst, d + 5 * ds);
        t6.blend(t7.rearrange(SWAP1), HIGH1).intoArray(dst, d + 6 * ds);
        t6.rearrange(SWAP1).blend(t7, HIGH1).intoArray(dst, d + 7 * ds);
        t8.blend(t9.rearrange(SWAP1), HIGH1).intoArray(dst, d + 8 * ds);
        t8.rearrange(SWAP1).blend(t9, HIGH1).intoArray(dst, d + 9 * ds);
        t10.blend(t11.rearrange(SWAP1), HIGH1).intoArray(dst, d + 10 * ds);
        t10.rearrange(SWAP1).blend(t11, HIGH1).intoArray(dst, d + 11 * ds);
        t12.blend(t13.rearrange(SWAP1), HIGH1).intoArray(dst, d + 12 * ds);
        t12.rearrange(SWAP1).blend(t13, HIGH1).intoArray(dst, d + 13 * ds);
        t14.blend(t15.rearrange(SWAP1), HIGH1).intoArray(dst, d + 14 * ds);
        t14.rearrange(SWAP1).blend(t15, HIGH1).intoArray(dst, d + 15 * ds);
    }
}
