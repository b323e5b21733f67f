package dev.accelbench.bench.numeric;

import dev.accelbench.bench.support.Bytes;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.numeric.BulkConversion;
import dev.accelbench.kernels.numeric.Conversion;
import dev.accelbench.kernels.numeric.FormatNames;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Quantize a float array to codes (RNE; one byte for FP8, two for BF16 and FP16) and dequantize the
 * codes back, with the Vector API, beside {@code System.arraycopy} of the float array. Quantize
 * reads 4 bytes and writes the code's bytes per element, dequantize the reverse, the copy reads and
 * writes 4; {@code ·bytes} reads as GB/s.
 *
 * <pre>java -jar bench/target/benchmarks.jar QuantizeBenchmark -p to=e5m2 -p arrayBytes=16777216</pre>
 */
@State(Scope.Thread)
public class QuantizeBenchmark extends SuiteDefaults {

    @Param({"e4m3", "e5m2", "bf16", "fp16"})
    public String to;

    /** Bytes of the float array. */
    @Param({"65536", "16777216"})
    public int arrayBytes;

    private float[] values;
    private float[] copy;
    private byte[] codes;
    private short[] wideCodes;
    private int codeBytes;
    private BulkConversion conversion;

    @Setup
    public void setUp() {
        int n = arrayBytes / Float.BYTES;
        values = SeededArrays.gaussian(SeededArrays.SEED, n);
        copy = new float[n];
        conversion = BulkConversion.of(Conversion.rne(FormatNames.parse(to)));
        codeBytes = conversion.conversion().format().bits() <= 8 ? 1 : 2;
        if (codeBytes == 1) {
            codes = new byte[n];
            conversion.encode(values, 0, codes, 0, n, 0);
        } else {
            wideCodes = new short[n];
            conversion.encode(values, 0, wideCodes, 0, n, 0);
        }
    }

    @Benchmark
    public Object quantize(Bytes bytes) {
        bytes.bytes += (4L + codeBytes) * values.length;
        if (codeBytes == 1) {
            conversion.encode(values, 0, codes, 0, values.length, 0);
            return codes;
        }
        conversion.encode(values, 0, wideCodes, 0, values.length, 0);
        return wideCodes;
    }

    @Benchmark
    public float[] dequantize(Bytes bytes) {
        bytes.bytes += (4L + codeBytes) * values.length;
        if (codeBytes == 1) {
            conversion.decode(codes, 0, copy, 0, values.length);
        } else {
            conversion.decode(wideCodes, 0, copy, 0, values.length);
        }
        return copy;
    }

    @Benchmark
    public float[] arraycopy(Bytes bytes) {
        bytes.bytes += 2L * arrayBytes;
        System.arraycopy(values, 0, copy, 0, values.length);
        return copy;
    }
}
