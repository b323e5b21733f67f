package dev.accelbench.kernels.numeric.sqnr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SqnrTest {

    @Test
    void sqnrOfAKnownNoise() {
        // Signal power 4 + 4 = 8, noise 0.04 + 0.04: 10 log10(100) = 20 dB.
        assertEquals(20.0, Sqnr.db(new float[] {2f, -2f}, new float[] {2.2f, -1.8f}), 1e-5);
        assertEquals(Double.POSITIVE_INFINITY, Sqnr.db(new float[] {1f}, new float[] {1f}));
        assertThrows(IllegalArgumentException.class, () -> Sqnr.db(new float[2], new float[3]));
    }

    @ParameterizedTest
    @EnumSource(Distribution.class)
    void samplesHaveUnitVarianceAndDependOnTheSeedOnly(Distribution d) {
        float[] x = d.sample(42, 200_000);
        double sum = 0;
        double squares = 0;
        for (float v : x) {
            sum += v;
            squares += (double) v * v;
        }
        double mean = sum / x.length;
        assertEquals(0, mean, 0.02, d.label());
        // t_3's fourth moment is infinite, so its sample variance converges slowly.
        assertEquals(1, squares / x.length - mean * mean, d == Distribution.STUDENT_T3 ? 0.2 : 0.02, d.label());
        assertArrayEquals(x, d.sample(42, 200_000));
        assertTrue(x[0] != d.sample(43, 1)[0]);
    }

    @Test
    void heavierTailsShowInTheExtremes() {
        double[] largest = new double[3];
        for (Distribution d : Distribution.values()) {
            for (float v : d.sample(1, 100_000)) {
                largest[d.ordinal()] = Math.max(largest[d.ordinal()], Math.abs(v));
            }
        }
        assertTrue(largest[0] < largest[1] && largest[1] < largest[2], java.util.Arrays.toString(largest));
    }

    @Test
    void sqnrGrowsAboutSixDbPerBitAndMatchesTheory() {
        List<SqnrRow> rows = SqnrSweep.run(List.of("bfp4-k32", "bfp6-k32", "bfp8-k32", "fp32", "fp16", "q8_0"), 65536, 7);
        double b4 = rows.get(0).db(Distribution.GAUSSIAN);
        double b6 = rows.get(1).db(Distribution.GAUSSIAN);
        double b8 = rows.get(2).db(Distribution.GAUSSIAN);
        assertEquals(12, b6 - b4, 1.0, "two more bits, about 6.02 dB each");
        assertEquals(12, b8 - b6, 1.0);
        assertEquals(Double.POSITIVE_INFINITY, rows.get(3).db(Distribution.GAUSSIAN));
        // FP16's step is 2^-10 x 2^e for x = m 2^e, m in [1, 2): noise step^2 / 12 against x^2, and
        // E[1/m^2] is about 1/2, so SQNR = 10 log10(24 x 2^20) = 74.0 dB.
        assertEquals(74.0, rows.get(4).db(Distribution.GAUSSIAN), 1);
        assertEquals(8.5, rows.get(5).bitsPerValue());
    }

    @Test
    void theDefaultSweepCoversEveryFamilyAndSkipsTheScaleType() {
        List<String> names = SqnrSweep.defaultFormats();
        assertTrue(names.containsAll(List.of("fp16", "e4m3", "e2m1", "q8.8", "bfp2-k16", "bfp8-k64", "mxfp4", "mxint8", "q8_0")));
        assertTrue(!names.contains("e8m0"));
        List<SqnrRow> rows = SqnrSweep.run(names, 4096, 1);
        assertEquals(names.size(), rows.size());
        for (SqnrRow row : rows) {
            for (Distribution d : Distribution.values()) {
                assertTrue(row.db(d) > 0, row.format() + " " + d + ": " + row.db(d));
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SqnrSweep.run(List.of("bfp0"), 10, 1));
        assertTrue(e.getMessage().contains("bfp0"));
    }
}
