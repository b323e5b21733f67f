package dev.accelbench.kernels.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.numeric.FixedPoint;
import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.Rounding;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The scalar emulation against the BigInteger oracle, and its edges. */
class ScalarMacTest {

    static final List<String[]> SEQUENTIAL = List.of(
            new String[] {"e5m2-cfg5", "e6m5"}, new String[] {"e4m2-cfg5", "e5m5"}, new String[] {"e4m2-cfg5", "q8.12"},
            new String[] {"e5m2-cfg5", "q8.13"}, new String[] {"e5m2-cfg5", "q11.13"}, new String[] {"fp32", "fp32"},
            new String[] {"e5m2", "fp16"}, new String[] {"e4m3-ieee", "e5m5-cfg2"}, new String[] {"e5m2-cfg4", "bf16"});

    @Property(tries = 300)
    void sequentialEqualsTheExactOracle(@ForAll @IntRange(max = 8) int pick, @ForAll @IntRange(max = 120) int k,
                                        @ForAll @IntRange(min = -10, max = 10) int scale, @ForAll boolean roundProduct,
                                        @ForAll long seed) {
        MacConfig config = MacConfig.of(SEQUENTIAL.get(pick)[0], SEQUENTIAL.get(pick)[1]);
        if (roundProduct && config.product() == null) {
            config = config.withProduct(MacConfigs.format("e5m3"));
        }
        float[] x = VectorMacTest.data(seed, k, scale);
        float[] y = VectorMacTest.data(~seed, k, -scale / 2);
        double expected = ExactOracle.sequentialDot(ScalarMac.quantize(config.input(), x, k),
                ScalarMac.quantize(config.input(), y, k), config.product(), config.accumulator());
        assertEquals(expected, ScalarMac.dot(config, x, y), 0.0, config.describe());
    }

    @Property(tries = 2000)
    void oneAdditionIsRoundedOnceFromTheExactSum(@ForAll @IntRange(max = 4) int pick, @ForAll long seed) {
        MiniFloat format = MacConfigs.format(new String[] {"fp16", "e6m5", "e5m5", "bf16", "e5m5-cfg2"}[pick]);
        Adder adder = Adder.of(format, Overflow.INF);
        SplittableRandom random = new SplittableRandom(seed);
        // acc: a value of the format; x: an exact product of two float32 values with short significands, far apart in scale.
        double acc = format.value(format.encode((float) (random.nextGaussian() * Math.scalb(1.0, random.nextInt(-20, 20))),
                Rounding.RNE, Overflow.SATURATE, 0, 1));
        double x = (double) (float) (random.nextGaussian() * Math.scalb(1.0, random.nextInt(-40, 30)))
                * (float) random.nextGaussian();
        double expected = ExactOracle.roundMiniFloat(ExactOracle.exact(acc).add(ExactOracle.exact(x)), format,
                Double.POSITIVE_INFINITY);
        assertEquals(expected, adder.add(acc, x), 0.0, acc + " + " + x + " in " + format.name());
    }

    @Test
    void tiesAreBrokenByTheBitsBelowTheDouble() {
        // 1 + 2^-11 is a tie in FP16; 2^-70 below it (lost by a double sum) must round it up.
        Adder fp16 = Adder.of(MacConfigs.format("fp16"), Overflow.INF);
        assertEquals(1.0, fp16.add(1.0, 0x1p-11), 0.0);
        assertEquals(1 + 0x1p-10, fp16.add(1.0 + 0x1p-11, 0x1p-70), 0.0);
        assertEquals(1.0, fp16.add(1.0 + 0x1p-11, -0x1p-70), 0.0);
    }

    @Test
    void fixedPointSaturatesAtEveryAddition() {
        MacConfig q88 = MacConfig.of("fp32", "q8.8");
        float[] x = {100, 100, -100};
        float[] y = {1, 1, 1};
        // 100 + 100 saturates at 127.99609375; minus 100 leaves 27.99609375, not 100.
        assertEquals(127.99609375 - 100, ScalarMac.dot(q88, x, y), 0.0);
        FixedPoint format = new FixedPoint(8, 8);
        assertEquals(format.maxFinite(), 127.99609375, 0.0);
    }

    @Test
    void badInputIsRejectedWithTheNumbers() {
        MacConfig config = MacConfig.of("e5m2-cfg5", "e6m5");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScalarMac.gemm(config, 2, 3, 4, new float[7], new float[12], new double[6]));
        assertTrue(e.getMessage().contains("needs 8"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> VectorMac.gemm(config, -1, 3, 4, new float[8], new float[12], new double[6]));
        assertTrue(e.getMessage().contains("m=-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScalarMac.dot(config, new float[3], new float[4]));
        assertTrue(e.getMessage().contains("3 and 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AccumulationOrder.AdderTree(6, false));
        assertTrue(e.getMessage().contains("6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AccumulationOrder.Chunked(0, Accumulator.parse("fp32")));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MacConfig.of("fp32", "fp32").withOrder(new AccumulationOrder.AdderTree(4, true)));
        assertTrue(e.getMessage().contains("span"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Accumulator.parse("nonsense"));
        assertEquals("e5m2-cfg5", FormatNames.parse("e5m2-cfg5").name());
    }
}
