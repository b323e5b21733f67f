package dev.accelbench.kernels.numeric.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.platform.KernelSpecies;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MxFormatTest {

    static List<MxFormat> formats() {
        return MxFormat.ALL;
    }

    static final int[] SCALES = {-20, -3, 0, 5, 60};

    @ParameterizedTest
    @MethodSource("formats")
    void everyElementValueTimesAScaleComesBackExactly(MxFormat format) {
        int codes = format.isInt() ? 256 : 1 << format.element().bits();
        for (int shared : SCALES) {
            for (int code = 0; code < codes; code++) {
                if (format.isInt() && code == 0x80) {
                    continue; // -128 is outside MXINT8's symmetric range
                }
                float element = format.isInt() ? Math.scalb((float) (byte) code, -6) : format.element().decode(code);
                if (!Float.isFinite(element)) {
                    continue; // NaN or Inf input makes the whole block NaN
                }
                // The block's max is the element type's largest value, so the shared exponent is exactly `shared`.
                float largest = format.isInt() ? 127f / 64 : (float) format.element().maxFinite();
                float[] x = new float[32];
                x[0] = Math.scalb(largest, shared);
                x[7] = Math.scalb(element, shared);
                MxMatrix packed = format.quantize(x, 1, 32);
                assertEquals(127 + shared, packed.scaleCode(0), format + " scale");
                assertEquals(code, packed.codes()[7] & 0xFF, () -> format + " element " + element + " x 2^" + shared);
                assertEquals(x[7], packed.dequantize()[7]);
            }
        }
    }

    @Test
    void e2m1HasItsEightValues() {
        // A block with max 6 x 2^-2 = 1.5: shared = floor(log2 1.5) - 2 = -2.
        float[] x = new float[32];
        float[] values = {0f, 0.5f, 1f, 1.5f, 2f, 3f, 4f, 6f};
        for (int i = 0; i < 8; i++) {
            x[i] = values[i] / 4;
            x[8 + i] = -values[i] / 4;
        }
        x[16] = 5f / 4; // a tie between 4 and 6 goes to the even 4
        x[17] = 2.5f / 4; // between 2 and 3: to 2
        x[18] = 0.25f / 4; // between 0 and 0.5: to 0
        MxMatrix packed = MxFormat.MXFP4.quantize(x, 1, 32);
        assertEquals(125, packed.scaleCode(0));
        for (int i = 0; i < 8; i++) {
            assertEquals(i, packed.codes()[i]);
            assertEquals(8 | i, packed.codes()[8 + i]);
        }
        assertEquals(6, packed.codes()[16]);
        assertEquals(4, packed.codes()[17]);
        assertEquals(0, packed.codes()[18]);
    }

    @Test
    void aBlockWhoseMaxIs448TimesAPowerOfTwo() {
        for (int k : new int[] {-130, -20, 0, 7, 100}) {
            float[] x = new float[32];
            x[3] = Math.scalb(448f, k);
            x[4] = Math.scalb(-464f, k - 1); // -232 x 2^k: between 224 and 240 (tie), to the even 224
            x[5] = Math.scalb(1f, k - 20);   // below the smallest subnormal 2^-9: zero
            MxMatrix packed = MxFormat.MXFP8_E4M3.quantize(x, 1, 32);
            int shared = Math.max(-127, k);
            assertEquals(127 + shared, packed.scaleCode(0), "k=" + k);
            if (k > -128) {
                assertEquals(0x7E, packed.codes()[3], "448 is E4M3's 0x7E");
                assertEquals((byte) 0xF6, packed.codes()[4], "-224 is E4M3's 0xF6");
                assertEquals(0, packed.codes()[5]);
                float[] y = packed.dequantize();
                assertEquals(Math.scalb(448f, k), y[3]);
                assertEquals(Math.scalb(-224f, k), y[4]);
            }
        }
    }

    @Test
    void nanOrInfinityMakesTheBlockNaN() {
        float[] x = new float[64];
        Arrays.fill(x, 1f);
        x[40] = Float.NaN;
        for (MxFormat format : MxFormat.ALL) {
            for (MxMatrix packed : List.of(format.quantize(x, 1, 64), format.quantizeScalar(x, 1, 64))) {
                assertEquals(MxFormat.NAN_SCALE, packed.scaleCode(1), format.name());
                assertEquals(127 - format.emax(), packed.scaleCode(0), format.name());
                float[] y = packed.dequantize();
                for (int i = 32; i < 64; i++) {
                    assertTrue(Float.isNaN(y[i]), format + " " + i);
                }
                assertEquals(1f, y[0]);
            }
        }
        x[40] = Float.NEGATIVE_INFINITY;
        assertEquals(MxFormat.NAN_SCALE, MxFormat.MXINT8.quantize(x, 1, 64).scaleCode(1));
    }

    @Test
    void allZeroBlockAndTailPadding() {
        float[] x = new float[2 * 40];
        for (int c = 32; c < 40; c++) {
            x[40 + c] = -2.5f;
        }
        MxMatrix packed = MxFormat.MXINT8.quantize(x, 2, 40);
        assertEquals(64, packed.shape().paddedCols());
        assertArrayEquals(new byte[] {0, 0, 0, (byte) 128}, packed.scales(), "shared = floor(log2 2.5) - 0 = 1");
        for (int c = 0; c < 64; c++) {
            int expected = c >= 32 && c < 40 ? -80 : 0; // -2.5 / 2 x 64
            assertEquals(expected, packed.codes()[64 + c], "col " + c);
            assertEquals(0, packed.codes()[c]);
        }
        assertArrayEquals(x, packed.dequantize());
    }

    @Test
    void mxint8IsSymmetricAndTheSharedExponentIsClamped() {
        float[] x = new float[32];
        x[0] = 1.999f;  // rounds to 128/64, saturates to 127
        x[1] = -1.999f; // -127, never -128
        x[2] = 1e-30f;
        MxMatrix packed = MxFormat.MXINT8.quantize(x, 1, 32);
        assertEquals(127, packed.codes()[0]);
        assertEquals(-127, packed.codes()[1]);
        float[] huge = {Float.MAX_VALUE, 1f};
        assertEquals(254, MxFormat.MXINT8.quantize(huge, 1, 2).scaleCode(0), "shared 127");
        assertEquals(0, MxFormat.MXFP8_E4M3.quantize(new float[] {1e-40f}, 1, 1).scaleCode(0), "shared clamped to -127");
    }

    @Provide
    Arbitrary<MxFormat> mx() {
        return Arbitraries.of(MxFormat.ALL);
    }

    @Property(tries = 300)
    void vectorEqualsScalarBitForBit(@ForAll("mx") MxFormat format, @ForAll @IntRange(min = 1, max = 3) int rows,
                                     @ForAll @IntRange(max = 130) int cols, @ForAll long seed) {
        float[] x = BlockData.wideRange(seed, rows, cols, 32);
        MxMatrix vector = format.quantize(x, rows, cols);
        MxMatrix scalar = format.quantizeScalar(x, rows, cols);
        assertArrayEquals(scalar.scales(), vector.scales(), KernelSpecies.FLOAT.toString());
        assertArrayEquals(scalar.codes(), vector.codes(), KernelSpecies.FLOAT.toString());
    }

    @Property(tries = 200)
    void vectorEqualsScalarOverFloatsWholeRange(@ForAll("mx") MxFormat format, @ForAll @IntRange(max = 100) int cols,
                                                @ForAll long seed) {
        // Block scales 2^-150 .. 2^150: clamped shared exponents, products below float's normals,
        // and blocks that overflow to infinity (scale 0xFF).
        float[] x = BlockData.wideRange(seed, 2, cols, 32, 150);
        MxMatrix vector = format.quantize(x, 2, cols);
        MxMatrix scalar = format.quantizeScalar(x, 2, cols);
        assertArrayEquals(scalar.scales(), vector.scales(), KernelSpecies.FLOAT.toString());
        assertArrayEquals(scalar.codes(), vector.codes(), KernelSpecies.FLOAT.toString());
    }

    @Property(tries = 30)
    void vectorEqualsScalarOnLongRows(@ForAll("mx") MxFormat format, @ForAll @IntRange(min = 500, max = 2100) int cols,
                                      @ForAll long seed) {
        // Rows of many blocks: the kernel takes block maxima ahead of the block it encodes.
        float[] x = BlockData.wideRange(seed, 3, cols, 32, 140);
        MxMatrix vector = format.quantize(x, 3, cols);
        MxMatrix scalar = format.quantizeScalar(x, 3, cols);
        assertArrayEquals(scalar.scales(), vector.scales(), KernelSpecies.FLOAT.toString());
        assertArrayEquals(scalar.codes(), vector.codes(), KernelSpecies.FLOAT.toString());
    }

    @Test
    void negativeZeroKeepsItsSignOnlyInANonzeroBlock() {
        float[] x = new float[64];
        x[0] = -0f;
        x[32] = 1f;
        x[33] = -0f;
        x[34] = -1e-30f; // rounds to zero, keeping its sign
        for (MxFormat format : MxFormat.ALL) {
            MxMatrix vector = format.quantize(x, 1, 64);
            assertArrayEquals(format.quantizeScalar(x, 1, 64).codes(), vector.codes(), format.name());
            assertEquals(0, vector.codes()[0], format + ": an all-zero block stores zero codes");
            int negativeZero = format.isInt() ? 0 : 1 << (format.element().bits() - 1);
            assertEquals(negativeZero, vector.codes()[33] & 0xFF, format.name());
            assertEquals(negativeZero, vector.codes()[34] & 0xFF, format.name());
        }
    }

    @Property(tries = 200)
    void vectorDequantizeEqualsScalarBitForBit(@ForAll("mx") MxFormat format, @ForAll @IntRange(min = 1, max = 3) int rows,
                                               @ForAll @IntRange(max = 130) int cols, @ForAll long seed) {
        // Every byte as a code (high bits set, NaN and infinity codes) under every scale, 0xFF included.
        MxMatrix packed = MxMatrix.allocate(format, new BlockShape(rows, cols, 32));
        SplittableRandom random = new SplittableRandom(seed);
        random.nextBytes(packed.codes());
        for (int b = 0; b < packed.scales().length; b++) {
            int pick = random.nextInt(6);
            packed.scales()[b] = (byte) (pick < 3 ? new int[] {0, 254, 255}[pick] : random.nextInt(256));
        }
        float[] scalar = new float[rows * cols];
        MxKernel.dequantizeScalar(packed, scalar);
        assertArrayEquals(scalar, packed.dequantize(), KernelSpecies.FLOAT.toString());
    }

    @Property(tries = 200)
    void roundTripErrorIsWithinHalfAnElementStepOrTheSaturation(@ForAll("mx") MxFormat format, @ForAll long seed) {
        float[] x = BlockData.wideRange(seed, 2, 96, 32);
        MxMatrix packed = format.quantize(x, 2, 96);
        float[] y = packed.dequantize();
        for (int i = 0; i < x.length; i++) {
            int shared = packed.scaleCode(i / 96 * 3 + i % 96 / 32) - 127;
            double scaled = Math.scalb(Math.abs((double) x[i]), -shared);
            double bound;
            if (format.isInt()) {
                bound = Math.max(0x1p-7, scaled - 127.0 / 64);
            } else {
                MiniFloat e = format.element();
                int binade = Math.max(e.minNormalExponent(), Math.getExponent(scaled));
                bound = Math.max(Math.scalb(1.0, binade - e.mantissaBits() - 1), scaled - e.maxFinite());
            }
            double error = Math.abs(Math.scalb((double) x[i] - y[i], -shared));
            assertTrue(error <= bound, format + ": x=" + x[i] + " y=" + y[i] + " shared=" + shared);
        }
    }
}
