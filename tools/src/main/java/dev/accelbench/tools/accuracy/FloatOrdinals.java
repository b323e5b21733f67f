package dev.accelbench.tools.accuracy;

/**
 * Floats numbered in order: ordinal 0 is +0, 1 the smallest positive subnormal, ..., -1 is -0,
 * -2 the smallest negative subnormal. Consecutive ordinals are neighbouring floats, so a range of
 * ordinals is every float32 of an interval, and a uniform ordinal is a uniformly chosen float
 * (each representable value equally likely).
 */
final class FloatOrdinals {

    private FloatOrdinals() {
    }

    static long ordinal(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits >= 0 ? bits : ~(long) (bits & 0x7FFFFFFF);
    }

    static float value(long ordinal) {
        return Float.intBitsToFloat(ordinal >= 0 ? (int) ordinal : (int) (~ordinal) | 0x80000000);
    }
}
