package dev.accelbench.kernels.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code of every minifloat up to 16 bits (and TF32's 19): decode, and the conversion of every
 * value, every midpoint between neighbours and the floats next to each midpoint, against
 * {@link ReferenceMiniFloat}, for the five deterministic rounding modes and both overflow policies.
 */
class MiniFloatExhaustiveTest {

    static Stream<String> formats() {
        return Stream.of("fp16", "bf16", "tf32", "e4m3", "e5m2", "e4m3fnuz", "e5m2fnuz", "e3m2", "e2m3", "e2m1", "e8m0",
                "e4m3-ieee", "e4m2", "e5m3", "e6m3", "e5m5", "e6m5", "e7m7", "e3m4", "e4m3-bias=10", "e2m0-fn",
                "e1m2-finite", "e3m0-fnuz", "e5m2-cfg1", "e5m2-cfg2", "e5m2-cfg3", "e5m2-cfg4", "e5m2-cfg5", "e5m2-cfg6",
                "e4m2-cfg5", "e6m3-cfg6");
    }

    static ReferenceMiniFloat reference(MiniFloat f) {
        return new ReferenceMiniFloat(f.exponentBits(), f.mantissaBits(), f.bias(), f.encoding(), f.cfg(), f.signed());
    }

    /** Producible values, midpoints, their neighbouring floats, and the edges, both signs. */
    static List<Float> inputs(ReferenceMiniFloat ref) {
        List<Float> inputs = new ArrayList<>();
        double[] g = ref.grid;
        for (int i = 0; i < g.length; i++) {
            double next = i + 1 < g.length ? g[i + 1] : ref.beyondMax;
            float value = (float) g[i];
            float mid = (float) ((g[i] + next) / 2);
            for (float v : new float[] {value, mid, Math.nextUp(mid), Math.nextDown(mid), Math.nextUp(value)}) {
                inputs.add(v);
                inputs.add(-v);
            }
        }
        for (double v : new double[] {ref.beyondMax, ref.beyondMax * 2, Float.MAX_VALUE, Float.MIN_VALUE,
                g[0] / 2, g.length > 1 ? g[1] / 3 : 0, g.length > 1 ? g[1] / 2 : 0, 0}) {
            inputs.add((float) v);
            inputs.add((float) -v);
        }
        inputs.add(Float.NaN);
        inputs.add(Float.intBitsToFloat(0xFFC00000));
        inputs.add(Float.POSITIVE_INFINITY);
        inputs.add(Float.NEGATIVE_INFINITY);
        return inputs;
    }

    @ParameterizedTest
    @MethodSource("formats")
    void conversionEqualsTheReference(String name) {
        MiniFloat f = (MiniFloat) FormatNames.parse(name);
        ReferenceMiniFloat ref = reference(f);
        List<Float> inputs = inputs(ref);
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (Rounding rounding : new Rounding[] {Rounding.RNE, Rounding.RTZ, Rounding.RNA, Rounding.UP, Rounding.DOWN}) {
            for (Overflow overflow : Overflow.values()) {
                Conversion c = Conversion.of(f, rounding, overflow);
                for (float x : inputs) {
                    double expected = ref.round(x, rounding, overflow);
                    double actual = f.value(c.encode(x));
                    boolean same = Double.isNaN(expected) ? Double.isNaN(actual)
                            : Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual);
                    if (!same && failures++ < 10) {
                        report.append(String.format("%n  %s %s %s: x=%s (%08x) expected %s got %s", name, rounding, overflow,
                                x, Float.floatToRawIntBits(x), expected, actual));
                    }
                }
            }
        }
        if (failures > 0) {
            fail(failures + " conversions differ from the reference:" + report);
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyProducibleCodeSurvivesTheRoundTrip(String name) {
        MiniFloat f = (MiniFloat) FormatNames.parse(name);
        Conversion rne = Conversion.rne(f);
        for (int code = 0; code < 1 << f.bits(); code++) {
            double v = f.value(code);
            boolean flushedInput = f.cfg() >= 2 && ((code >>> f.mantissaBits()) & ((1 << f.exponentBits()) - 1)) == 0
                    && (code & ((1 << f.mantissaBits()) - 1)) != 0;
            if (Double.isNaN(v) || flushedInput) {
                continue;
            }
            float decoded = f.decode(code);
            assertEquals(v, decoded, 0.0, name + " code " + Integer.toHexString(code) + " is not exact in float32");
            assertEquals(code, rne.encode(decoded), name + " code " + Integer.toHexString(code) + " value " + v);
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void nanCodesDecodeToTheCanonicalNaN(String name) {
        MiniFloat f = (MiniFloat) FormatNames.parse(name);
        for (int code = 0; code < 1 << f.bits(); code++) {
            if (f.isNaN(code)) {
                int bits = Float.floatToRawIntBits(f.decode(code));
                assertTrue(bits == 0x7FC00000 || bits == 0xFFC00000, name + " " + Integer.toHexString(bits));
            }
        }
    }
}
