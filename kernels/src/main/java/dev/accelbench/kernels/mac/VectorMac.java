package dev.accelbench.kernels.mac;

import dev.accelbench.kernels.numeric.BulkConversion;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The MAC emulation vectorized across output elements: for one row of A, the lanes hold adjacent
 * columns of C, each lane running its own dot product step by step in the configured order, so
 * every rounding of every lane is the scalar emulation's ({@link ScalarMac}), bit for bit (tests
 * compare them). Lanes are doubles (see {@link Adder} for why that is exact); the last columns that
 * fill no whole vector go through the scalar kernel.
 *
 * <p>The rounding to a minifloat is done with bit operations rather than {@code Math.rint}: the
 * quantum 2^(max(e, emin) - M) is built from the exponent field of the sum, and adding and
 * subtracting 1.5 x 2^52 quanta rounds to a multiple of it (to nearest even, by the FPU); a tie
 * (s - r = half a quantum) is broken by the sign of TwoSum's error. Overflow, flush and
 * non-finite sums are lane masks.
 */
public final class VectorMac {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED.vectorShape()
            == KernelSpecies.FLOAT.vectorShape() ? DoubleVector.SPECIES_PREFERRED
            : VectorSpecies.of(double.class, KernelSpecies.FLOAT.vectorShape());
    private static final VectorSpecies<Long> LONGS = VectorSpecies.of(long.class, D.vectorShape());
    private static final int L = D.length();
    /** 1.5 x 2^52: adding and subtracting this many quanta rounds to a whole number of quanta. */
    private static final double MAGIC = 0x1.8p52;

    private VectorMac() {
    }

    /** Lanes per vector of this JVM. */
    public static int lanes() {
        return L;
    }

    /** The same as {@link ScalarMac#gemm}, vectorized across the columns of C. */
    public static void gemm(MacConfig config, int m, int n, int k, float[] a, float[] b, double[] c) {
        MacArgs.check(m, n, k, a, b, c);
        BulkConversion input = BulkConversion.of(config.input());
        double[] aq = quantize(input, a, m * k);
        double[] bq = quantize(input, b, k * n);
        ScalarMac.Kernel scalar = new ScalarMac.Kernel(config);
        Adder product = config.product() == null ? null : Adder.of(config.product(), Overflow.INF);
        Adder acc = Adder.of(config.accumulator());
        int bound = D.loopBound(n);
        double[] sum = new double[bound];
        double[] total = new double[bound];
        for (int i = 0; i < m; i++) {
            int aRow = i * k;
            double[] result = sum;
            switch (config.order()) {
                case AccumulationOrder.Sequential s -> {
                    java.util.Arrays.fill(sum, 0);
                    accumulate(aq, aRow, 0, k, bq, n, bound, product, acc, sum);
                }
                case AccumulationOrder.Chunked chunked -> {
                    Adder chunkSums = Adder.of(chunked.chunkSums());
                    java.util.Arrays.fill(total, 0);
                    for (int start = 0; start < k || start == 0; start += chunked.size()) {
                        java.util.Arrays.fill(sum, 0);
                        accumulate(aq, aRow, start, Math.min(k, start + chunked.size()), bq, n, bound, product, acc, sum);
                        combine(total, 0, sum, 0, bound, chunkSums);
                    }
                    result = total;
                }
                case AccumulationOrder.AdderTree tree -> {
                    java.util.Arrays.fill(sum, 0);
                    tree(aq, aRow, bq, n, k, bound, product, acc, tree.width(), tree.exactNodes(), sum);
                }
            }
            System.arraycopy(result, 0, c, i * n, bound);
            for (int j = bound; j < n; j++) {
                c[i * n + j] = scalar.dot(aq, aRow, 1, bq, j, n, k);
            }
        }
    }

