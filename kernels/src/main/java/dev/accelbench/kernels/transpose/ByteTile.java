package dev.accelbench.kernels.transpose;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The 16 x 16 byte tile transposed in sixteen 128-bit registers, for one-byte codes (FP8).
 *
 * <p>The scheme of {@link RegisterTile} with one more stage: for h = 8, 4, 2, 1, rows r and r + h
 * (bit h of r clear) exchange the lanes whose index has bit h set with the partner row's lanes at
 * index - h, a constant lane permute (l -> l ^ h, one {@code pshufb} on x86) and a blend per output
 * row. Each stage swaps bit h of the row index with bit h of the column index; after all four, row
 * and column are swapped. 64 permutes and 64 blends move 256 bytes, against 256 scalar loads and
 * 256 scalar stores.
 *
 * <p>128 bits because sixteen 16-byte rows fill the sixteen AVX2 registers; a 32 x 32 tile of
 * 256-bit rows would need 32 and spill. It runs where the kernel width ({@link
 * KernelSpecies#FLOAT}) is at least 128 bits; at 64 bits the byte kernels take their scalar loop.
 * The methods take arrays and offsets, never vectors (a vector crossing a call that is not
 * inlined is boxed).
 */
final class ByteTile {

    static final int SIZE = 16;
    static final VectorSpecies<Byte> S = ByteVector.SPECIES_128;
    /** Whether the kernel width allows the 128-bit tile. */
    static final boolean ENABLED = KernelSpecies.FLOAT.vectorBitSize() >= 128;
    private static final VectorShuffle<Byte> SWAP8 = VectorShuffle.fromOp(S, l -> l ^ 8);
    private static final VectorShuffle<Byte> SWAP4 = VectorShuffle.fromOp(S, l -> l ^ 4);
    private static final VectorShuffle<Byte> SWAP2 = VectorShuffle.fromOp(S, l -> l ^ 2);
    private static final VectorShuffle<Byte> SWAP1 = VectorShuffle.fromOp(S, l -> l ^ 1);
    /** Lanes whose index has bit 8 set. */
    private static final VectorMask<Byte> HIGH8 = VectorMask.fromLong(S, 0xff00L);
    /** Lanes whose index has bit 4 set. */
    private static final VectorMask<Byte> HIGH4 = VectorMask.fromLong(S, 0xf0f0L);
    /** Lanes whose index has bit 2 set. */
    private static final VectorMask<Byte> HIGH2 = VectorMask.fromLong(S, 0xccccL);
    /** Lanes whose index has bit 1 set. */
    private static final VectorMask<Byte> HIGH1 = VectorMask.fromLong(S, 0xaaaaL);

    private ByteTile() {
    }

    /** dst tile (row stride ds) = transpose of src tile (row stride ss). */
    static void copy(byte[] src, int s, int ss, byte[] dst, int d, int ds) {
        ByteVector r0 = ByteVector.fromArray(S, src, s);
        ByteVector r1 = ByteVector.fromArray(S, src, s + ss);
        ByteVector r2 = ByteVector.fromArray(S, src, s + 2 * ss);
        ByteVector r3 = ByteVector.fromArray(S, src, s + 3 * ss);
        ByteVector r4 = ByteVector.fromArray(S, src, s + 4 * ss);
        ByteVector r5 = ByteVector.fromArray(S, src, s + 5 * ss);
        ByteVector r6 = ByteVector.fromArray(S, src, s + 6 * ss);
        ByteVector r7 = ByteVector.fromArray(S, src, s + 7 * ss);
        ByteVector r8 = ByteVector.fromArray(S, src, s + 8 * ss);
        ByteVector r9 = ByteVector.fromArray(S, src, s + 9 * ss);
        ByteVector r10 = ByteVector.fromArray(S, src, s + 10 * ss);
        ByteVector r11 = ByteVector.fromArray(S, src, s + 11 * ss);
        ByteVector r12 = ByteVector.fromArray(S, src, s + 12 * ss);
        ByteVector r13 = ByteVector.fromArray(S, src, s + 13 * ss);
        ByteVector r14 = ByteVector.fromArray(S, src, s + 14 * ss);
        ByteVector r15 = ByteVector.fromArray(S, src, s + 15 * ss);
        ByteVector t0 = r0.blend(r8.rearrange(SWAP8), HIGH8);
        ByteVector t8 = r0.rearrange(SWAP8).blend(r8, HIGH8);
        ByteVector t1 = r1.blend(r9.rearrange(SWAP8), HIGH8);
        ByteVector t9 = r1.rearrange(SWAP8).blend(r9, HIGH8);
        ByteVector t2 = r2.blend(r10.rearrange(SWAP8), HIGH8);
        ByteVector t10 = r2.rearrange(SWAP8).blend(r10, HIGH8);
        ByteVector t3 = r3.blend(r11.rearrange(SWAP8), HIGH8);
        ByteVector t11 = r3.rearrange(SWAP8).blend(r11, HIGH8);
        ByteVector t4 = r4.blend(r12.rearrange(SWAP8), HIGH8);
        ByteVector t12 = r4.rearrange(SWAP8).blend(r12, HIGH8);
        ByteVector t5 = r5.blend(r13.rearrange(SWAP8), HIGH8);
        ByteVector t13 = r5.rearrange(SWAP8).blend(r13, HIGH8);
        ByteVector t6 = r6.blend(r14.rearrange(SWAP8), HIGH8);
        ByteVector t14 = r6.rearrange(SWAP8).blend(r14, HIGH8);
        ByteVector t7 = r7.blend(r15.rearrange(SWAP8), HIGH8);
        ByteVector t15 = r7.rearrange(SWAP8).blend(r15, HIGH8);
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
