package dev.accelbench.bench.numeric;

import dev.accelbench.bench.support.Bytes;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.numeric.block.BfpMatrix;
import dev.accelbench.kernels.numeric.block.BlockFormat;
import dev.accelbench.kernels.numeric.block.MxMatrix;
import dev.accelbench.kernels.numeric.block.PackedMatrix;
import dev.accelbench.kernels.numeric.block.Q8_0Format;
import dev.accelbench.kernels.numeric.block.Q8_0Matrix;
import dev.accelbench.kernels.numeric.block.QuantFormats;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Block-format conversion of a float32 matrix (rows of 4096, or one shorter row): {@code quantize}
 * packs it into codes plus per-block scales (the Vector API kernel), {@code dequantize} unpacks it
 * into a float array, and {@code arraycopy} copies the same float array with
 * {@code System.arraycopy}, the memory-bandwidth baseline of the same run. Output arrays are
 * allocated once in setup and overwritten, so allocation is not measured. {@code ·bytes} (GB/s)
 * counts the floats read or written plus the codes and scales written or read.
 * {@code inputBytes} is the float array's size: 64 KB sits in L2, 16 MB comes from memory; any
 * multiple of 16 KB from 4 KB up to 64 MB works with {@code -p}.
 *
 * <pre>java -jar bench/target/benchmarks.jar BlockQuantize -p format=mxfp8-e4m3 -p inputBytes=16777216</pre>
 */
@State(Scope.Thread)
public class BlockQuantizeBenchmark extends SuiteDefaults {

    /** Values per row: a typical hidden size, and the GEMM's reduction dimension. */
    static final int ROW = 4096;

    @Param({"mxfp8-e4m3", "mxint8", "bfp8", "q8_0"})
    public String format;

    @Param({"65536", "16777216"})
    public int inputBytes;

    private float[] input;
    private float[] output;
    private float[] copy;
    private PackedMatrix packed;
    private int values;

    @Setup
    public void setUp() {
        if (inputBytes < 4 || inputBytes % 4 != 0) {
            throw new IllegalArgumentException("inputBytes must be a positive multiple of 4, got " + inputBytes);
        }
        values = inputBytes / 4;
        int cols = Math.min(values, ROW);
        if (values % cols != 0) {
            throw new IllegalArgumentException("inputBytes must be below 16 KB or a multiple of 16 KB (rows of "
                    + ROW + " floats), got " + inputBytes);
        }
        BlockFormat blockFormat = QuantFormats.parseBlock(format);
        SplittableRandom random = new SplittableRandom(42);
        input = new float[values];
        for (int i = 0; i < values; i++) {
            input[i] = (float) (Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble()));
        }
        output = new float[values];
        copy = new float[values];
        packed = blockFormat.quantize(input, values / cols, cols);
        // The vector kernel must agree with the scalar reference before it is timed (first row).
        float[] firstRow = Arrays.copyOf(input, cols);
        if (!samePacking(blockFormat.quantize(firstRow, 1, cols), blockFormat.quantizeScalar(firstRow, 1, cols))) {
            throw new IllegalStateException(format + ": the vector kernel disagrees with the scalar reference");
        }
    }

    private static boolean samePacking(PackedMatrix a, PackedMatrix b) {
        return switch (a) {
            case BfpMatrix m -> Arrays.equals(m.codes(), ((BfpMatrix) b).codes())
                    && Arrays.equals(m.exponents(), ((BfpMatrix) b).exponents());
            case MxMatrix m -> Arrays.equals(m.codes(), ((MxMatrix) b).codes()) && Arrays.equals(m.scales(), ((MxMatrix) b).scales());
            case Q8_0Matrix m -> Arrays.equals(m.codes(), ((Q8_0Matrix) b).codes())
                    && Arrays.equals(m.scales(), ((Q8_0Matrix) b).scales());
        };
    }

    @Benchmark
    public PackedMatrix quantize(Bytes bytes) {
        bytes.bytes += 4L * values + packed.storageBytes();
        switch (packed) {
            case BfpMatrix m -> m.format().quantizeInto(input, m);
            case MxMatrix m -> m.format().quantizeInto(input, m);
            case Q8_0Matrix m -> Q8_0Format.Q8_0.quantizeInto(input, m);
        }
        return packed;
    }

    @Benchmark
    public float[] dequantize(Bytes bytes) {
        bytes.bytes += packed.storageBytes() + 4L * values;
        packed.dequantizeInto(output);
        return output;
    }

    @Benchmark
    public float[] arraycopy(Bytes bytes) {
        bytes.bytes += 8L * values;
        System.arraycopy(input, 0, copy, 0, values);
        return copy;
    }
}
