package dev.accelbench.kernels.attention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * LEOPARD's bit-serial early termination: Table 2.1's worked example, the decision always equal to
 * the exact integer comparison, and the vectorized kernel equal to the step-by-step emulation.
 */
class BitSerialTest {

    /**
     * Thesis Table 2.1 / Figure 2.4: q contributions 9, 5, -7, -2 (q signed against the key signs),
     * K scaled to (-1, 1) with a sign and 3 magnitude bits, 1 bit per step, Th = 5. In integer units
     * of 2^-3: k magnitudes 1, 7, 4, 2 (0.125, 0.875, 0.5, 0.25), all keys positive, q = 9, 5, -7, -2.
     * Step 1 (sign): P1 = 0, M1 = (9 + 5)(2^-1 + 2^-2 + 2^-3) = 12.25 >= 5, continue; step 2:
     * P2 = (5 - 7) 2^-1 = -1, M2 = 14 (2^-2 + 2^-3) = 5.25, P2 + M2 = 4.25 < 5, prune after 2 bits.
     */
    @Test
    void table21WorkedExample() {
        int[] q = {9, 5, -7, -2};
        byte[] sign = {0, 0, 0, 0};
        int[] mag = {1, 7, 4, 2};
        BitSerialFormat format = new BitSerialFormat(4, 1);
        double unit = 0x1p-3;
        long th = Math.round(5 / unit);
        BitSerialTrace trace = BitSerialDot.trace(q, 0, sign, mag, 0, 4, format, th);
        assertEquals(0, trace.partialSums()[0] * unit);
        assertEquals(12.25, (trace.partialSums()[0] + trace.margins()[0]) * unit);
        assertEquals(-1, trace.partialSums()[1] * unit);
        assertEquals(4.25, (trace.partialSums()[1] + trace.margins()[1]) * unit);
        assertTrue(trace.pruned());
        assertEquals(2, trace.stepsTaken());
        assertEquals(2, trace.bitsProcessed());
        // The rows the table greys out: P3 = -0.25, P3 + M3 = 1.5; P4 = 1.5 = the exact product.
        BitSerialTrace full = BitSerialDot.trace(q, 0, sign, mag, 0, 4, format, Long.MIN_VALUE);
        assertEquals(-0.25, full.partialSums()[2] * unit);
        assertEquals(1.5, (full.partialSums()[2] + full.margins()[2]) * unit);
        assertEquals(1.5, full.partialSums()[3] * unit);
        assertEquals(0, full.margins()[3]);
        assertEquals(1.5, full.exact() * unit);
        assertFalse(full.pruned());
        assertEquals(4, full.bitsProcessed());
    }

    @Test
    void stepsAndDigitsOfLeopardsFormat() {
        assertEquals(6, BitSerialFormat.LEOPARD.steps());
        assertEquals(10, BitSerialFormat.LEOPARD.remainingAfter(1));
        assertEquals(1, BitSerialFormat.LEOPARD.digit(0b10000000000, 1));
        assertEquals(0b11, BitSerialFormat.LEOPARD.digit(0b01100000000, 2));
        assertEquals(12, BitSerialFormat.leopard(1).steps());
        assertEquals(1, BitSerialFormat.leopard(12).steps());
        assertThrows(IllegalArgumentException.class, () -> BitSerialFormat.leopard(5));
    }

