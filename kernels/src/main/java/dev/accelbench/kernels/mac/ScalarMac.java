package dev.accelbench.kernels.mac;

import dev.accelbench.kernels.numeric.Conversion;
import java.util.Objects;

/**
 * The obviously correct MAC emulation: one output element at a time, one product at a time, each
 * step written as the hardware does it ({@link Adder} has the arithmetic). The reference of
 * {@link VectorMac}, and the scalar baseline of the MAC benchmarks.
 */
public final class ScalarMac {

    private ScalarMac() {
    }

    /**
     * C (m x n) = A (m x k) B (k x n), row-major, every element a dot product through the MAC:
     * inputs rounded to the multiplier's format, then the products accumulated as configured.
     */
    public static void gemm(MacConfig config, int m, int n, int k, float[] a, float[] b, double[] c) {
        MacArgs.check(m, n, k, a, b, c);
        double[] aq = quantize(config.input(), a, m * k);
        double[] bq = quantize(config.input(), b, k * n);
        Kernel kernel = new Kernel(config);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = kernel.dot(aq, i * k, 1, bq, j, n, k);
            }
        }
    }

    /** One dot product of x and y (length k) through the MAC. */
    public static double dot(MacConfig config, float[] x, float[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("dot product of vectors of lengths " + x.length + " and " + y.length);
        }
        return new Kernel(config).dot(quantize(config.input(), x, x.length), 0, 1, quantize(config.input(), y, y.length),
                0, 1, x.length);
    }

    /** The first n values rounded to the multiplier's input format, as doubles (exact). */
    static double[] quantize(Conversion input, float[] x, int n) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = input.fakeQuantize(x[i], i, Float.NaN);
        }
        return q;
    }

    /** A configuration's adders, and the dot product over already-quantized inputs. */
    static final class Kernel {
        private final MacConfig config;
        private final Adder product;
        private final Adder accumulator;
        private final Adder chunkSums;

        Kernel(MacConfig config) {
            this.config = config;
            this.product = config.product() == null ? null
                    : Adder.of(config.product(), dev.accelbench.kernels.numeric.Overflow.INF);
            this.accumulator = Adder.of(config.accumulator());
            this.chunkSums = config.order() instanceof AccumulationOrder.Chunked c ? Adder.of(c.chunkSums()) : null;
        }

        /** The multiplier's output for inputs x and y. */
        double multiply(double x, double y) {
            double exact = x * y; // exact: two float32 values have a 48-bit product
            return product == null ? exact : product.round(exact);
        }

        /** sum over p < k of x[xOff + p xStride] y[yOff + p yStride], through the MAC. */
        double dot(double[] x, int xOff, int xStride, double[] y, int yOff, int yStride, int k) {
            return switch (config.order()) {
                case AccumulationOrder.Sequential s -> {
                    double acc = 0;
                    for (int p = 0; p < k; p++) {
                        acc = accumulator.add(acc, multiply(x[xOff + p * xStride], y[yOff + p * yStride]));
                    }
                    yield acc;
                }
                case AccumulationOrder.Chunked chunked -> {
                    double total = 0;
                    for (int start = 0; start < k; start += chunked.size()) {
                        double acc = 0;
                        for (int p = start; p < Math.min(k, start + chunked.size()); p++) {
                            acc = accumulator.add(acc, multiply(x[xOff + p * xStride], y[yOff + p * yStride]));
                        }
                        total = chunkSums.add(total, acc);
                    }
                    yield total;
                }
                case AccumulationOrder.AdderTree tree -> {
                    double acc = 0;
                    int w = tree.width();
                    double[] products = new double[w];
                    for (int start = 0; start < k; start += w) {
                        for (int t = 0; t < w; t++) {
                            int p = start + t;
                            products[t] = p < k ? multiply(x[xOff + p * xStride], y[yOff + p * yStride]) : 0;
                        }
                        acc = tree.exactNodes() ? addExactGroup(acc, products) : addRoundedGroup(acc, products);
                    }
                    yield acc;
                }
            };
        }

        /** Tree nodes rounding in the accumulator format, level by level; then the root into acc. */
        private double addRoundedGroup(double acc, double[] nodes) {
            int width = nodes.length;
            if (accumulator.fixed) {
                for (int t = 0; t < width; t++) {
                    nodes[t] = accumulator.add(0, nodes[t]); // the converter in front of each leaf adder
                }
            }
            for (int half = width / 2; half >= 1; half /= 2) {
                for (int t = 0; t < half; t++) {
                    nodes[t] = accumulator.add(nodes[2 * t], nodes[2 * t + 1]);
                }
            }
            return accumulator.add(acc, nodes[0]);
        }

        /** The group's exact sum (exact integers for fixed point; a double-double for floats), rounded once into acc. */
        private double addExactGroup(double acc, double[] products) {
            if (accumulator.fixed) {
                double sum = 0;
                for (double p : products) {
                    sum += accumulator.add(0, p); // converted leaves are on the grid: exact sums
                }
                return accumulator.addOnGrid(acc, sum);
            }
            // hi + lo holds the exact sum (see ExactSpan for why double-double suffices).
            double hi = 0;
            double lo = 0;
            for (double p : products) {
                double s = hi + p;
                double e = Adder.twoSumError(hi, p, s);
                hi = s;
                lo += e;
            }
            double s = acc + hi;
            double t = Adder.twoSumError(acc, hi, s) + lo;
            double s2 = s + t;
            return accumulator.round(s2, Adder.twoSumError(s, t, s2));
        }
    }
}
