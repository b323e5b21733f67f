package dev.accelbench.bench.blas;

import dev.accelbench.bench.support.Bytes;
import dev.accelbench.bench.support.Flops;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.blas.Dot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * FP32 dot product: the Vector API kernel against the sequential scalar loop (the baseline, which
 * C2 cannot vectorize because float addition must keep its order). Each invocation is 2n flops and
 * reads 8n bytes; {@code ·flops} reads as GFLOP/s, {@code ·bytes} as GB/s. At n = 64 the call
 * overhead shows, at 4096 the data sits in L1, at 1M (8 MiB) it comes from L3 or memory.
 *
 * <pre>java -jar bench/target/benchmarks.jar DotBenchmark -p n=4096</pre>
 */
@State(Scope.Thread)
public class DotBenchmark extends SuiteDefaults {

    @Param({"64", "4096", "1048576"})
    public int n;

    private float[] x;
    private float[] y;

    @Setup
    public void setUp() {
        x = SeededArrays.uniform(SeededArrays.SEED, n);
        y = SeededArrays.uniform(SeededArrays.SEED + 1, n);
        // The two versions sum in different orders; they must still agree to rounding.
        double exact = Dot.reference(x, 0, y, 0, n);
        double tolerance = 1e-5 * n;
        if (Math.abs(Dot.vector(x, y) - exact) > tolerance || Math.abs(Dot.scalar(x, y) - exact) > tolerance) {
            throw new IllegalStateException("dot product kernels disagree with the reference at n=" + n);
        }
    }

    @Benchmark
    public float scalar(Flops flops, Bytes bytes) {
        flops.flops += 2L * n;
        bytes.bytes += 8L * n;
        return Dot.scalar(x, y);
    }

    @Benchmark
    public float vector(Flops flops, Bytes bytes) {
        flops.flops += 2L * n;
        bytes.bytes += 8L * n;
        return Dot.vector(x, y);
    }
}
