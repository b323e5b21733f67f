package dev.accelbench.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code of every fixed-point format of up to 8 bits, and the conversion of every value, every
 * midpoint between neighbours and the floats beside each midpoint, against BigDecimal's rounding of
 * x * 2^n followed by saturation: an implementation with nothing in common with FixedPoint's.
 */
class FixedPointExhaustiveTest {

    static Stream<String> formats() {
        return Stream.of("q1.0", "q1.7", "q2.6", "q4.4", "q8.0", "q3.2", "q6.2", "q1.3");
    }

    static RoundingMode mode(Rounding r) {
        return switch (r) {
            case RNE -> RoundingMode.HALF_EVEN;
            case RNA -> RoundingMode.HALF_UP; // BigDecimal's HALF_UP rounds ties away from zero
            case RTZ -> RoundingMode.DOWN;
            case UP -> RoundingMode.CEILING;
            case DOWN -> RoundingMode.FLOOR;
            default -> throw new IllegalArgumentException(r.name());
        };
    }

    static long reference(FixedPoint f, float x, Rounding r) {
        if (Float.isNaN(x)) {
            return 0;
        }
        if (Float.isInfinite(x)) {
            return x > 0 ? f.maxCode() : f.minCode();
        }
        BigDecimal scaled = new BigDecimal(x).multiply(BigDecimal.valueOf(2).pow(f.fractionBits()));
        BigDecimal rounded = scaled.setScale(0, mode(r));
        return Math.max(f.minCode(), Math.min(f.maxCode(), rounded.max(BigDecimal.valueOf(-(1L << 40)))
                .min(BigDecimal.valueOf(1L << 40)).longValueExact()));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyValueAndMidpointInEveryDeterministicMode(String name) {
        FixedPoint f = (FixedPoint) FormatNames.parse(name);
        double step = Math.scalb(1.0, -f.fractionBits());
        for (long code = f.minCode(); code <= f.maxCode(); code++) {
            float value = (float) (code * step);
            assertEquals(value, f.decode((int) code & ((1 << f.bits()) - 1)), name + " code " + code);
            float mid = (float) ((code + 0.5) * step);
            for (float x : new float[] {value, mid, Math.nextUp(mid), Math.nextDown(mid), -mid, 1e9f, -1e9f,
                    Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
                for (Rounding r : new Rounding[] {Rounding.RNE, Rounding.RNA, Rounding.RTZ, Rounding.UP, Rounding.DOWN}) {
                    int actual = Conversion.of(f, r, Overflow.INF).encode(x);
                    assertEquals(reference(f, x, r), f.signedCode(actual), name + " " + r + " x=" + x);
                }
            }
        }
    }
}
