package dev.accelbench.kernels.mac;

import dev.accelbench.kernels.numeric.FixedPoint;
import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.MiniFloat;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.ScalarFormat;
import java.util.Objects;

/**
 * The register a MAC adds into, and the rounding of every addition into it.
 */
public sealed interface Accumulator permits Accumulator.Float, Accumulator.Fixed {

    /** The accumulator's format name (as {@link FormatNames#parse} reads it). */
    String name();

    /** The accumulator format of a name: a minifloat (IEEE overflow to Inf) or fixed point. */
    static Accumulator parse(String name) {
        ScalarFormat format = FormatNames.parse(name);
        return switch (format) {
            case MiniFloat f -> new Float(f, Overflow.INF);
            case FixedPoint q -> new Fixed(q);
        };
    }

    /**
     * A minifloat accumulator ExMy: every addition is rounded once, to nearest even, from its exact
     * sum (as IEEE 754 adds). A sum beyond the largest finite becomes Inf ({@link Overflow#INF}, where
     * the format has Inf, else NaN or the largest finite as {@link MiniFloat} converts) or the largest
     * finite ({@link Overflow#SATURATE}). Sums below the smallest normal are kept as subnormals, or
     * flushed to zero when the format is CFG-2 or later. A zero result is always +0 (the sign of zero
     * is not modeled).
     */
    record Float(MiniFloat format, Overflow overflow) implements Accumulator {
        public Float {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(overflow, "overflow");
            if (!format.signed()) {
                throw new IllegalArgumentException("an accumulator must be signed, not " + format.name());
            }
        }

        @Override
        public String name() {
            return format.name();
        }
    }

    /**
     * A fixed-point accumulator Qm.n: each addend is first converted to Qm.n (round to nearest even,
     * saturating: the talk's float-to-fixed converter), then added as an integer, and the sum saturates
     * at the format's ends (Q8.13: -128 .. 128 - 2^-13).
     */
    record Fixed(FixedPoint format) implements Accumulator {
        public Fixed {
            Objects.requireNonNull(format, "format");
        }

        @Override
        public String name() {
            return format.name();
        }
    }
}
