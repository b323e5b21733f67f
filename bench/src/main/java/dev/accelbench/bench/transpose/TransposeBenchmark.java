package dev.accelbench.bench.transpose;

import dev.accelbench.bench.support.Bytes;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.transpose.InPlaceTranspose;
import dev.accelbench.kernels.transpose.InPlaceTranspose.Method;
import dev.accelbench.kernels.transpose.OutOfPlaceTranspose;
import java.util.Arrays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Float matrix transposition against {@code System.arraycopy} of the same array (the bandwidth
 * baseline, {@code arraycopy}), in one run: out of place with 8 x 8 Vector API register tiles
 * ({@code outOfPlace}) and with the blocked scalar loop ({@code outOfPlaceScalar}); in place with
 * the automatic choice ({@code inPlace}: square tiles, blocked gcd or shuffles) and with each
 * rectangular method alone ({@code inPlaceShuffle}, {@code inPlaceBlockedGcd},
 * {@code inPlaceCycleFollowing}).
 *
 * <p>{@code ·bytes} counts the matrix read once and written once (8 bytes per element), for every
 * method alike, so it reads as GB/s directly comparable with the copy's; methods that pass over
 * the data several times show it as a lower rate. {@code ·extraBytes} is the memory a call
 * allocates (see {@link ExtraMemory}). The in-place kernels are not given their input back
 * between calls: a permutation's cost does not depend on the values it moves, so each call
 * transposes the previous call's result, as a matrix of the same shape.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar TransposeBenchmark -p matrix=4096x1024
 * all the shapes: -p matrix=4096x4096,4096x1024,1024x4096,3000x7000,4099x1021
 * on two threads: -p threads=2 (the copy stays on one)
 * </pre>
 */
@State(Scope.Thread)
public class TransposeBenchmark extends SuiteDefaults {

    /** rows x cols of the row-major float matrix. */
    @Param({"4096x4096", "4096x1024", "4099x1021"})
    public String matrix;

    /** Threads of the transpose kernels; cycle following is always serial. */
    @Param({"1"})
    public int threads;

    private int rows;
    private int cols;
    private float[] src;
    private float[] dst;
    private float[] work;

    @Setup
    public void setUp() {
        String[] sides = matrix.split("x");
        if (sides.length != 2) {
            throw new IllegalArgumentException("matrix must be ROWSxCOLS, got " + matrix);
        }
        rows = Integer.parseInt(sides[0]);
        cols = Integer.parseInt(sides[1]);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        src = SeededArrays.uniform(SeededArrays.SEED, rows * cols);
        dst = new float[src.length];
        // Every timed kernel must agree with the reference before it is timed.
        float[] expected = new float[src.length];
        OutOfPlaceTranspose.naive(src, expected, rows, cols);
        OutOfPlaceTranspose.transpose(src, 0, dst, 0, rows, cols, threads);
        agree("out of place", expected, dst);
        OutOfPlaceTranspose.blocked(src, dst, rows, cols);
        agree("out of place, scalar", expected, dst);
        for (Method method : Method.values()) {
            if (method != Method.SQUARE || rows == cols) {
                work = src.clone();
                InPlaceTranspose.transpose(method, work, 0, rows, cols, threads);
                agree(method.toString(), expected, work);
            }
        }
        work = src.clone();
    }

    private void agree(String what, float[] expected, float[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException(what + " disagrees with the naive transpose at " + matrix);
        }
    }

    private long matrixBytes() {
        return 2L * Float.BYTES * rows * cols;
    }

    @Benchmark
    public float[] arraycopy(Bytes bytes) {
        bytes.bytes += matrixBytes();
        System.arraycopy(src, 0, dst, 0, src.length);
        return dst;
    }

    @Benchmark
    public float[] outOfPlace(Bytes bytes) {
        bytes.bytes += matrixBytes();
        OutOfPlaceTranspose.transpose(src, 0, dst, 0, rows, cols, threads);
        return dst;
    }

    @Benchmark
    public float[] outOfPlaceScalar(Bytes bytes) {
        bytes.bytes += matrixBytes();
        OutOfPlaceTranspose.blocked(src, dst, rows, cols);
        return dst;
    }

    @Benchmark
    public float[] inPlace(Bytes bytes, ExtraMemory extra) {
        return inPlace(InPlaceTranspose.choose(rows, cols), bytes, extra);
    }

    @Benchmark
    public float[] inPlaceShuffle(Bytes bytes, ExtraMemory extra) {
        return inPlace(Method.SHUFFLE, bytes, extra);
    }

    @Benchmark
    public float[] inPlaceBlockedGcd(Bytes bytes, ExtraMemory extra) {
        return inPlace(Method.BLOCKED_GCD, bytes, extra);
    }

    @Benchmark
    public float[] inPlaceCycleFollowing(Bytes bytes, ExtraMemory extra) {
        return inPlace(Method.CYCLE_FOLLOWING, bytes, extra);
    }

    private float[] inPlace(Method method, Bytes bytes, ExtraMemory extra) {
        bytes.bytes += matrixBytes();
        extra.extraBytes = InPlaceTranspose.extraBytes(method, rows, cols);
        InPlaceTranspose.transpose(method, work, 0, rows, cols, threads);
        return work;
    }
}
