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
 * Bulk fake-quantize (round to the format and back to float32, RNE, IEEE overflow) of a float
 * array into a second array: the Vector API path, the scalar conversion it must equal, and
 * {@code System.arraycopy} of the same array as the bandwidth baseline. Each invocation reads and
 * writes 4 bytes per element; {@code ·bytes} reads as GB/s. At 64 KiB the arrays sit in L2, at
 * 16 MiB they stream from memory (the target: E4M3 at >= 50% of the copy).
 *
 * <pre>java -jar bench/target/benchmarks.jar FakeQuantizeBenchmark -p to=e4m3 -p arrayBytes=16777216
 * full sweep: -p arrayBytes=4096,65536,1048576,16777216,67108864</pre>
 */
@State(Scope.Thread)
public class FakeQuantizeBenchmark extends SuiteDefaults {

    @Param({"e4m3", "e5m2", "bf16", "fp16"})
    public String to;

    /** Bytes of the float array. */
    @Param({"65536", "16777216"})
    public int arrayBytes;

    private float[] src;
    private float[] dst;
    private BulkConversion vector;
    private BulkConversion scalar;

    @Setup
    public void setUp() {
        int n = arrayBytes / Float.BYTES;
        src = SeededArrays.gaussian(SeededArrays.SEED, n);
        dst = new float[n];
        Conversion conversion = Conversion.rne(FormatNames.parse(to));
        vector = BulkConversion.of(conversion);
        scalar = BulkConversion.scalar(conversion);
        if (!vector.vectorized()) {
            throw new IllegalStateException(to + " has no vector path");
        }
        // Both paths must agree before they are timed.
        float[] check = new float[n];
        vector.fakeQuantize(src, 0, dst, 0, n, 0);
        scalar.fakeQuantize(src, 0, check, 0, n, 0);
        if (!java.util.Arrays.equals(dst, check)) {
            throw new IllegalStateException("vector and scalar fake-quantize disagree for " + to);
        }
    }

    @Benchmark
    public float[] vector(Bytes bytes) {
        bytes.bytes += 2L * arrayBytes;
        vector.fakeQuantize(src, 0, dst, 0, src.length, 0);
        return dst;
    }

    @Benchmark
    public float[] scalar(Bytes bytes) {
        bytes.bytes += 2L * arrayBytes;
        scalar.fakeQuantize(src, 0, dst, 0, src.length, 0);
        return dst;
    }

    @Benchmark
    public float[] arraycopy(Bytes bytes) {
        bytes.bytes += 2L * arrayBytes;
        System.arraycopy(src, 0, dst, 0, src.length);
        return dst;
    }
}
