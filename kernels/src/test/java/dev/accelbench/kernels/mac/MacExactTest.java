package dev.accelbench.kernels.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.Rounding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SPEC's exact facts from the seeds, checked exhaustively where the space allows. */
class MacExactTest {

    static List<Double> finiteValues(MiniFloat format) {
        List<Double> values = new ArrayList<>();
        for (int code = 0; code < 1 << format.bits(); code++) {
            double v = format.value(code);
            if (Double.isFinite(v)) {
                values.add(v);
            }
        }
        return values;
    }

    /**
     * Tutorial (Pedram and Olukotun, "Sum of FP16 values whose ratio is greater than 2^11 is just the
     * larger value"): exactly so when the larger addend is a power of two (its ulp is 2^-10 of it,
     * and anything at most 2^-11 of it is at most half an ulp: ties go to the even larger addend).
     * For every FP16 value a = 2^e and every FP16 b of the same sign with |b| <= a 2^-11, the FP16
     * accumulator returns a. (Of opposite signs the ulp below a is half as large, so a - b moves
     * already at a ratio of 2^11; a ratio beyond 2^12 is needed, as the next test shows.)
     */
    @Test
    void fp16AccumulatorReturnsTheLargerAddendBeyondRatio2To11() {
        Adder fp16 = Adder.of(MacConfigs.format("fp16"), Overflow.INF);
        List<Double> values = finiteValues(MacConfigs.format("fp16"));
        int checked = 0;
        for (int e = -14; e <= 15; e++) {
            double a = Math.scalb(1.0, e);
            for (double b : values) {
                if (b >= 0 && b <= a * 0x1p-11) {
                    assertEquals(a, fp16.add(a, b), 0.0, a + " + " + b);
                    assertEquals(-a, fp16.add(-a, -b), 0.0, -a + " + " + -b);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100_000, "checked " + checked);
    }

    /** The rule of thumb needs a ratio of 2^12 in general: beyond it, every FP16 a and b give a. */
    @Test
    void beyondRatio2To12EveryLargerAddendIsReturned() {
        Adder fp16 = Adder.of(MacConfigs.format("fp16"), Overflow.INF);
        List<Double> values = finiteValues(MacConfigs.format("fp16"));
        for (int i = 0; i < values.size(); i += 7) {
            double a = values.get(i);
            for (int j = 0; j < values.size(); j += 5) {
                double b = values.get(j);
                if (Math.abs(b) * 0x1p12 < Math.abs(a)) {
                    assertEquals(a, fp16.add(a, b), 0.0, a + " + " + b);
                }
            }
        }
        // ... and at a ratio just above 2^11 a non-power of two can move: 2047 + 0.99902 = 2048.
        double b = 0.9990234375;
        assertTrue(2047 / b > 0x1p11);
        assertNotEquals(2047.0, fp16.add(2047, b));
    }

    /** The talk: the product of two finite ExMy values is exact in E(x+1)M(2y+1); every pair of every format here. */
    @ParameterizedTest
    @ValueSource(strings = {"e4m2", "e5m2", "e4m3-ieee", "e5m3", "e6m3", "e3m2-ieee"})
    void productsOfConventionalFormatsAreExactInTheWiderFormat(String name) {
        MiniFloat format = MacConfigs.format(name);
        MiniFloat wide = format.exactProductFormat();
        assertEquals(format.exponentBits() + 1, wide.exponentBits());
        assertEquals(2 * format.mantissaBits() + 1, wide.mantissaBits());
        List<Double> values = finiteValues(format);
        for (double x : values) {
            for (double y : values) {
                double p = x * y;
                double back = wide.value(wide.encode((float) p, Rounding.RNE, Overflow.INF, 0, 1));
                assertEquals(p, back, 0.0, x + " * " + y + " in " + wide.name());
            }
        }
    }

    /**
     * CFG-4 adds a top binade (E5M2-CFG4: 65,536, 81,920, 98,304) whose products can exceed E6M5's
     * largest finite, 1.96875 x 2^31 = 4,227,858,432: 65,536^2 = 2^32 already does. With an exact
     * product (null product format, the CFG-3+ default) the emulation keeps such products exactly
     * (as a multiplier with a seventh product exponent bit would), and only the accumulator rounds;
     * with the product rounded to E6M5 they overflow to Inf. Every other product is exact in E6M5.
     */
    @Test
    void cfg4TopBinadeProductsBeyondE6m5AreKeptExactOrOverflowWhenRounded() {
        MiniFloat cfg4 = MacConfigs.format("e5m2-cfg4");
        MiniFloat e6m5 = MacConfigs.format("e6m5");
        assertEquals(98_304.0, cfg4.maxFinite(), 0.0);
        assertEquals(4_227_858_432.0, e6m5.maxFinite(), 0.0);
        int beyond = 0;
        for (double x : finiteValues(cfg4)) {
            for (double y : finiteValues(cfg4)) {
                double p = x * y;
                if (Math.abs(p) > e6m5.maxFinite()) {
                    beyond++;
                    assertTrue(Math.abs(x) >= 40_960 && Math.abs(y) >= 40_960, x + " * " + y);
                } else {
                    assertEquals(p, e6m5.value(e6m5.encode((float) p, Rounding.RNE, Overflow.INF, 0, 1)), 0.0);
                }
            }
        }
        assertTrue(beyond > 0);
        float[] top = {98_304f};
        MacConfig exact = MacConfig.of("e5m2-cfg4", "fp32");
        assertEquals(9_663_676_416.0, ScalarMac.dot(exact, top, top), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, ScalarMac.dot(exact.withProduct(e6m5), top, top), 0.0);
        double[] c = new double[1];
        VectorMac.gemm(exact, 1, 1, 1, top, top, c);
        assertEquals(9_663_676_416.0, c[0], 0.0);
    }

    /** Chunked accumulation (Wang et al. 2018: chunk 64, FP16 adds) beats sequential FP16 on a long sum of positive products. */
    @Test
    void chunkingRescuesAnFp16AccumulatorFromSwamping() {
        int k = 4096;
        float[] x = new float[k];
        float[] y = new float[k];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < k; i++) {
            x[i] = (float) (1 + random.nextDouble());
            y[i] = (float) (1 + random.nextDouble());
        }
        MacConfig sequential = MacConfig.of("e5m2", "fp16").withProduct(null);
        MacConfig chunked = sequential.withOrder(new AccumulationOrder.Chunked(64, Accumulator.parse("fp16")));
        double sequentialError = MacError.of(sequential, x, y, ScalarMac.dot(sequential, x, y));
        double chunkedError = MacError.of(chunked, x, y, ScalarMac.dot(chunked, x, y));
        assertTrue(chunkedError * 4 < sequentialError, chunkedError + " vs " + sequentialError);
    }

    @Test
    void sweepCoversThePairingsAndFp32IsMostAccurate() {
        List<MacSweep.Row> rows = MacSweep.run(MacSweep.TALK_PAIRINGS, List.of(64, 1024), 1.0, 4, 1);
        assertEquals(MacSweep.TALK_PAIRINGS.size() * 2, rows.size());
        double fp32 = rows.stream().filter(r -> r.pairing().equals("fp32 + fp32") && r.k() == 1024)
                .mapToDouble(MacSweep.Row::meanError).findFirst().orElseThrow();
        double e6m5 = rows.stream().filter(r -> r.pairing().equals("e5m2-cfg5 + e6m5") && r.k() == 1024)
                .mapToDouble(MacSweep.Row::meanError).findFirst().orElseThrow();
        assertTrue(fp32 < 1e-6, "fp32 " + fp32);
        assertTrue(e6m5 > 100 * fp32, "e6m5 " + e6m5);
        for (MacSweep.Row row : rows) {
            assertTrue(row.meanError() >= 0 && row.meanError() <= row.maxError() && row.maxError() < 1, row.toString());
        }
    }
}
