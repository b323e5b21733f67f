package dev.accelbench.kernels.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The vectorized emulation against the scalar one, bit for bit, over configurations, shapes and data scales. */
class VectorMacTest {

    static final List<MacConfig> CONFIGS = List.of(
            MacConfig.of("e5m2-cfg5", "e6m5"),
            MacConfig.of("e4m2-cfg5", "e5m5"),
            MacConfig.of("e4m2-cfg5", "q8.12"),
            MacConfig.of("e5m2-cfg5", "q8.13"),
            MacConfig.of("e5m2-cfg5", "q11.13"),
            MacConfig.of("fp32", "fp32"),
            MacConfig.of("e5m2", "fp16"),
            MacConfig.of("e4m3-ieee-cfg2", "e5m5-cfg2"),
            MacConfig.of("e5m2-cfg4", "fp32"),
            MacConfig.of("e5m2-cfg5", "e6m5").withProduct(MacConfigs.format("e6m5")),
            MacConfig.of("e5m2-cfg5", "fp16").withOrder(new AccumulationOrder.Chunked(16, Accumulator.parse("fp32"))),
            MacConfig.of("e5m2-cfg5", "e6m5").withOrder(new AccumulationOrder.Chunked(7, Accumulator.parse("q8.13"))),
            MacConfig.of("e5m2-cfg5", "e6m5").withOrder(new AccumulationOrder.AdderTree(4, false)),
            MacConfig.of("e5m2-cfg5", "e6m5").withOrder(new AccumulationOrder.AdderTree(8, true)),
            MacConfig.of("e4m2-cfg5", "q8.12").withOrder(new AccumulationOrder.AdderTree(4, false)),
            MacConfig.of("e4m2-cfg5", "q8.12").withOrder(new AccumulationOrder.AdderTree(16, true)));

    /** Gaussian data scaled by 2^scale, with an occasional huge or tiny value to reach overflow, saturation and flushing. */
    static float[] data(long seed, int size, int scale) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            double v = random.nextGaussian() * Math.scalb(1.0, scale);
            int pick = random.nextInt(64);
            if (pick == 0) {
                v *= 0x1p14;
            } else if (pick == 1) {
                v *= 0x1p-14;
            }
            x[i] = (float) v;
        }
        return x;
    }

    static void assertSame(double expected, double actual, String where) {
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return;
        }
        if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
            fail(where + ": expected " + expected + " but got " + actual);
        }
    }

    @Property(tries = 300)
    void vectorEqualsScalarBitForBit(@ForAll @IntRange(max = 15) int configIndex, @ForAll @IntRange(min = 1, max = 3) int m,
                                     @ForAll @IntRange(min = 0, max = 37) int n, @ForAll @IntRange(min = 0, max = 200) int k,
                                     @ForAll @IntRange(min = -12, max = 12) int scale, @ForAll long seed) {
        MacConfig config = CONFIGS.get(configIndex);
        float[] a = data(seed, m * k, scale);
        float[] b = data(~seed, k * n, scale / 2);
        double[] scalar = new double[m * n];
        double[] vector = new double[m * n];
        ScalarMac.gemm(config, m, n, k, a, b, scalar);
        VectorMac.gemm(config, m, n, k, a, b, vector);
        for (int i = 0; i < m * n; i++) {
            assertSame(scalar[i], vector[i], config.describe() + " element " + i);
        }
    }

    @Property(tries = 20)
    void longDotProductsAgree(@ForAll @IntRange(max = 15) int configIndex, @ForAll long seed) {
        MacConfig config = CONFIGS.get(configIndex);
        int k = 2048;
        int n = 2 * VectorMac.lanes() + 1;
        float[] a = data(seed, k, 0);
        float[] b = data(~seed, k * n, 0);
        double[] scalar = new double[n];
        double[] vector = new double[n];
        ScalarMac.gemm(config, 1, n, k, a, b, scalar);
        VectorMac.gemm(config, 1, n, k, a, b, vector);
        for (int j = 0; j < n; j++) {
            assertSame(scalar[j], vector[j], config.describe() + " column " + j);
        }
        assertEquals(scalar.length, vector.length);
    }
}