    private static double[] quantize(BulkConversion input, float[] x, int n) {
        float[] rounded = new float[n];
        input.fakeQuantize(x, 0, rounded, 0, n, 0);
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = rounded[i];
        }
        return q;
    }

    /**
     * sum[j] = R(sum[j] + a[aRow+p] b[p][j]) for p in [start, end), j < bound. The loop over j is
     * innermost: each lane's sum is one long dependency chain (about 25 operations per product), and
     * with the columns inside, neighbouring iterations are independent and the CPU overlaps them;
     * the sums go through L1 between products. Each loop body is its own small method, so that C2
     * inlines its one rounding (a loop with several of them exceeds C2's node limit and boxes vectors).
     */
    private static void accumulate(double[] a, int aRow, int start, int end, double[] b, int n, int bound,
                                   Adder product, Adder acc, double[] sum) {
        for (int p = start; p < end; p++) {
            double x = a[aRow + p];
            if (product != null) {
                productStep(x, b, p * n, bound, product, acc, sum);
            } else if (acc.fixed) {
                fixedStep(x, b, p * n, bound, acc, sum);
            } else {
                floatStep(x, b, p * n, bound, acc, sum);
            }
        }
    }

    /** One product per column (exact), added into a minifloat accumulator. */
    private static void floatStep(double x, double[] b, int bOff, int bound, Adder acc, double[] sum) {
        DoubleVector xv = DoubleVector.broadcast(D, x);
        for (int j = 0; j < bound; j += L) {
            DoubleVector s = DoubleVector.fromArray(D, sum, j);
            DoubleVector prod = xv.mul(DoubleVector.fromArray(D, b, bOff + j));
            DoubleVector t = s.add(prod);
            roundFloat(t, twoSumError(s, prod, t), acc).intoArray(sum, j);
        }
    }

    /** One product per column (exact), added into a fixed-point accumulator. */
    private static void fixedStep(double x, double[] b, int bOff, int bound, Adder acc, double[] sum) {
        DoubleVector xv = DoubleVector.broadcast(D, x);
        for (int j = 0; j < bound; j += L) {
            addFixed(DoubleVector.fromArray(D, sum, j), xv.mul(DoubleVector.fromArray(D, b, bOff + j)), acc)
                    .intoArray(sum, j);
        }
    }

    /** One product per column rounded to the product format, then added into the accumulator. */
    private static void productStep(double x, double[] b, int bOff, int bound, Adder product, Adder acc, double[] sum) {
        DoubleVector xv = DoubleVector.broadcast(D, x);
        for (int j = 0; j < bound; j += L) {
            DoubleVector prod = roundFloat(xv.mul(DoubleVector.fromArray(D, b, bOff + j)), DoubleVector.zero(D), product);
            add(DoubleVector.fromArray(D, sum, j), prod, acc).intoArray(sum, j);
        }
    }

    /** acc[accOff + j] = R(acc[accOff + j] + x[xOff + j]) for j < bound. */
    private static void combine(double[] acc, int accOff, double[] x, int xOff, int bound, Adder adder) {
        for (int j = 0; j < bound; j += L) {
            add(DoubleVector.fromArray(D, acc, accOff + j), DoubleVector.fromArray(D, x, xOff + j), adder)
                    .intoArray(acc, accOff + j);
        }
    }

    /** Groups of {@code width} products through an adder tree, into sum; node t of a level sits at nodes[t * bound]. */
    private static void tree(double[] a, int aRow, double[] b, int n, int k, int bound, Adder product, Adder acc,
                             int width, boolean exact, double[] sum) {
        double[] nodes = new double[width * bound];
        double[] lo = new double[bound];
        for (int start = 0; start < k; start += width) {
            if (exact && !acc.fixed) {
                // Exact nodes: the group's sum as hi + lo (a double-double), one rounding into sum.
                java.util.Arrays.fill(nodes, 0, bound, 0);
                java.util.Arrays.fill(lo, 0);
                for (int p = start; p < Math.min(k, start + width); p++) {
                    exactStep(a[aRow + p], b, p * n, bound, product, nodes, lo);
                }
                exactFinish(sum, nodes, lo, bound, acc);
                continue;
            }
            for (int t = 0; t < width; t++) {
                int p = start + t;
                leaves(p < k ? a[aRow + p] : 0, b, p < k ? p * n : 0, bound, product, acc, nodes, t * bound);
            }
            if (exact) {
                // Fixed point, exact nodes: the converted leaves are on the grid and their sum is exact.
                for (int t = 1; t < width; t++) {
                    plainAdd(nodes, 0, nodes, t * bound, bound);
                }
                clampedAdd(sum, nodes, bound, acc);
                continue;
            }
            for (int half = width / 2; half >= 1; half /= 2) {
                for (int t = 0; t < half; t++) {
                    pairs(nodes, 2 * t * bound, (2 * t + 1) * bound, t * bound, bound, acc);
                }
            }
            combine(sum, 0, nodes, 0, bound, acc);
        }
    }

    /** Leaves of the tree: products (rounded if configured), converted to fixed point for a fixed accumulator. */
    private static void leaves(double x, double[] b, int bOff, int bound, Adder product, Adder acc, double[] out, int outOff) {
        DoubleVector xv = DoubleVector.broadcast(D, x);
        for (int j = 0; j < bound; j += L) {
            DoubleVector prod = xv.mul(DoubleVector.fromArray(D, b, bOff + j));
            if (product != null) {
                prod = roundFloat(prod, DoubleVector.zero(D), product);
            }
            if (acc.fixed) {
                prod = addFixed(DoubleVector.zero(D), prod, acc);
            }
            prod.intoArray(out, outOff + j);
        }
    }

    /** out = R(left + right), node by node. */
    private static void pairs(double[] nodes, int left, int right, int out, int bound, Adder acc) {
        for (int j = 0; j < bound; j += L) {
            add(DoubleVector.fromArray(D, nodes, left + j), DoubleVector.fromArray(D, nodes, right + j), acc)
                    .intoArray(nodes, out + j);
        }
    }

    private static void plainAdd(double[] acc, int accOff, double[] x, int xOff, int bound) {
        for (int j = 0; j < bound; j += L) {
            DoubleVector.fromArray(D, acc, accOff + j).add(DoubleVector.fromArray(D, x, xOff + j)).intoArray(acc, accOff + j);
        }
    }

    /** Fixed point: sum = clamp(sum + group), the group sum not saturated first (a wide exact tree). */
    private static void clampedAdd(double[] sum, double[] group, int bound, Adder acc) {
        for (int j = 0; j < bound; j += L) {
            DoubleVector.fromArray(D, sum, j).mul(acc.scale).add(DoubleVector.fromArray(D, group, j).mul(acc.scale))
                    .max(acc.minCode).min(acc.maxCode).mul(acc.inverseScale).intoArray(sum, j);
        }
    }

    /** hi + lo += the product, exactly (TwoSum; lo's additions are exact on the grid, see ExactSpan). */
    private static void exactStep(double x, double[] b, int bOff, int bound, Adder product, double[] hi, double[] lo) {
        DoubleVector xv = DoubleVector.broadcast(D, x);
        for (int j = 0; j < bound; j += L) {
            DoubleVector prod = xv.mul(DoubleVector.fromArray(D, b, bOff + j));
            if (product != null) {
                prod = roundFloat(prod, DoubleVector.zero(D), product);
            }
            DoubleVector h = DoubleVector.fromArray(D, hi, j);
            DoubleVector s = h.add(prod);
            DoubleVector.fromArray(D, lo, j).add(twoSumError(h, prod, s)).intoArray(lo, j);
            s.intoArray(hi, j);
        }
    }

    /** sum = R(sum + hi + lo), one rounding of the exact three-term sum. */
    private static void exactFinish(double[] sum, double[] hi, double[] lo, int bound, Adder acc) {
        for (int j = 0; j < bound; j += L) {
            DoubleVector acc0 = DoubleVector.fromArray(D, sum, j);
            DoubleVector h = DoubleVector.fromArray(D, hi, j);
            DoubleVector s = acc0.add(h);
            DoubleVector t = twoSumError(acc0, h, s).add(DoubleVector.fromArray(D, lo, j));
            DoubleVector s2 = s.add(t);
            roundFloat(s2, twoSumError(s, t, s2), acc).intoArray(sum, j);
        }
    }

    /** R(acc + x) lane by lane, as {@link Adder#add}. */
    private static DoubleVector add(DoubleVector acc, DoubleVector x, Adder adder) {
        if (adder.fixed) {
            return addFixed(acc, x, adder);
        }
        DoubleVector s = acc.add(x);
        return roundFloat(s, twoSumError(acc, x, s), adder);
    }

    private static DoubleVector twoSumError(DoubleVector a, DoubleVector b, DoubleVector s) {
        DoubleVector bb = s.sub(a);
        return a.sub(s.sub(bb)).add(b.sub(bb));
    }

    /** Converter (x 2^n, round to nearest even, saturate; NaN to 0) and saturating add, in value space. */
    private static DoubleVector addFixed(DoubleVector acc, DoubleVector x, Adder adder) {
        DoubleVector code = x.mul(adder.scale).max(-0x1p50).min(0x1p50).add(MAGIC).sub(MAGIC)
                .max(adder.minCode).min(adder.maxCode);
        code = code.blend(0, x.compare(VectorOperators.NE, x)); // NaN reads as 0
        return acc.mul(adder.scale).add(code).max(adder.minCode).min(adder.maxCode).mul(adder.inverseScale);
    }

    /**
     * s + err rounded to the adder's minifloat (|err| <= half an ulp of s), as {@link Adder#round(double, double)},
     * but by another route: s + err is first rounded to odd at double precision (when err != 0 and
     * s's last bit is even, s moves one ulp toward err), which keeps the sticky information, and the
     * odd value is then rounded to nearest even at the format's quantum by adding and subtracting
     * 1.5 x 2^52 quanta. Rounding to odd at 53 bits and then to nearest at p <= 51 bits equals one
     * rounding to nearest (Boldo and Melquiond, "Emulation of FMA and correctly rounded sums: proved
     * algorithms using rounding to odd", IEEE TC 2008). Only operations AVX2 has for 64-bit lanes, and
     * few masks, so that C2 can inline several of these in one loop.
     */
    private static DoubleVector roundFloat(DoubleVector s, DoubleVector err, Adder adder) {
        // Reinterpreted vectors are only ever arguments, never receivers: C2 intrinsifies an operation
        // only when it knows the receiver's exact vector class, and a view's class is not tracked.
        LongVector zero = LongVector.zero(LONGS);
        LongVector bits = zero.or(s.viewAsIntegralLanes());
        LongVector errBits = zero.or(err.viewAsIntegralLanes());
        // 1 where err != 0 (either zero) and s's last bit is 0; then +1 or -1 by whether err and s share a sign.
        LongVector errMagnitude = errBits.lanewise(VectorOperators.LSHL, 1);
        LongVector inexact = errMagnitude.or(errMagnitude.neg()).lanewise(VectorOperators.LSHR, 63);
        LongVector adjust = inexact.and(bits.not());
        LongVector opposite = errBits.lanewise(VectorOperators.XOR, bits).lanewise(VectorOperators.LSHR, 63);
        LongVector oddBits = bits.add(adjust.sub(adjust.and(opposite).lanewise(VectorOperators.LSHL, 1)));
        LongVector quantumBits = bits.and(0x7FF0000000000000L).sub((long) adder.mantissaBits << 52);
        DoubleVector quantum = DoubleVector.broadcast(D, adder.minQuantum).max(quantumBits.viewAsFloatingLanes());
        DoubleVector magic = quantum.mul(MAGIC);
        DoubleVector r = magic.add(oddBits.viewAsFloatingLanes()).sub(magic);
        if (adder.saturate) {
            r = r.max(-adder.maxFinite).min(adder.maxFinite);
        } else {
            r = r.blend(r.mul(adder.overflowValue), r.abs().compare(VectorOperators.GT, adder.maxFinite));
        }
        if (adder.flush) {
            r = r.blend(0, r.abs().compare(VectorOperators.LT, adder.minNormal));
        }
        return s.blend(r.add(0.0), s.abs().compare(VectorOperators.LE, Double.MAX_VALUE));
    }
}
