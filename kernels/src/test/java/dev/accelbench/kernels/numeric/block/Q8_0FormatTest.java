package dev.accelbench.kernels.numeric.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.platform.KernelSpecies;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Q8_0FormatTest {

    @Test
    void maxOf127GivesStepOneAndTiesGoAwayFromZero() {
        float[] x = new float[32];
        float[] head = {127f, 2.5f, -2.5f, 1.5f, -0.5f, 0.49f, -126.5f, 3.7f};
        System.arraycopy(head, 0, x, 0, head.length);
        Q8_0Matrix packed = Q8_0Format.Q8_0.quantize(x, 1, 32);
        assertEquals((short) 0x3C00, packed.scales()[0], "d = 1.0 in FP16");
        byte[] expected = {127, 3, -3, 2, -1, 0, -127, 4};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], packed.codes()[i], "value " + head[i]);
        }
    }

    @Test
    void theCodesUseTheFloat32ScaleAndDecodeWithTheFp16One() {
        // amax = 1: d = 1/127 = 0.007874016f; FP16 keeps 2^-7 x (1 + 8/1024) = 0.00787353515625 (bits 0x2008).
        // id = 1/d in float32 = 127.0; 0.5 x 127 = 63.5, a tie: away from zero, 64 (and -64).
        float[] x = {1f, 0.5f, -0.5f, -1f};
        Q8_0Matrix packed = Q8_0Format.Q8_0.quantize(x, 1, 4);
        assertEquals((short) 0x2008, packed.scales()[0]);
        assertArrayEquals(new byte[] {127, 64, -64, -127}, java.util.Arrays.copyOf(packed.codes(), 4));
        assertEquals(127 * 0.00787353515625f, packed.dequantize()[0]);
        assertEquals(-64 * 0.00787353515625f, packed.dequantize()[2]);
    }

    @Test
    void aZeroBlockHasZeroScaleAndCodes() {
        Q8_0Matrix packed = Q8_0Format.Q8_0.quantize(new float[40], 1, 40);
        assertArrayEquals(new short[] {0, 0}, packed.scales());
        assertArrayEquals(new byte[64], packed.codes());
        assertArrayEquals(new float[40], packed.dequantize());
    }

    @Test
    void nonFiniteInputIsRejectedWithItsIndex() {
        float[] x = new float[70];
        x[65] = Float.POSITIVE_INFINITY;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Q8_0Format.Q8_0.quantize(x, 2, 35));
        assertTrue(e.getMessage().contains("row 1, column 30 (index 65)"), e.getMessage());
    }

    @Test
    void roundHalfAwayIsRoundf() {
        assertEquals(-3, Q8_0Kernel.roundHalfAway(-2.5f));
        assertEquals(3, Q8_0Kernel.roundHalfAway(2.5f));
        assertEquals(0, Q8_0Kernel.roundHalfAway(0.49999997f));
        assertEquals(1, Q8_0Kernel.roundHalfAway(0.5f));
        assertEquals(-2, Q8_0Kernel.roundHalfAway(-1.5f));
    }

    @Property(tries = 300)
    void vectorEqualsScalarBitForBit(@ForAll @IntRange(min = 1, max = 3) int rows, @ForAll @IntRange(max = 130) int cols,
                                     @ForAll long seed) {
        float[] x = BlockData.wideRange(seed, rows, cols, 32);
        Q8_0Matrix vector = Q8_0Format.Q8_0.quantize(x, rows, cols);
        Q8_0Matrix scalar = Q8_0Format.Q8_0.quantizeScalar(x, rows, cols);
        assertArrayEquals(scalar.scales(), vector.scales(), KernelSpecies.FLOAT.toString());
        assertArrayEquals(scalar.codes(), vector.codes(), KernelSpecies.FLOAT.toString());
    }

    @Property(tries = 30)
    void vectorEqualsScalarOnLongRows(@ForAll @IntRange(min = 500, max = 2100) int cols, @ForAll long seed) {
        // Rows of many blocks: the kernel takes block maxima ahead of the block it encodes.
        float[] x = BlockData.wideRange(seed, 3, cols, 32);
        Q8_0Matrix vector = Q8_0Format.Q8_0.quantize(x, 3, cols);
        Q8_0Matrix scalar = Q8_0Format.Q8_0.quantizeScalar(x, 3, cols);
        assertArrayEquals(scalar.scales(), vector.scales(), KernelSpecies.FLOAT.toString());
        assertArrayEquals(scalar.codes(), vector.codes(), KernelSpecies.FLOAT.toString());
    }

    @Test
    void vectorEqualsScalarWhereTheInverseScaleOverflows() {
        // max|v| = 1e-37: d = max/127 is subnormal and id = 1/d is infinite, so the reference casts
        // infinite products (and NaN for the zeros) to int; the block of 1e-30 is ordinary.
        float[] x = new float[64];
        for (int i = 0; i < 32; i++) {
            x[i] = (i % 3 - 1) * 1e-37f * (i + 1) / 32;
            x[32 + i] = (i % 3 - 1) * 1e-30f * (i + 1) / 32;
        }
        Q8_0Matrix vector = Q8_0Format.Q8_0.quantize(x, 1, 64);
        Q8_0Matrix scalar = Q8_0Format.Q8_0.quantizeScalar(x, 1, 64);
        assertArrayEquals(scalar.scales(), vector.scales());
        assertArrayEquals(scalar.codes(), vector.codes());
    }

    @Test
    void tiesGoAwayFromZeroInTheVectorKernel() {
        // max 127: id = 1, so x[i] are the products; the even neighbours 2, -4 and 0 must not win.
        float[] x = new float[32];
        x[0] = 127f;
        x[1] = 2.5f;
        x[2] = -4.5f;
        x[3] = 0.49999997f;
        x[4] = -0.5f;
        byte[] codes = Q8_0Format.Q8_0.quantize(x, 1, 32).codes();
        assertArrayEquals(new byte[] {127, 3, -5, 0, -1}, java.util.Arrays.copyOf(codes, 5));
    }

    @Property(tries = 200)
    void vectorDequantizeEqualsScalarBitForBit(@ForAll @IntRange(min = 1, max = 3) int rows,
                                               @ForAll @IntRange(max = 130) int cols, @ForAll long seed) {
        Q8_0Matrix packed = Q8_0Matrix.allocate(new BlockShape(rows, cols, 32));
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        random.nextBytes(packed.codes());
        for (int b = 0; b < packed.scales().length; b++) {
            packed.scales()[b] = (short) random.nextInt(1 << 16); // FP16 subnormals, Inf and NaN included
        }
        float[] scalar = new float[rows * cols];
        Q8_0Kernel.dequantizeScalar(packed, scalar);
        assertArrayEquals(scalar, packed.dequantize(), KernelSpecies.FLOAT.toString());
    }

    @Property(tries = 200)
    void roundTripErrorIsHalfAStepPlusTheFp16ScaleError(@ForAll long seed) {
        // Up to 2^18: beyond 65504 x 127 = 8.3e6, d overflows FP16 (as in llama.cpp).
        float[] x = BlockData.wideRange(seed, 2, 64, 32, 18);
        Q8_0Matrix packed = Q8_0Format.Q8_0.quantize(x, 2, 64);
        float[] y = packed.dequantize();
        for (int i = 0; i < x.length; i++) {
            int block = i / 32;
            float amax = 0;
            for (int j = block * 32; j < block * 32 + 32; j++) {
                amax = Math.max(amax, Math.abs(x[j]));
            }
            double d = amax / 127.0;
            double d16 = packed.scale(block);
            // Rounding to the step d, then 127 steps of |d16 - d|, plus float32 slack on id.
            double bound = 0.5 * d + 127 * Math.abs(d16 - d) + 1e-6 * Math.abs(x[i]) + Float.MIN_VALUE;
            assertTrue(Math.abs((double) x[i] - y[i]) <= bound, "x=" + x[i] + " y=" + y[i]);
        }
    }
}
