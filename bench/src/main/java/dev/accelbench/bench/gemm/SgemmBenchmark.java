package dev.accelbench.bench.gemm;

import dev.accelbench.bench.support.Accuracy;
import dev.accelbench.bench.support.Flops;
import dev.accelbench.bench.support.Modeled;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.gemm.CodedGemm;
import dev.accelbench.kernels.gemm.GemmError;
import dev.accelbench.kernels.gemm.Op;
import dev.accelbench.kernels.gemm.Sgemm;
import dev.accelbench.kernels.numeric.BulkConversion;
import dev.accelbench.kernels.numeric.Conversion;
import dev.accelbench.kernels.numeric.FormatNames;
import dev.accelbench.kernels.numeric.ScalarFormat;
import dev.accelbench.models.preset.Preset;
import dev.accelbench.models.systolic.SystolicModel;
import dev.accelbench.models.workload.Gemm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * FP32 GEMM C = A B (NN, row-major): our Vector API Sgemm against OpenBLAS' cblas_sgemm through FFM,
 * at the same thread count, in the same run, and the FP8 (E4M3) fast path on the same data. {@code ·flops} (2 per multiply-add) reads as GFLOP/s;
 * {@code ·rel_error} is the relative Frobenius error of the product against the float64 reference
 * over 256 sampled elements ({@link GemmError}), for both implementations.
 * The OpenBLAS benchmark needs a libopenblas (Debian: libopenblas0-pthread); without one the
 * launcher leaves it out with a note. Its kernel choice matters (see {@link OpenBlas}): for the
 * fair comparison on AVX-512 machines run with {@code OPENBLAS_CORETYPE=SkylakeX}.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar SgemmBenchmark -p shape=1024x1024x1024 -p threads=1
 * OPENBLAS_CORETYPE=SkylakeX java -jar bench/target/benchmarks.jar SgemmBenchmark -p shape=1024x1024x1024
 * square sweep: -p shape=128x128x128,256x256x256,512x512x512,1024x1024x1024,2048x2048x2048
 * </pre>
 * Shapes are M x K x N: A is M x K, B is K x N. The defaults are the square N = 1024 and the
 * transformer shapes of a BERT-base layer (512 tokens: projection 768 -> 768, MLP 768 -> 3072) and
 * a 4096-wide GEMV.
 */
@State(Scope.Thread)
public class SgemmBenchmark extends SuiteDefaults {

    @Param({"1024x1024x1024", "512x768x768", "512x768x3072", "1x4096x4096"})
    public String shape;

    /** Threads: 1, or 0 for every available processor. */
    @Param({"1", "0"})
    public int threads;

    private int m;
    private int k;
    private int n;
    private int threadCount;
    private float[] a;
    private float[] b;
    private float[] c;
    private byte[] a8;
    private byte[] b8;
    private ScalarFormat e4m3;

    @Setup
    public void setUp() {
        String[] dims = shape.split("x");
        if (dims.length != 3) {
            throw new IllegalArgumentException("shape must be MxKxN, got " + shape);
        }
        m = Integer.parseInt(dims[0]);
        k = Integer.parseInt(dims[1]);
        n = Integer.parseInt(dims[2]);
        threadCount = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        a = SeededArrays.gaussian(SeededArrays.SEED, m * k);
        b = SeededArrays.gaussian(SeededArrays.SEED + 1, k * n);
        c = new float[m * n];
        e4m3 = FormatNames.parse("e4m3");
        BulkConversion toE4m3 = BulkConversion.of(Conversion.rne(e4m3));
        a8 = new byte[a.length];
        b8 = new byte[b.length];
        toE4m3.encode(a, 0, a8, 0, a.length, 0);
        toE4m3.encode(b, 0, b8, 0, b.length, 0);
    }

    /**
     * The relative error of the last product, for {@code ·rel_error} beside the speed, and the same
     * GEMM on the modeled TPU v2 (bf16 MXUs with fp32 accumulation, the closest preset to an FP32
     * GEMM; {@code ·model.*}).
     */
    @TearDown(Level.Iteration)
    public void recordErrorAndModel() {
        Accuracy.record("rel_error", GemmError.sampledRelativeFrobenius(Op.N, Op.N, m, n, k, 1f, a, k, b, n, c, n,
                GemmError.SAMPLES, SeededArrays.SEED));
        Modeled.record(Modeled.Figures.of(Preset.TPU_V2.id(),
                SystolicModel.evaluate(Preset.TPU_V2.accelerator(), new Gemm(m, k, n))));
    }

    @Benchmark
    public float[] sgemm(Flops flops) {
        flops.flops += 2L * m * n * k;
        Sgemm.gemm(Op.N, Op.N, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n, threadCount);
        return c;
    }

    /**
     * The FP8 fast path: A and B as E4M3 codes (RNE from the same data), decoded while packing, then
     * the FP32 micro-kernel. Its {@code ·rel_error} includes the quantization of A and B.
     */
    @Benchmark
    public float[] fp8(Flops flops) {
        flops.flops += 2L * m * n * k;
        CodedGemm.gemm(e4m3, Op.N, Op.N, m, n, k, 1f, a8, 0, k, b8, 0, n, 0f, c, 0, n, threadCount);
        return c;
    }

    /** The baseline; its @Setup fails with the install hint where there is no OpenBLAS. */
    @State(Scope.Thread)
    public static class OpenBlasState {

        OpenBlas library;

        /**
         * Reads the thread count from the run's parameters: taking the SgemmBenchmark state as an
         * argument would make JMH create a second instance of it, whose teardown then sees an empty C.
         */
        @Setup
        public void load(BenchmarkParams params) {
            library = OpenBlas.load().orElseThrow(() -> new IllegalStateException(OpenBlas.INSTALL_HINT));
            int threads = Integer.parseInt(params.getParam("threads"));
            library.setThreads(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
            String core = library.coreName();
            System.out.println("OpenBLAS kernel: " + core + (OpenBlas.isAvx512Kernel(core) ? ""
                    : " (not an AVX-512 kernel: on AVX-512 machines set OPENBLAS_CORETYPE=SkylakeX for a fair baseline)"));
        }
    }

    @Benchmark
    public float[] openblas(Flops flops, OpenBlasState blas) {
        flops.flops += 2L * m * n * k;
        blas.library.sgemm(false, false, m, n, k, 1f, a, k, b, n, 0f, c, n);
        return c;
    }
}
