package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dequantizing one block of integer codes, value = code x factor, with the Vector API: Q8_0 and
 * MXINT8 (bytes) and BFP (shorts). Codes widen to int lanes, convert to float exactly (|code| <
 * 2^24) and take one multiplication each, the very operations of the scalar loops, so the results
 * are equal bit for bit. The methods take and return arrays and numbers only: no vector crosses a
 * call, so nothing is boxed even where C2 does not inline them.
 */
final class IntegerBlockDecode {

    private static final VectorSpecies<Float> F = KernelSpecies.FLOAT;
    private static final VectorSpecies<Integer> I = KernelSpecies.INT;
    private static final int LANES = F.length();
    /** Bytes and shorts with at least as many lanes as F (64 bits is the smallest shape). */
    private static final VectorSpecies<Byte> B = KernelSpecies.BYTE;
    private static final VectorSpecies<Short> S = KernelSpecies.SHORT;

    private IntegerBlockDecode() {
    }

    /** dst[dstOff + i] = codes[codeOff + i] x factor for i < n, codes signed bytes. */
    static void bytes(byte[] codes, int codeOff, float factor, float[] dst, int dstOff, int n) {
        VectorMask<Byte> load = B.indexInRange(0, LANES);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            ByteVector b = B.length() == LANES ? ByteVector.fromArray(B, codes, codeOff + i)
                    : ByteVector.fromArray(B, codes, codeOff + i, load);
            IntVector code = (IntVector) b.convertShape(VectorOperators.B2I, I, 0);
            ((FloatVector) code.convert(VectorOperators.I2F, 0)).mul(factor).intoArray(dst, dstOff + i);
        }
        for (; i < n; i++) {
            dst[dstOff + i] = codes[codeOff + i] * factor;
        }
    }

    /** dst[dstOff + i] = codes[codeOff + i] x factor for i < n, codes signed shorts. */
    static void shorts(short[] codes, int codeOff, float factor, float[] dst, int dstOff, int n) {
        VectorMask<Short> load = S.indexInRange(0, LANES);
        int i = 0;
        for (int bound = F.loopBound(n); i < bound; i += LANES) {
            ShortVector s = S.length() == LANES ? ShortVector.fromArray(S, codes, codeOff + i)
                    : ShortVector.fromArray(S, codes, codeOff + i, load);
            IntVector code = (IntVector) s.convertShape(VectorOperators.S2I, I, 0);
            ((FloatVector) code.convert(VectorOperators.I2F, 0)).mul(factor).intoArray(dst, dstOff + i);
        }
        for (; i < n; i++) {
            dst[dstOff + i] = codes[codeOff + i] * factor;
        }
    }
}
