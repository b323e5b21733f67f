package dev.accelbench.kernels.numeric;

import java.util.Locale;

/**
 * What a conversion does with a value whose rounded magnitude exceeds the format's largest
 * finite value (IEEE 754: rounded as if the exponent range were unbounded).
 */
public enum Overflow {
    /** Always the largest finite value, with the value's sign. */
    SATURATE,
    /**
     * IEEE 754 behaviour: Inf under the round-to-nearest modes and under up/down in their
     * direction, the largest finite under toward-zero and against the direction. A format without
     * Inf gives NaN instead (FN, FNUZ) or saturates (FINITE, which has neither).
     */
    INF;

    /** Parses {@code saturate|inf}, case-insensitively. */
    public static Overflow parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "saturate" -> SATURATE;
            case "inf" -> INF;
            default -> throw new IllegalArgumentException("unknown overflow '" + name + "'; expected saturate|inf");
        };
    }
}
