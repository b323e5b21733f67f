package dev.accelbench.kernels.numeric;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The obviously correct conversion, for tests: list every value the format can produce, find the
 * two neighbours of x on that list (in double, where every float32 and every format value and
 * midpoint is exact), and pick one as the rounding mode says. Written from the format's definition
 * (fields -> value), independently of {@link MiniFloat}'s integer arithmetic.
 */
final class ReferenceMiniFloat {

    final int e;
    final int m;
    final int bias;
    final Encoding encoding;
    final int cfg;
    final boolean signed;
    /** Producible non-negative finite values, ascending. */
    final double[] grid;
    /** The value after the largest finite one, were the exponent range unbounded. */
    final double beyondMax;
    final double minNormal;
    final boolean hasInfinity;
    final boolean hasNaN;

    ReferenceMiniFloat(int e, int m, int bias, Encoding encoding, int cfg, boolean signed) {
        this.e = e;
        this.m = m;
        this.bias = bias;
        this.encoding = encoding;
        this.cfg = cfg;
        this.signed = signed;
        boolean subnormals = signed; // only E8M0 (unsigned) lacks them
        int top = (1 << e) - 1;
        TreeSet<Double> values = new TreeSet<>();
        for (int field = 0; field <= top; field++) {
            for (int mantissa = 0; mantissa < 1 << m; mantissa++) {
                boolean special = switch (encoding) {
                    case IEEE -> field == top && (cfg < 4 || mantissa == (1 << m) - 1);
                    case FN -> field == top && mantissa == (1 << m) - 1;
                    case FNUZ, FINITE -> false;
                };
                if (special) {
                    continue;
                }
                double v;
                if (field == 0 && subnormals) {
                    if (mantissa != 0 && cfg >= 2) {
                        continue; // flushed: never produced
                    }
                    v = mantissa * Math.pow(2, 1 - bias - m);
                } else {
                    v = (1 + mantissa / Math.pow(2, m)) * Math.pow(2, field - bias);
                }
                values.add(v);
            }
        }
        grid = values.stream().mapToDouble(Double::doubleValue).toArray();
        double max = grid[grid.length - 1];
        int maxExponent = Math.getExponent(max);
        beyondMax = max + Math.pow(2, maxExponent - m);
        minNormal = Math.pow(2, (subnormals ? 1 : 0) - bias);
        hasInfinity = encoding == Encoding.IEEE;
        hasNaN = encoding == Encoding.IEEE ? cfg < 4 : encoding != Encoding.FINITE;
    }

    double max() {
        return grid[grid.length - 1];
    }

    /** The value x converts to (NaN for the format's NaN). */
    double round(float x, Rounding rounding, Overflow overflow) {
        boolean negative = Float.floatToRawIntBits(x) < 0;
        if (Float.isNaN(x)) {
            return hasNaN ? Double.NaN : hasInfinity ? signed(Double.POSITIVE_INFINITY, negative) : 0.0;
        }
        if (!signed && (negative || x == 0)) {
            return Double.NaN;
        }
        if (Float.isInfinite(x)) {
            return overflow == Overflow.SATURATE ? signed(max(), negative) : overflowed(negative);
        }
        double a = Math.abs((double) x);
        double result;
        if (a >= beyondMax) {
            result = Double.POSITIVE_INFINITY; // marker: overflow
        } else {
            int i = Arrays.binarySearch(grid, a);
            if (i >= 0) {
                result = grid[i];
            } else {
                int insertion = -i - 1;
                if (insertion == 0) {
                    result = grid[0]; // below the smallest value of a format without zero (E8M0)
                } else {
                    double lo = grid[insertion - 1];
                    double hi = insertion < grid.length ? grid[insertion] : beyondMax;
                    result = pick(a, lo, hi, rounding, negative);
                }
            }
        }
        if (result == beyondMax || Double.isInfinite(result)) {
            if (overflow == Overflow.SATURATE) {
                return signed(max(), negative);
            }
            boolean beyond = switch (rounding) {
                case RTZ -> false;
                case UP -> !negative;
                case DOWN -> negative;
                default -> true;
            };
            return beyond ? overflowed(negative) : signed(max(), negative);
        }
        if (result == 0 && encoding == Encoding.FNUZ) {
            return 0.0;
        }
        return signed(result, negative);
    }

    private double pick(double a, double lo, double hi, Rounding rounding, boolean negative) {
        // Subnormal results that cfg >= 2 flushes are not on the grid; round on the full grid first.
        if (cfg >= 2 && a < minNormal && signed) {
            double step = Math.pow(2, 1 - bias - m);
            double low = Math.floor(a / step) * step;
            double r = pick(a, low, low + step, rounding, negative, step);
            return r < minNormal ? 0.0 : r;
        }
        double quantum = lo < minNormal ? (signed ? Math.pow(2, 1 - bias - m) : hi - lo) : Math.pow(2, Math.getExponent(lo) - m);
        return pick(a, lo, hi, rounding, negative, quantum);
    }

    private static double pick(double a, double lo, double hi, Rounding rounding, boolean negative, double quantum) {
        double mid = (lo + hi) / 2;
        boolean loEven = ((long) (lo / quantum) & 1) == 0;
        return switch (rounding) {
            case RNE -> a < mid ? lo : a > mid ? hi : loEven ? lo : hi;
            case RNA -> a < mid ? lo : hi;
            case RTZ -> lo;
            case UP -> negative ? lo : hi;
            case DOWN -> negative ? hi : lo;
            default -> throw new IllegalArgumentException(rounding + " has no reference here");
        };
    }

    private double overflowed(boolean negative) {
        if (hasInfinity) {
            return signed(Double.POSITIVE_INFINITY, negative);
        }
        return hasNaN ? Double.NaN : signed(max(), negative);
    }

    private static double signed(double v, boolean negative) {
        return negative ? -v : v;
    }
}
