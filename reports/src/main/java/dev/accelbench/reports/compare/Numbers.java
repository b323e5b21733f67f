package dev.accelbench.reports.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by the renderings: enough digits to see a 1% change, no more. */
final class Numbers {

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private Numbers() {
    }

    /** Four significant digits, plain between 1e-4 and 1e7, scientific outside; "NaN" as "n/a". */
    static String score(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "n/a" : String.valueOf(value);
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", value);
    }

    /** A score with JMH's error and unit: {@code 1.234 ± 0.05 ops/ns}. */
    static String scoreWithError(double score, double error, String unit) {
        return score(score) + (Double.isFinite(error) ? " ± " + score(error) : "") + " " + unit;
    }

    /** A ratio to three decimals. */
    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** The change a ratio means, signed: {@code -20.0%}. */
    static String change(double ratio) {
        String signed = String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
        // Rounding must not invent a direction: -0.04% is printed as ±0.0%, not -0.0%.
        return signed.substring(1).equals("0.0%") ? "±0.0%" : signed;
    }

    /** A fraction as a percentage without needless digits: 0.05 → 5%, 0.025 → 2.5%. */
    static String percent(double fraction) {
        return new BigDecimal(fraction * 100).round(FOUR_DIGITS).stripTrailingZeros().toPlainString() + "%";
    }
}
