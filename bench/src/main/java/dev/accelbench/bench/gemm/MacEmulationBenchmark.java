package dev.accelbench.bench.gemm;

import dev.accelbench.bench.support.Accuracy;
import dev.accelbench.bench.support.Flops;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.mac.MacConfig;
import dev.accelbench.kernels.mac.MacError;
import dev.accelbench.kernels.mac.ScalarMac;
import dev.accelbench.kernels.mac.VectorMac;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bit-accurate MAC emulation of a square GEMM (every output a dot product through the emulated
 * multiplier and accumulator, sequentially): the Vector API kernel ({@link VectorMac}, lanes across
 * output columns) against the scalar emulation ({@link ScalarMac}) of the same configuration; both
 * give the same bits. {@code ·flops} counts 2 per emulated multiply-add (GFLOP/s = 2 x GMAC/s);
 * {@code ·rel_error} is the mean MAC error |c - c_ref| / sum |a_i b_i| over 256 sampled outputs
 * ({@link MacError}: inputs rounded to the multiplier's format, so only the MAC's arithmetic counts).
 * Sizes stay at or below 512: the scalar emulation runs about 0.02-0.05 GMAC/s.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar MacEmulationBenchmark
 * java -jar bench/target/benchmarks.jar MacEmulationBenchmark -p mac=e5m2-cfg5+q8.13,e5m2-cfg5+q11.13,fp32+fp32 -p macSize=256
 * </pre>
 */
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1) // C2 takes a few seconds to compile the vector kernel's loops on a busy machine
public class MacEmulationBenchmark extends SuiteDefaults {

    /** multiplier+accumulator, as {@link MacConfig#parse} reads it. */
    @Param({"e5m2-cfg5+e6m5", "e4m2-cfg5+q8.12"})
    public String mac;

    /** The GEMM's M = N = K (at most 512). */
    @Param({"128"})
    public int macSize;

    private MacConfig config;
    private float[] a;
    private float[] b;
    private double[] c;

    @Setup
    public void setUp() {
        if (macSize < 1 || macSize > 512) {
            throw new IllegalArgumentException("macSize must be 1..512 (the scalar emulation is slow), got " + macSize);
        }
        config = MacConfig.parse(mac);
        a = SeededArrays.gaussian(SeededArrays.SEED, macSize * macSize);
        b = SeededArrays.gaussian(SeededArrays.SEED + 1, macSize * macSize);
        c = new double[macSize * macSize];
    }

    @TearDown(Level.Iteration)
    public void recordError() {
        Accuracy.record("rel_error", MacError.meanOfGemm(config, macSize, macSize, macSize, a, b, c, 256, SeededArrays.SEED));
    }

    @Benchmark
    public double[] vector(Flops flops) {
        flops.flops += 2L * macSize * macSize * macSize;
        VectorMac.gemm(config, macSize, macSize, macSize, a, b, c);
        return c;
    }

    @Benchmark
    public double[] scalar(Flops flops) {
        flops.flops += 2L * macSize * macSize * macSize;
        ScalarMac.gemm(config, macSize, macSize, macSize, a, b, c);
        return c;
    }
}