    /** The decision equals exact < Th for any codes and threshold; P + M never rises. */
    @Property(tries = 2000)
    void decisionIsExact(@ForAll long seed, @ForAll @IntRange(min = 1, max = 70) int d,
            @ForAll("steps") int bitsPerStep, @ForAll @IntRange(min = 0, max = 3) int mode) {
        Random r = new Random(seed);
        int[] q = new int[d];
        byte[] sign = new byte[d];
        int[] mag = new int[d];
        fill(r, mode, q, sign, mag);
        long exact = BitSerialDot.exact(q, 0, sign, mag, 0, d);
        long th = switch (r.nextInt(4)) {
            case 0 -> exact;
            case 1 -> exact + 1;
            case 2 -> exact - 1;
            default -> exact + r.nextInt(2_000_001) - 1_000_000;
        };
        BitSerialFormat format = BitSerialFormat.leopard(bitsPerStep);
        BitSerialTrace trace = BitSerialDot.trace(q, 0, sign, mag, 0, d, format, th);
        assertEquals(exact < th, trace.pruned());
        assertEquals(exact, trace.exact());
        for (int t = 1; t < trace.stepsTaken(); t++) {
            assertTrue(trace.partialSums()[t] + trace.margins()[t] <= trace.partialSums()[t - 1] + trace.margins()[t - 1]);
            assertTrue(trace.partialSums()[t - 1] + trace.margins()[t - 1] >= exact);
        }
        assertEquals(trace.stepsTaken() * bitsPerStep, trace.bitsProcessed());
    }

