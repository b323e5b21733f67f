package dev.accelbench.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vector paths equal the scalar conversion bit for bit: every format with a vector path, every
 * rounding mode, both overflow policies, on data that crosses every range of the format (zero,
 * subnormals, normals, the overflow boundary, NaN and Inf) with a tail that the scalar loop finishes.
 * Surefire runs this at the preferred width and again at 128 bits.
 */
class BulkConversionTest {

    static final String[] FORMATS = {"fp32", "tf32", "bf16", "fp16", "e4m3", "e5m2", "e4m3fnuz", "e5m2fnuz", "e3m2",
            "e2m3", "e2m1", "e4m3-ieee", "e6m3", "e5m2-cfg2", "e5m2-cfg4", "e5m2-cfg5", "e5m2-cfg6", "e3m0-fnuz", "e2m0-fn",
            "e4m3-bias=3", "q8.8", "q4.4", "q8.0", "q1.7", "q16.16", "q32.0", "q1.31", "q8.13", "q11.13"};

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String f : FORMATS) {
            for (Rounding r : Rounding.values()) {
                for (Overflow o : Overflow.values()) {
                    all.add(Arguments.of(f, r, o));
                }
            }
        }
        return all.build();
    }

    /** Values spread over the format's whole range and beyond, plus specials, from a seed. */
    static float[] data(ScalarFormat format, long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double max = format.maxFinite();
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (random.nextInt(8)) {
                case 0 -> Float.intBitsToFloat(random.nextInt());
                case 1 -> (float) (random.nextDouble(-1, 1) * max * 1.2);
                case 2 -> (float) (random.nextDouble(-1, 1) * Math.scalb(1.0, random.nextInt(-30, 4)));
                case 3 -> (float) (random.nextDouble(-1, 1) * Math.scalb(max, -random.nextInt(0, 40)));
                case 4 -> new float[] {0f, -0f, Float.NaN, Float.intBitsToFloat(0xFFC00001), Float.POSITIVE_INFINITY,
                        Float.NEGATIVE_INFINITY, Float.MAX_VALUE, -Float.MIN_VALUE}[random.nextInt(8)];
                case 5 -> (float) (Math.round(random.nextDouble(-64, 64)) * Math.scalb(1.0, random.nextInt(-20, 10)) / 8);
                default -> (float) random.nextGaussian();
            };
        }
        return x;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void vectorFakeQuantizeEqualsScalar(String name, Rounding rounding, Overflow overflow) {
        ScalarFormat format = FormatNames.parse(name);
        Conversion conversion = new Conversion(format, rounding, overflow, 42, rounding == Rounding.STOCHASTIC ? 11 : 24);
        BulkConversion vector = BulkConversion.of(conversion);
        boolean scalarOnly = format instanceof FixedPoint
                && (rounding == Rounding.STOCHASTIC || rounding == Rounding.HYSTERESIS);
        assertEquals(!scalarOnly, vector.vectorized(), name + " " + rounding + " vector path");
        BulkConversion scalar = BulkConversion.scalar(conversion);
        int n = 4099;
        float[] x = data(format, name.hashCode() * 31L + rounding.ordinal(), n);
        float[] expected = new float[n];
        float[] actual = new float[n];
        if (rounding == Rounding.HYSTERESIS) {
            float[] state = data(format, 7, n);
            Conversion.rne(format).fakeQuantize(state, 0, state, 0, n, 0);
            state[3] = Float.NaN;
            System.arraycopy(state, 0, expected, 0, n);
            System.arraycopy(state, 0, actual, 0, n);
        }
        scalar.fakeQuantize(x, 0, expected, 0, n, 1000);
        vector.fakeQuantize(x, 0, actual, 0, n, 1000);
        for (int i = 0; i < n; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                assertEquals(Integer.toHexString(Float.floatToRawIntBits(expected[i])),
                        Integer.toHexString(Float.floatToRawIntBits(actual[i])),
                        name + " " + rounding + " " + overflow + " x[" + i + "]=" + x[i] + " ("
                                + Integer.toHexString(Float.floatToRawIntBits(x[i])) + ")");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void vectorCodesEqualScalarCodes(String name, Rounding rounding, Overflow overflow) {
        ScalarFormat format = FormatNames.parse(name);
        if (format.bits() > 8 || rounding == Rounding.HYSTERESIS) {
            return;
        }
        Conversion conversion = new Conversion(format, rounding, overflow, 42, 9);
        int n = 2053;
        float[] x = data(format, name.hashCode() + 17L * rounding.ordinal(), n);
        byte[] expected = new byte[n];
        byte[] actual = new byte[n];
        BulkConversion.scalar(conversion).encode(x, 0, expected, 0, n, 5);
        BulkConversion.of(conversion).encode(x, 0, actual, 0, n, 5);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i] & 0xFF, actual[i] & 0xFF, name + " " + rounding + " " + overflow + " x[" + i + "]="
                    + x[i] + " (" + Integer.toHexString(Float.floatToRawIntBits(x[i])) + ")");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void vectorShortCodesEqualScalarCodes(String name, Rounding rounding, Overflow overflow) {
        ScalarFormat format = FormatNames.parse(name);
        if (format.bits() > 16 || rounding == Rounding.HYSTERESIS) {
            return;
        }
        Conversion conversion = new Conversion(format, rounding, overflow, 42, 9);
        int n = 2053;
        float[] x = data(format, name.hashCode() + 31L * rounding.ordinal(), n);
        short[] expected = new short[n];
        short[] actual = new short[n];
        BulkConversion.scalar(conversion).encode(x, 0, expected, 0, n, 5);
        BulkConversion.of(conversion).encode(x, 0, actual, 0, n, 5);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i] & 0xFFFF, actual[i] & 0xFFFF, name + " " + rounding + " " + overflow + " x[" + i
                    + "]=" + x[i] + " (" + Integer.toHexString(Float.floatToRawIntBits(x[i])) + ")");
        }
    }

    @Test
    void vectorDecodeEqualsScalarForEveryShortCode() {
        for (String name : FORMATS) {
            ScalarFormat format = FormatNames.parse(name);
            if (format.bits() > 16) {
                continue;
            }
            short[] codes = new short[(1 << format.bits()) + 5];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = (short) (i % (1 << format.bits()));
            }
            float[] expected = new float[codes.length];
            float[] actual = new float[codes.length];
            Conversion c = Conversion.rne(format);
            BulkConversion.scalar(c).decode(codes, 0, expected, 0, codes.length);
            BulkConversion.of(c).decode(codes, 0, actual, 0, codes.length);
            for (int i = 0; i < codes.length; i++) {
                assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]),
                        name + " code " + Integer.toHexString(codes[i] & 0xFFFF));
            }
        }
    }

    @Test
    void vectorDecodeEqualsScalarForEveryByteCode() {
        for (String name : FORMATS) {
            ScalarFormat format = FormatNames.parse(name);
            if (format.bits() > 8) {
                continue;
            }
            byte[] codes = new byte[1 << format.bits() + 3];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = (byte) (i % (1 << format.bits()));
            }
            float[] expected = new float[codes.length];
            float[] actual = new float[codes.length];
            Conversion c = Conversion.rne(format);
            BulkConversion.scalar(c).decode(codes, 0, expected, 0, codes.length);
            BulkConversion.of(c).decode(codes, 0, actual, 0, codes.length);
            for (int i = 0; i < codes.length; i++) {
                assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]),
                        name + " code " + Integer.toHexString(codes[i] & 0xFF));
            }
        }
    }

    @Test
    void formatsWithoutAVectorPathUseTheScalarLoop() {
        assertFalse(BulkConversion.of(Conversion.rne(FormatNames.parse("e8m0"))).vectorized());
        assertFalse(BulkConversion.of(Conversion.of(FormatNames.parse("q8.8"), Rounding.STOCHASTIC, Overflow.INF))
                .vectorized());
        float[] x = {1.5f, 3f};
        float[] y = new float[2];
        BulkConversion.of(Conversion.rne(FormatNames.parse("e8m0"))).fakeQuantize(x, 0, y, 0, 2, 0);
        assertArrayEquals(new float[] {2f, 4f}, y);
    }
}
