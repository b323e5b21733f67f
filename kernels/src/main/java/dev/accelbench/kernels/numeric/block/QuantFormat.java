package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.numeric.Conversion;
import dev.accelbench.kernels.numeric.Overflow;
import dev.accelbench.kernels.numeric.Rounding;
import dev.accelbench.kernels.numeric.ScalarFormat;
import java.util.Objects;

/**
 * Any format a name denotes ({@link QuantFormats#parse}): a scalar format coded value by value,
 * or a block format. What the CLI, benchmark parameters and reports need from either: the name,
 * the storage cost and a round trip through the format.
 */
public sealed interface QuantFormat permits QuantFormat.Scalar, BlockFormat {

    /** The canonical name, which {@link QuantFormats#parse} maps back to this format. */
    String name();

    /** Storage bits per value, a block's shared scale spread over its values. */
    double bitsPerValue();

    /**
     * The matrix rounded to the format and back to float32; blocks run along the rows. Bad
     * dimensions and inputs the format rejects fail with {@link IllegalArgumentException}.
     */
    float[] roundTrip(float[] rowMajor, int rows, int cols);

    /**
     * A scalar format under round-to-nearest-even with saturation: the way MX elements are
     * quantized, and what keeps a rare large sample from turning an SQNR into -Inf.
     */
    record Scalar(ScalarFormat format) implements QuantFormat {

        public Scalar {
            Objects.requireNonNull(format, "format");
        }

        @Override
        public String name() {
            return format.name();
        }

        @Override
        public double bitsPerValue() {
            return format.bits();
        }

        @Override
        public float[] roundTrip(float[] rowMajor, int rows, int cols) {
            BlockShape.of(rowMajor, rows, cols, 1);
            float[] out = new float[rowMajor.length];
            Conversion.of(format, Rounding.RNE, Overflow.SATURATE).fakeQuantize(rowMajor, 0, out, 0, out.length, 0);
            return out;
        }
    }
}
