package dev.accelbench.bench.gemm;

import dev.accelbench.bench.support.Accuracy;
import dev.accelbench.bench.support.Flops;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.gemm.BlockGemm;
import dev.accelbench.kernels.gemm.BlockGemv;
import dev.accelbench.kernels.gemm.GemmError;
import dev.accelbench.kernels.gemm.Op;
import dev.accelbench.kernels.gemm.Sgemm;
import dev.accelbench.kernels.numeric.block.BlockFormat;
import dev.accelbench.kernels.numeric.block.PackedMatrix;
import dev.accelbench.kernels.numeric.block.QuantFormats;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Block-quantized GEMM and GEMV on packed Q8_0 (scaled INT8), MXINT8 and BFP8 operands, beside our
 * FP32 {@link Sgemm} on the same data in the same run, single-threaded. {@code ·flops} (2 per
 * multiply-add) reads as GFLOP/s; at M = 1 the block kernels are {@link BlockGemv} and FP32 is
 * Sgemm's GEMV path (one pass over B). The packed operands are quantized in the setup (weights are
 * stored quantized; quantizing activations is not timed: see BlockQuantizeBenchmark for its cost).
 * {@code ·rel_error} is the relative Frobenius error against the float64 product of the float
 * inputs over 256 sampled elements ({@link GemmError}), so it includes the quantization.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar BlockGemmBenchmark
 * java -jar bench/target/benchmarks.jar BlockGemmBenchmark -p blockShape=512x768x768,512x768x3072
 * </pre>
 * Shapes are M x K x N; B (K x N) is packed as its N x K transpose, blocks along K.
 */
@State(Scope.Thread)
public class BlockGemmBenchmark extends SuiteDefaults {

    @Param({"1024x1024x1024", "1x4096x4096"})
    public String blockShape;

    private int m;
    private int k;
    private int n;
    private float[] a;
    private float[] b;
    private float[] c;
    private PackedMatrix q80A;
    private PackedMatrix q80B;
    private PackedMatrix mxA;
    private PackedMatrix mxB;
    private PackedMatrix bfpA;
    private PackedMatrix bfpB;

    @Setup
    public void setUp() {
        String[] dims = blockShape.split("x");
        if (dims.length != 3) {
            throw new IllegalArgumentException("blockShape must be MxKxN, got " + blockShape);
        }
        m = Integer.parseInt(dims[0]);
        k = Integer.parseInt(dims[1]);
        n = Integer.parseInt(dims[2]);
        a = SeededArrays.gaussian(SeededArrays.SEED, m * k);
        b = SeededArrays.gaussian(SeededArrays.SEED + 1, k * n);
        c = new float[m * n];
        BlockFormat q80 = QuantFormats.parseBlock("q8_0");
        BlockFormat mx = QuantFormats.parseBlock("mxint8");
        BlockFormat bfp = QuantFormats.parseBlock("bfp8");
        q80A = q80.quantize(a, m, k);
        q80B = BlockGemm.quantizeB(q80, b, k, n);
        mxA = mx.quantize(a, m, k);
        mxB = BlockGemm.quantizeB(mx, b, k, n);
        bfpA = bfp.quantize(a, m, k);
        bfpB = BlockGemm.quantizeB(bfp, b, k, n);
    }

    @TearDown(Level.Iteration)
    public void recordError() {
        Accuracy.record("rel_error", GemmError.sampledRelativeFrobenius(Op.N, Op.N, m, n, k, 1f, a, k, b, n, c, n,
                GemmError.SAMPLES, SeededArrays.SEED));
    }

    /** The baseline: our FP32 GEMM (its GEMV path at M = 1), one thread. */
    @Benchmark
    public float[] fp32(Flops flops) {
        flops.flops += 2L * m * n * k;
        Sgemm.gemm(Op.N, Op.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n, 1);
        return c;
    }

    @Benchmark
    public float[] q8_0(Flops flops) {
        return block(q80A, q80B, flops);
    }

    @Benchmark
    public float[] mxint8(Flops flops) {
        return block(mxA, mxB, flops);
    }

    @Benchmark
    public float[] bfp8(Flops flops) {
        return block(bfpA, bfpB, flops);
    }

    private float[] block(PackedMatrix x, PackedMatrix w, Flops flops) {
        flops.flops += 2L * m * n * k;
        if (m == 1) {
            BlockGemv.gemv(x, w, c, 1);
        } else {
            BlockGemm.gemm(x, w, c, 1);
        }
        return c;
    }
}
