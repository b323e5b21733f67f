package dev.accelbench.kernels.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.ScalarFormat;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CodedGemmTest {

    /** Random finite codes of the format. */
    static byte[] codes(ScalarFormat format, long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] codes = new byte[size];
        for (int i = 0; i < size; i++) {
            int code;
            do {
                code = random.nextInt(1 << format.bits());
            } while (!Float.isFinite(format.decode(code)));
            codes[i] = (byte) code;
        }
        return codes;
    }

    static float[] decoded(ScalarFormat format, byte[] codes) {
        float[] values = new float[codes.length];
        for (int i = 0; i < codes.length; i++) {
            values[i] = format.decode(codes[i] & 0xFF);
        }
        return values;
    }

    /** m >= 2: at m = 1 Sgemm takes its GEMV path, which sums in another order. */
    @Property(tries = 150)
    void equalsSgemmOnTheDecodedMatrices(@ForAll Op opA, @ForAll Op opB, @ForAll @IntRange(min = 2, max = 40) int m,
                                         @ForAll @IntRange(min = 1, max = 50) int n,
                                         @ForAll @IntRange(min = 1, max = 300) int k,
                                         @ForAll @IntRange(max = 2) int formatChoice,
                                         @ForAll @IntRange(min = 1, max = 2) int threads, @ForAll long seed) {
        ScalarFormat format = FormatNames.parse(new String[] {"e4m3", "e5m2", "e2m1"}[formatChoice]);
        int lda = opA == Op.N ? k : m;
        int ldb = opB == Op.N ? n : k;
        byte[] a = codes(format, seed, m * k);
        byte[] b = codes(format, ~seed, k * n);
        float[] expected = new float[m * n];
        Sgemm.gemm(opA, opB, m, n, k, 0.5f, decoded(format, a), 0, lda, decoded(format, b), 0, ldb, 0f, expected, 0, n,
                threads);
        float[] actual = new float[m * n];
        CodedGemm.gemm(format, opA, opB, m, n, k, 0.5f, a, 0, lda, b, 0, ldb, 0f, actual, 0, n, threads);
        assertArrayEquals(expected, actual, format + " " + opA + opB + " " + m + "x" + k + "x" + n);
    }

    @Test
    void wideFormatsAndBadShapesAreRejected() {
        var wide = assertThrows(IllegalArgumentException.class, () -> CodedGemm.gemm(FormatNames.parse("bf16"), Op.N,
                Op.N, 1, 1, 1, 1f, new byte[1], 0, 1, new byte[1], 0, 1, 0f, new float[1], 0, 1, 1));
        assertTrue(wide.getMessage().contains("one-byte codes"), wide.getMessage());
        var small = assertThrows(IllegalArgumentException.class, () -> CodedGemm.gemm(FormatNames.parse("e4m3"), Op.N,
                Op.N, 2, 2, 2, 1f, new byte[3], 0, 2, new byte[4], 0, 2, 0f, new float[4], 0, 2, 1));
        assertTrue(small.getMessage().contains("A (2 x 2, leading dimension 2, offset 0) needs 4 elements, the array has 3"),
                small.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodedGemm.gemm(FormatNames.parse("e4m3"), Op.N, Op.N, 1, 1, 1,
                1f, null, 0, 1, new byte[1], 0, 1, 0f, new float[1], 0, 1, 1));
    }
}
