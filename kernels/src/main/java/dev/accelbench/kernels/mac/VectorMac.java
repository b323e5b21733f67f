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
        for (int i = 0; i < m; i++) {
            switch (config.order()) {
                case AccumulationOrder.Sequential s -> sequential(aq, i * k, bq, n, k, bound, product, acc, k, null, c, i * n);
                case AccumulationOrder.Chunked ch -> sequential(aq, i * k, bq, n, k, bound, product, acc, ch.size(),
                        Adder.of(ch.chunkSums()), c, i * n);
                case AccumulationOrder.AdderTree t -> tree(aq, i * k, bq, n, k, bound, product, acc, t.width(),
                        t.exactNodes(), c, i * n);
            }
            for (int j = bound; j < n; j++) {
                c[i * n + j] = scalar.dot(aq, i * k, 1, bq, j, n, k);
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

    /** Sequential accumulation in chunks of {@code chunk}; chunkSums null: one chunk, no total. */
    private static void sequential(double[] a, int aRow, double[] b, int n, int k, int bound, Adder product, Adder acc,
                                   int chunk, Adder chunkSums, double[] c, int cRow) {
        for (int j = 0; j < bound; j += L) {
            DoubleVector total = DoubleVector.zero(D);
            for (int start = 0; start < k || start == 0; start += chunk) {
                int end = Math.min(k, start + chunk);
                DoubleVector sum = DoubleVector.zero(D);
                for (int p = start; p < end; p++) {
                    DoubleVector x = DoubleVector.broadcast(D, a[aRow + p]).mul(DoubleVector.fromArray(D, b, p * n + j));
                    if (product != null) {
                        x = roundFloat(x, DoubleVector.zero(D), product);
                    }
                    sum = add(sum, x, acc);
                }
                if (chunkSums == null) {
                    total = sum;
                    break;
                }
                total = add(total, sum, chunkSums);
            }
            total.intoArray(c, cRow + j);
        }
    }

    /** Groups of {@code width} products through an adder tree, into the accumulator. */
    private static void tree(double[] a, int aRow, double[] b, int n, int k, int bound, Adder product, Adder acc,
                             int width, boolean exact, double[] c, int cRow) {
        double[] nodes = new double[width * L];
        for (int j = 0; j < bound; j += L) {
            DoubleVector sum = DoubleVector.zero(D);
            for (int start = 0; start < k; start += width) {
                if (exact && !acc.fixed) {
                    // Exact nodes: the group's sum as hi + lo (double-double), one rounding into sum.
                    DoubleVector hi = DoubleVector.zero(D);
                    DoubleVector lo = hi;
                    for (int p = start; p < Math.min(k, start + width); p++) {
                        DoubleVector x = DoubleVector.broadcast(D, a[aRow + p]).mul(DoubleVector.fromArray(D, b, p * n + j));
                        if (product != null) {
                            x = roundFloat(x, DoubleVector.zero(D), product);
                        }
                        DoubleVector s = hi.add(x);
                        lo = lo.add(twoSumError(hi, x, s));
                        hi = s;
                    }
                    DoubleVector s = sum.add(hi);
                    DoubleVector t = twoSumError(sum, hi, s).add(lo);
                    DoubleVector s2 = s.add(t);
                    sum = roundFloat(s2, twoSumError(s, t, s2), acc);
                    continue;
                }
                for (int t = 0; t < width; t++) {
                    int p = start + t;
                    DoubleVector x = DoubleVector.zero(D);
                    if (p < k) {
                        x = DoubleVector.broadcast(D, a[aRow + p]).mul(DoubleVector.fromArray(D, b, p * n + j));
                        if (product != null) {
                            x = roundFloat(x, DoubleVector.zero(D), product);
                        }
                    }
                    if (acc.fixed) {
                        x = addFixed(DoubleVector.zero(D), x, acc);
                    }
                    x.intoArray(nodes, t * L);
                }
                if (exact) {
                    // Fixed point, exact nodes: converted leaves are integers on the grid; their sum is exact.
                    DoubleVector group = DoubleVector.zero(D);
                    for (int t = 0; t < width; t++) {
                        group = group.add(DoubleVector.fromArray(D, nodes, t * L));
                    }
                    sum = sum.mul(acc.scale).add(group.mul(acc.scale)).max(acc.minCode).min(acc.maxCode)
                            .mul(acc.inverseScale);
                    continue;
                }
                for (int half = width / 2; half >= 1; half /= 2) {
                    for (int t = 0; t < half; t++) {
                        DoubleVector left = DoubleVector.fromArray(D, nodes, 2 * t * L);
                        DoubleVector right = DoubleVector.fromArray(D, nodes, (2 * t + 1) * L);
                        add(left, right, acc).intoArray(nodes, t * L);
                    }
                }
                sum = add(sum, DoubleVector.fromArray(D, nodes, 0), acc);
            }
            sum.intoArray(c, cRow + j);
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
        code = code.blend(0, x.test(VectorOperators.IS_NAN));
        return acc.mul(adder.scale).add(code).max(adder.minCode).min(adder.maxCode).mul(adder.inverseScale);
    }

    /** s + err rounded to the adder's minifloat (|err| <= half an ulp of s), as {@link Adder#round(double, double)}. */
    private static DoubleVector roundFloat(DoubleVector s, DoubleVector err, Adder adder) {
        LongVector biased = s.viewAsIntegralLanes().lanewise(VectorOperators.LSHR, 52).and(0x7FFL);
        VectorMask<Double> nonFinite = biased.eq(0x7FFL).cast(D);
        DoubleVector quantum = (DoubleVector) biased.max(adder.minExponent + 1023L).sub(adder.mantissaBits)
                .lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
        DoubleVector magic = quantum.mul(MAGIC);
        DoubleVector r = s.add(magic).sub(magic);
        DoubleVector above = s.sub(r);
        DoubleVector half = quantum.mul(0.5);
        r = r.add(quantum, above.eq(half).and(err.compare(VectorOperators.GT, 0)));
        r = r.sub(quantum, above.eq(half.neg()).and(err.compare(VectorOperators.LT, 0)));
        VectorMask<Double> over = r.abs().compare(VectorOperators.GT, adder.maxFinite);
        VectorMask<Double> negative = s.compare(VectorOperators.LT, 0);
        r = r.blend(adder.overflowValue, over.andNot(negative)).blend(-adder.overflowValue, over.and(negative));
        if (adder.flush) {
            r = r.blend(0, r.abs().compare(VectorOperators.LT, adder.minNormal));
        }
        return r.add(0.0).blend(s, nonFinite);
    }
}
