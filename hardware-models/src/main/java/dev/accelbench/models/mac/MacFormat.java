package dev.accelbench.models.mac;

import java.util.Locale;

/**
 * Number formats of MAC-unit multipliers and accumulators: IEEE-style floats ExMy with their
 * significand width, and fixed point Qi.f / integers with their total width.
 */
public enum MacFormat {
    FP32(8, 23, 0), FP16(5, 10, 0), BF16(8, 7, 0),
    E7M7(7, 7, 0), E7M5(7, 5, 0), E7M3(7, 3, 0), E6M7(6, 7, 0), E6M5(6, 5, 0), E6M3(6, 3, 0), E6M2(6, 2, 0),
    E6M1(6, 1, 0), E5M3(5, 3, 0), E5M2(5, 2, 0), E5M1(5, 1, 0), E4M3(4, 3, 0),
    INT8(0, 0, 8), INT32(0, 0, 32), Q16_16(0, 0, 32), Q11_13(0, 0, 24), Q8_13(0, 0, 21), Q8_8(0, 0, 16),
    Q7_7(0, 0, 14), Q6_6(0, 0, 12);

    private final int exponent;
    private final int mantissa;
    private final int fixedBits;

    MacFormat(int exponent, int mantissa, int fixedBits) {
        this.exponent = exponent;
        this.mantissa = mantissa;
        this.fixedBits = fixedBits;
    }

    public boolean isFloat() {
        return fixedBits == 0;
    }

    /** Total bits of one value. */
    public int bits() {
        return isFloat() ? 1 + exponent + mantissa : fixedBits;
    }

    /** Significand bits including the hidden one (floats) or the whole width (fixed point). */
    public int significand() {
        return isFloat() ? mantissa + 1 : fixedBits;
    }

    /** Name as written in the talk: {@code fp32}, {@code e5m2}, {@code q8.13}, {@code int8}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** By name, case-insensitive; {@code q8.13} and {@code q8_13} both work. */
    public static MacFormat parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('.', '_');
        for (MacFormat f : values()) {
            if (f.name().equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown MAC format '" + text + "'");
    }
}
