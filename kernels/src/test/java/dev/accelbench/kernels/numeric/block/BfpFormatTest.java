package dev.accelbench.kernels.numeric.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.numeric.Rounding;
import dev.accelbench.kernels.platform.KernelSpecies;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BfpFormatTest {

    @Test
    void bfp8StoresNineBitsAnElementInBlocksOfSixteen() {
        BfpFormat bfp8 = (BfpFormat) QuantFormats.parseBlock("BFP8");
        assertEquals(8, bfp8.mantissaBits());
        assertEquals(16, bfp8.blockSize());
        assertEquals(9, bfp8.elementBits());
        assertEquals(9.5, bfp8.bitsPerValue());
        assertEquals("bfp4-k64", QuantFormats.parseBlock("bfp4-k64").name());
    }

    @Test
    void workedBlock() {
        // max 3.0: E = 1; bfp4 keeps 4 magnitude bits at step 2^(1-3) = 0.25.
        float[] x = {3.0f, -1.1f, 0.125f, 0.375f, -0.125f, 2.9f};
        BfpMatrix packed = BfpFormat.of(4, 8).quantize(x, 1, 6);
        assertEquals(1, packed.exponent(0));
        // 3/0.25 = 12; -1.1/0.25 = -4.4 -> -4; 0.5 -> 0 (tie to even); 1.5 -> 2; -0.5 -> 0; 11.6 -> 12.
        assertArrayEquals(new short[] {12, -4, 0, 2, 0, 12, 0, 0}, packed.codes());
        assertArrayEquals(new float[] {3.0f, -1.0f, 0f, 0.5f, 0f, 3.0f}, packed.dequantize());
    }

    @Test
    void magnitudesClampAtTheTop() {
        // max 1.99: E = 0, bfp2 step 0.5: 1.99/0.5 = 3.98 rounds to 4, clamped to 2^2 - 1 = 3.
        BfpMatrix packed = BfpFormat.of(2, 4).quantize(new float[] {1.99f, -1.99f, 1f, 0.3f}, 1, 4);
        assertArrayEquals(new short[] {3, -3, 2, 1}, packed.codes());
    }

    @Test
    void allZeroBlocksStoreZerosAndTheBottomExponent() {
        BfpMatrix packed = BfpFormat.of(8, 4).quantize(new float[] {0f, -0f, 0f, 0f, 1f, 0f, 0f, 0f}, 1, 8);
        assertEquals(0, packed.exponents()[0], "E = -127, biased 0");
        assertEquals(-127, packed.exponent(0));
        assertEquals(0, packed.exponent(1));
        assertArrayEquals(new short[] {0, 0, 0, 0, 128, 0, 0, 0}, packed.codes());
    }

    @Test
    void theTailBlockIsZeroPadded() {
        float[] x = new float[2 * 20];
        Arrays.fill(x, 1.5f);
        BfpMatrix packed = BfpFormat.of(8, 16).quantize(x, 2, 20);
        assertEquals(32, packed.shape().paddedCols());
        assertEquals(4, packed.exponents().length);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 32; c++) {
                assertEquals(c < 20 ? 192 : 0, packed.codes()[r * 32 + c], "row " + r + " col " + c);
            }
        }
        assertArrayEquals(x, packed.dequantize());
    }

    @Test
    void nanAndInfinityAreRejectedWithTheirIndex() {
        float[] x = new float[40];
        x[37] = Float.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BfpFormat.of(8, 16).quantize(x, 2, 20));
        assertTrue(e.getMessage().contains("row 1, column 17 (index 37)"), e.getMessage());
        x[37] = 0;
        x[3] = Float.NEGATIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class, () -> BfpFormat.of(8, 16).quantizeScalar(x, 2, 20));
        assertTrue(e.getMessage().contains("index 3"), e.getMessage());
    }

    @Test
    void badDimensionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BfpFormat.of(8, 16).quantize(new float[10], 3, 4));
        assertTrue(e.getMessage().contains("3 x 4 matrix has 12 values, but the array holds 10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BfpFormat.of(8, 16).quantize(new float[0], -1, 0));
        assertThrows(IllegalArgumentException.class, () -> BfpFormat.of(8, 16).quantize(new float[4], 2, 2).dequantizeInto(new float[5]));
        assertThrows(IllegalArgumentException.class, () -> new BfpFormat(8, 16, Rounding.HYSTERESIS, 0, 24));
    }

    /** The formula of the SPEC, written out in double for one element. */
    static long expectedMagnitude(float v, float max, int m, Rounding rounding) {
        int e = Math.max(-127, (int) Math.floor(Math.log(max) / Math.log(2)));
        if (Math.scalb(1.0, e) > max) {
            e--; // log rounding at exact powers of two
        } else if (Math.scalb(1.0, e + 1) <= max) {
            e++;
        }
        double s = Math.abs((double) v) * Math.pow(2, m - 1 - e);
        double rounded = switch (rounding) {
            case RNE -> Math.rint(s);
            case RTZ -> Math.floor(s);
            case RNA -> Math.floor(s + 0.5);
            case UP -> v >= 0 ? Math.ceil(s) : Math.floor(s);
            case DOWN -> v < 0 ? Math.ceil(s) : Math.floor(s);
            default -> throw new IllegalArgumentException();
        };
        return Math.min((long) rounded, (1L << m) - 1);
    }

    @Property(tries = 200)
    void codesFollowTheFormula(@ForAll("deterministic") Rounding rounding, @ForAll @IntRange(min = 1, max = 15) int m,
                               @ForAll long seed) {
        int k = 16;
        float[] x = BlockData.wideRange(seed, 3, 50, k);
        BfpMatrix packed = BfpFormat.of(m, k).withRounding(rounding, 0).quantize(x, 3, 50);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 50; c++) {
                int block = c / k;
                float blockMax = 0;
                for (int j = block * k; j < Math.min(50, block * k + k); j++) {
                    blockMax = Math.max(blockMax, Math.abs(x[r * 50 + j]));
                }
                float max = blockMax;
                float v = x[r * 50 + c];
                long expected = max == 0 ? 0 : expectedMagnitude(v, max, m, rounding);
                assertEquals(v < 0 ? -expected : expected, packed.codes()[r * 64 + c], () -> "v=" + v + " max=" + max);
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Rounding> deterministic() {
        return net.jqwik.api.Arbitraries.of(Rounding.RNE, Rounding.RTZ, Rounding.RNA, Rounding.UP, Rounding.DOWN);
    }

    @Property(tries = 300)
    void vectorEqualsScalarBitForBit(@ForAll("anyRounding") Rounding rounding, @ForAll @IntRange(min = 1, max = 15) int m,
                                     @ForAll @IntRange(min = 1, max = 70) int k, @ForAll @IntRange(min = 1, max = 4) int rows,
                                     @ForAll @IntRange(max = 150) int cols, @ForAll long seed) {
        BfpFormat format = new BfpFormat(m, k, rounding, seed, 1 + (int) Math.floorMod(seed, 31L));
        float[] x = BlockData.wideRange(seed, rows, cols, k);
        BfpMatrix vector = format.quantize(x, rows, cols);
        BfpMatrix scalar = format.quantizeScalar(x, rows, cols);
        assertArrayEquals(scalar.exponents(), vector.exponents(), KernelSpecies.FLOAT.toString());
        assertArrayEquals(scalar.codes(), vector.codes(), KernelSpecies.FLOAT.toString());
    }

    @Property(tries = 200)
    void vectorDequantizeEqualsScalarBitForBit(@ForAll @IntRange(min = 1, max = 15) int m,
                                               @ForAll @IntRange(min = 1, max = 70) int k,
                                               @ForAll @IntRange(min = 1, max = 3) int rows,
                                               @ForAll @IntRange(max = 150) int cols, @ForAll long seed) {
        // Codes anywhere in the short range and every exponent, the extremes included (steps down to 2^-141).
        BfpMatrix packed = BfpMatrix.allocate(BfpFormat.of(m, k), new BlockShape(rows, cols, k));
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < packed.codes().length; i++) {
            packed.codes()[i] = (short) random.nextInt(-(1 << m) + 1, 1 << m);
        }
        for (int b = 0; b < packed.exponents().length; b++) {
            int pick = random.nextInt(4);
            packed.exponents()[b] = (byte) (pick < 2 ? 254 * pick : random.nextInt(255));
        }
        float[] scalar = new float[rows * cols];
        BfpKernel.dequantizeScalar(packed, scalar);
        assertArrayEquals(scalar, packed.dequantize(), KernelSpecies.FLOAT.toString());
    }

    @Test
    void negativeZeroAndTinyNegativesStoreZero() {
        float[] x = {-0f, 1f, -1e-30f, -0.25f, 0f, 0f, -0f, 0f};
        BfpFormat f = BfpFormat.of(4, 4);
        BfpMatrix vector = f.quantize(x, 1, 8);
        assertArrayEquals(f.quantizeScalar(x, 1, 8).codes(), vector.codes());
        assertArrayEquals(new short[] {0, 8, 0, -2, 0, 0, 0, 0}, vector.codes());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Rounding> anyRounding() {
        return net.jqwik.api.Arbitraries.of(Rounding.RNE, Rounding.RTZ, Rounding.RNA, Rounding.UP, Rounding.DOWN,
                Rounding.STOCHASTIC);
    }

    @Test
    void vectorEqualsScalarWhereScalingUnderflowsAndOverflowsFloat() {
        // A huge element beside tiny ones: |v| x 2^(M-1-E) falls below float's normal range.
        // A block of subnormals: 2^(M-1-E) = 2^141 is no float.
        float[] x = {0x1p127f, 1e-40f, -1e-44f, 0x1p-100f, 1e-45f, -1e-45f, 3e-39f, 0f};
        for (Rounding rounding : new Rounding[] {Rounding.RNE, Rounding.UP, Rounding.DOWN, Rounding.RNA, Rounding.STOCHASTIC}) {
            for (int m : new int[] {2, 8, 15}) {
                BfpFormat f = new BfpFormat(m, 4, rounding, 7, 24);
                assertArrayEquals(f.quantizeScalar(x, 1, 8).codes(), f.quantize(x, 1, 8).codes(), rounding + " m=" + m);
            }
        }
        BfpMatrix up = new BfpFormat(2, 4, Rounding.UP, 0, 24).quantize(x, 1, 8);
        assertEquals(1, up.codes()[1], "a positive value rounds up to one step, however small");
        assertEquals(0, up.codes()[2]);
        // A block of subnormals: E is clamped to -127, the step is 2^(-127-15+1).
        float[] tiny = {1e-40f, -1e-44f, 3e-39f};
        assertArrayEquals(tiny, BfpFormat.of(15, 4).roundTrip(tiny, 1, 3), 0x1p-142f);
    }

    @Property(tries = 200)
    void roundTripErrorIsWithinOneStep(@ForAll @IntRange(min = 1, max = 15) int m, @ForAll long seed) {
        int k = 32;
        float[] x = BlockData.wideRange(seed, 2, 100, k);
        BfpMatrix packed = BfpFormat.of(m, k).quantize(x, 2, 100);
        float[] y = packed.dequantize();
        for (int i = 0; i < x.length; i++) {
            int e = packed.exponent((i / 100) * packed.shape().blocksPerRow() + (i % 100) / k);
            double step = Math.scalb(1.0, e - m + 1);
            double error = Math.abs((double) x[i] - y[i]);
            // Half a step from rounding, up to a whole step where the top magnitude was clamped.
            double bound = Math.abs(x[i]) >= ((1 << m) - 0.5) * step ? step : step / 2;
            assertTrue(error <= bound, "x=" + x[i] + " y=" + y[i] + " step=" + step);
        }
    }

    @Test
    void stochasticRoundingDependsOnSeedAndIndexOnly() {
        float[] x = BlockData.wideRange(3, 4, 64, 16);
        BfpFormat a = new BfpFormat(2, 16, Rounding.STOCHASTIC, 11, 24);
        assertArrayEquals(a.quantize(x, 4, 64).codes(), a.quantize(x, 4, 64).codes());
        assertNotEquals(Arrays.toString(a.quantize(x, 4, 64).codes()),
                Arrays.toString(a.withRounding(Rounding.STOCHASTIC, 12).quantize(x, 4, 64).codes()));
    }

    @Test
    void stochasticRoundingIsUnbiased() {
        // 0.3 in bfp2 with max 1 (step 0.5) rounds up with probability 0.6: mean 0.3.
        int n = 20000;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 4 == 0 ? 1f : 0.3f;
        }
        float[] y = new BfpFormat(2, 4, Rounding.STOCHASTIC, 5, 24).roundTrip(x, 1, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (i % 4 != 0) {
                sum += y[i];
            }
        }
        double mean = sum / (n * 3 / 4);
        // Standard error sqrt(0.6 * 0.4 / 15000) x 0.5 = 0.002: allow five of them.
        assertEquals(0.3, mean, 0.01);
    }
}
