package dev.accelbench.bench.transpose;

import dev.accelbench.bench.support.Bytes;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.transpose.ByteTranspose;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Out-of-place transposition of a byte matrix (FP8 codes), with 16 x 16 Vector API register
 * tiles ({@code tiles}) and with the cache-blocked scalar loop ({@code scalar}), against
 * {@code System.arraycopy} of the same array in the same run ({@code arraycopy}). {@code ·bytes}
 * counts the matrix read once and written once.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar ByteTransposeBenchmark -p byteMatrix=8192x8192,4099x1021
 * </pre>
 */
@State(Scope.Thread)
public class ByteTransposeBenchmark extends SuiteDefaults {

    /** rows x cols of the row-major byte matrix. */
    @Param({"4096x4096"})
    public String byteMatrix;

    private int rows;
    private int cols;
    private byte[] src;
    private byte[] dst;

    @Setup
    public void setUp() {
        String[] sides = byteMatrix.split("x");
        if (sides.length != 2) {
            throw new IllegalArgumentException("byteMatrix must be ROWSxCOLS, got " + byteMatrix);
        }
        rows = Integer.parseInt(sides[0]);
        cols = Integer.parseInt(sides[1]);
        src = new byte[rows * cols];
        // Every byte value, FP8 codes included: the kernels move bits and never look at them.
        new SplittableRandom(SeededArrays.SEED).nextBytes(src);
        dst = new byte[src.length];
        byte[] expected = new byte[src.length];
        ByteTranspose.naive(src, expected, rows, cols);
        ByteTranspose.vector(src, dst, rows, cols);
        agree("tiles", expected);
        ByteTranspose.blocked(src, dst, rows, cols);
        agree("scalar", expected);
    }

    private void agree(String what, byte[] expected) {
        if (!Arrays.equals(expected, dst)) {
            throw new IllegalStateException(what + " disagrees with the naive transpose at " + byteMatrix);
        }
    }

    private long matrixBytes() {
        return 2L * rows * cols;
    }

    @Benchmark
    public byte[] arraycopy(Bytes bytes) {
        bytes.bytes += matrixBytes();
        System.arraycopy(src, 0, dst, 0, src.length);
        return dst;
    }

    @Benchmark
    public byte[] tiles(Bytes bytes) {
        bytes.bytes += matrixBytes();
        ByteTranspose.vector(src, dst, rows, cols);
        return dst;
    }

    @Benchmark
    public byte[] scalar(Bytes bytes) {
        bytes.bytes += matrixBytes();
        ByteTranspose.blocked(src, dst, rows, cols);
        return dst;
    }
}