    /** The vectorized kernel: same kept sets, same bits histogram, as the scalar emulation, ties at Th included. */
    @Property(tries = 150)
    void kernelMatchesScalarEmulation(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int s,
            @ForAll @IntRange(min = 1, max = 24) int d, @ForAll("steps") int bitsPerStep,
            @ForAll @IntRange(min = 0, max = 3) int mode, @ForAll boolean causal,
            @ForAll @LongRange(min = -200_000, max = 200_000) long thOffset) {
        Random r = new Random(seed);
        AttentionShape shape = new AttentionShape(1, s, d);
        AttentionMask mask = new AttentionMask(causal, 1 + r.nextInt(s));
        int n0 = s * d;
        int[] q = new int[n0];
        byte[] sign = new byte[n0];
        int[] mag = new int[n0];
        fill(r, mode, q, sign, mag);
        q[r.nextInt(n0)] = 2047; // pins the fraction bits to 0: the codes are the values
        mag[r.nextInt(n0)] = 2047;
        float[] qf = new float[n0];
        float[] kf = new float[n0];
        float[] v = new float[n0];
        for (int e = 0; e < n0; e++) {
            qf[e] = q[e];
            kf[e] = sign[e] != 0 ? -mag[e] : mag[e];
            sign[e] = (byte) (kf[e] < 0 ? 1 : 0); // -0 is stored as +0, the quantizer's reading
            v[e] = r.nextInt(9) - 4;
        }
        // A tie: Th equal to one of the scores (plus an offset, sometimes zero).
        int ti = r.nextInt(mask.validLength());
        int tj = r.nextInt(mask.visibleKeys(ti));
        long th = BitSerialDot.exact(q, ti * d, sign, mag, tj * d, d) + (r.nextBoolean() ? 0 : thOffset);

        BitSerialFormat format = BitSerialFormat.leopard(bitsPerStep);
        PruningStats stats = new PruningStats();
        float[] out = new float[n0];
        BitSerialAttention.computeInteger(qf, kf, v, out, shape, mask, th, new BitSerialAttention.Workspace(shape, format),
                stats);

        PruningStats expected = new PruningStats();
        expected.startSequence(s);
        double[] ref = new double[n0];
        long[] bits = new long[1];
        for (int i = 0; i < mask.validLength(); i++) {
            int n = mask.visibleKeys(i);
            long[] keptBits = new long[1];
            int kept = 0;
            double max = Double.NEGATIVE_INFINITY;
            double[] scores = new double[n];
            boolean[] keep = new boolean[n];
            for (int j = 0; j < n; j++) {
                BitSerialTrace t = BitSerialDot.trace(q, i * d, sign, mag, j * d, d, format, th);
                expected.recordBits(t.bitsProcessed(), t.pruned());
                if (!t.pruned()) {
                    keptBits[j >>> 6] |= 1L << j;
                    kept++;
                    keep[j] = true;
                    // the kernel hands survivors on as float32 scores (exact code x float scale);
                    // with codes this large a float ulp moves the softmax, so the reference does too
                    scores[j] = (float) t.exact() * (float) (1 / Math.sqrt(d));
                    max = Math.max(max, scores[j]);
                }
            }
            expected.recordQuery(keptBits, n, kept);
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (keep[j]) {
                    double p = Math.exp(scores[j] - max);
                    sum += p;
                    for (int c = 0; c < d; c++) {
                        ref[i * d + c] += p * v[j * d + c];
                    }
                }
            }
            for (int c = 0; sum > 0 && c < d; c++) {
                ref[i * d + c] /= sum;
            }
        }
        PruningSummary got = stats.summary();
        PruningSummary want = expected.summary();
        assertArrayEquals(want.prunedByBits(), got.prunedByBits());
        assertArrayEquals(want.keptByBits(), got.keptByBits());
        assertArrayEquals(want.keptPerQuery(), got.keptPerQuery());
        assertArrayEquals(want.requestsPerQuery(), got.requestsPerQuery());
        assertEquals(want.reuse(), got.reuse());
        for (int e = 0; e < n0; e++) {
            assertEquals(ref[e], out[e], 1e-4 * (1 + Math.abs(ref[e])), "output element " + e);
        }
    }

    @Property(tries = 50)
    void floatThresholdMeansDequantizedComparison(@ForAll long seed, @ForAll("steps") int bitsPerStep) {
        Random r = new Random(seed);
        int s = 24;
        int d = 16;
        AttentionShape shape = new AttentionShape(1, s, d);
        float[] q = gaussian(r, s * d);
        float[] k = gaussian(r, s * d);
        float[] v = gaussian(r, s * d);
        float th = (float) r.nextGaussian();
        PruningStats stats = new PruningStats();
        BitSerialAttention.compute(q, k, v, new float[s * d], shape, AttentionMask.none(s), th,
                new BitSerialAttention.Workspace(shape, BitSerialFormat.leopard(bitsPerStep)), stats);
        int fq = FixedPointQuantizer.fractionBits(q, 0, s * d, 2047);
        int fk = FixedPointQuantizer.fractionBits(k, 0, s * d, 2047);
        int[] qc = new int[s * d];
        byte[] sign = new byte[s * d];
        int[] mag = new int[s * d];
        FixedPointQuantizer.twosComplement(q, 0, s * d, fq, 12, qc, 0);
        FixedPointQuantizer.signMagnitude(k, 0, s * d, fk, 12, sign, mag, 0);
        long pruned = 0;
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                double score = Math.scalb((double) BitSerialDot.exact(qc, i * d, sign, mag, j * d, d), -(fq + fk))
                        / Math.sqrt(d);
                if (score < th) {
                    pruned++;
                }
            }
        }
        assertEquals(pruned, stats.summary().pruned());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> steps() {
        return net.jqwik.api.Arbitraries.of(1, 2, 4, 12);
    }

    static float[] gaussian(Random r, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextGaussian();
        }
        return x;
    }

    /** Random codes; modes 1-3 are adversarial: extremes only, all signs agreeing, tiny magnitudes. */
    static void fill(Random r, int mode, int[] q, byte[] sign, int[] mag) {
        for (int c = 0; c < q.length; c++) {
            switch (mode) {
                case 0 -> {
                    q[c] = r.nextInt(4095) - 2047;
                    mag[c] = r.nextInt(2048);
                    sign[c] = (byte) r.nextInt(2);
                }
                case 1 -> {
                    q[c] = r.nextBoolean() ? 2047 : (r.nextBoolean() ? -2047 : 0);
                    mag[c] = r.nextBoolean() ? 2047 : 0;
                    sign[c] = (byte) r.nextInt(2);
                }
                case 2 -> {
                    q[c] = r.nextInt(2048);
                    mag[c] = r.nextInt(2048);
                    sign[c] = 0;
                }
                default -> {
                    q[c] = r.nextInt(7) - 3;
                    mag[c] = r.nextInt(4);
                    sign[c] = (byte) r.nextInt(2);
                }
            }
        }
    }
}
