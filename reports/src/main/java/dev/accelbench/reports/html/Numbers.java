package dev.accelbench.reports.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Number formatting for tables and charts: scores to 4 significant digits, errors to 2 (JMH's
 * 99.9% half-width rarely deserves more), plain notation where it stays short and scientific
 * ({@code 2.441e-05}) where it would not, without trailing zeros.
 */
final class Numbers {

    static final int SCORE_DIGITS = 4;
    static final int ERROR_DIGITS = 2;

    private Numbers() {
    }

    static String format(double value) {
        return significant(value, SCORE_DIGITS);
    }

    static String significant(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        // 1.000e-09 → 1e-09, 2.500e-05 → 2.5e-05: trailing zeros say nothing, as in plain notation.
        return String.format(Locale.ROOT, "%." + (digits - 1) + "e", rounded.doubleValue())
                .replaceFirst("\\.?0+e", "e");
    }

    /** {@code 12.35 ± 0.41}, or just {@code 12.35} when the error is unknown (NaN). */
    static String withError(double value, double error) {
        return Double.isNaN(error) ? format(value) : format(value) + " ± " + significant(error, ERROR_DIGITS);
    }
}
