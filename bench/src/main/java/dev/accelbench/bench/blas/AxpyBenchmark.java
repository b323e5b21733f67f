package dev.accelbench.bench.blas;

import dev.accelbench.bench.support.Bytes;
import dev.accelbench.bench.support.Flops;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.blas.Axpy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * FP32 AXPY, y = a*x + y in place: the Vector API kernel (fused multiply-add) against the plain
 * scalar loop, which C2 auto-vectorizes, so this compares explicit against automatic
 * vectorization. Each invocation is 2n flops and moves 12n bytes (x and y read, y written).
 * The state is not restored between invocations: with a = 2^-20 the values of y drift by far less
 * than their magnitude over a run, so neither the speed nor the floating-point cases change.
 *
 * <pre>java -jar bench/target/benchmarks.jar AxpyBenchmark -p n=1048576</pre>
 */
@State(Scope.Thread)
public class AxpyBenchmark extends SuiteDefaults {

    private static final float A = 0x1p-20f;

    @Param({"64", "4096", "1048576"})
    public int n;

    private float[] x;
    private float[] y;

    @Setup
    public void setUp() {
        x = SeededArrays.uniform(SeededArrays.SEED, n);
        y = SeededArrays.uniform(SeededArrays.SEED + 1, n);
    }

    @Benchmark
    public float[] scalar(Flops flops, Bytes bytes) {
        flops.flops += 2L * n;
        bytes.bytes += 12L * n;
        Axpy.scalar(A, x, 0, y, 0, n);
        return y;
    }

    @Benchmark
    public float[] vector(Flops flops, Bytes bytes) {
        flops.flops += 2L * n;
        bytes.bytes += 12L * n;
        Axpy.vector(A, x, 0, y, 0, n);
        return y;
    }
}
