package dev.accelbench.bench.approx;

import dev.accelbench.bench.support.Accuracy;
import dev.accelbench.bench.support.Elements;
import dev.accelbench.bench.support.SeededArrays;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.approx.Approximations;
import dev.accelbench.kernels.approx.HaanNorm;
import dev.accelbench.kernels.approx.LayerNorm;
import dev.accelbench.kernels.approx.Op;
import dev.accelbench.kernels.approx.ResidualStream;
import dev.accelbench.kernels.approx.Rope;
import dev.accelbench.kernels.approx.Rsqrt;
import dev.accelbench.kernels.approx.Sine;
import dev.accelbench.kernels.approx.Softmax;
import dev.accelbench.kernels.approx.UnaryApprox;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The approximate nonlinear operations, one method per operation, each with its baseline among
 * its {@code variant}s so that ratios come from one JMH run: {@code exp} (baselines {@code math},
 * a {@code Math.exp} loop, and {@code vector}, the Vector API's EXP), {@code rsqrt} ({@code math}:
 * {@code 1/Math.sqrt}), {@code reciprocal} ({@code scalar}: a division loop), {@code softmax}
 * ({@code scalar}: {@code Math.exp} softmax; {@code vector}: the exact vectorized one), {@code norm}
 * ({@code exact}: vectorized LayerNorm; {@code haan}: HAAN's skipped layer), {@code activation}
 * and {@code rope}. Every method's list holds {@code baseline}, an alias of its baseline, which
 * the quick suite runs.
 *
 * <p>{@code length} is the elements per call: the array length of the element-wise operations
 * (4096 by default, {@code -p length=1048576} for 4 MiB arrays), length / 512 rows of 512 for
 * softmax, length / 768 rows of 768 for the norms, length / 128 positions of a 128-wide head
 * for RoPE. Read {@code ·elements} (elements per ns); {@code ·rel_error} (exp, rsqrt,
 * reciprocal, softmax) and {@code ·abs_error} (norm, activation, rope) are the largest errors of
 * the method's own output on its data against float64.
 *
 * <pre>java -jar bench/target/benchmarks.jar ApproxBenchmark.exp
 * java -jar bench/target/benchmarks.jar ApproxBenchmark.exp -p length=1048576 -p variant=math,vector,poly3,poly5
 * java -jar bench/target/benchmarks.jar 'ApproxBenchmark.(softmax|norm)'</pre>
 */
public class ApproxBenchmark extends SuiteDefaults {

    static final int SOFTMAX_COLS = 512;
    static final int NORM_COLS = 768;
    static final int HEAD_DIM = 128;
    static final float EPS = 1e-5f;

    /** Element-wise input, output and error, for the exp, rsqrt and reciprocal cases. */
    abstract static class Elementwise {
        float[] x;
        float[] y;
        double[] exact;
        UnaryApprox kernel;

        void fill(Op op, int length, long seed, double lo, double hi, boolean logUniform, String name) {
            if (length < 1) {
                throw new IllegalArgumentException("length must be >= 1, got " + length);
            }
            SplittableRandom random = new SplittableRandom(seed);
            x = new float[length];
            y = new float[length];
            exact = new double[length];
            for (int i = 0; i < length; i++) {
                double u = random.nextDouble();
                x[i] = (float) (logUniform ? lo * Math.pow(hi / lo, u) : lo + (hi - lo) * u);
                exact[i] = op.reference(x[i]);
            }
            kernel = Approximations.find(op, name);
        }

        void record() {
            double worst = 0;
            for (int i = 0; i < x.length; i++) {
                worst = Math.max(worst, Math.abs(y[i] - exact[i]) / Math.abs(exact[i]));
            }
            Accuracy.record("rel_error", worst);
        }
    }

    /** exp over floats uniform in [-87, 88], the whole range, so the range reduction is exercised. */
    @State(Scope.Thread)
    public static class ExpCase extends Elementwise {
        @Param({"baseline", "vector", "slide", "mitchell", "schraudolph", "poly2", "poly3", "poly4", "poly5", "integer",
                "table-nearest-256", "table-linear-256"})
        public String variant;

        @Param({"4096"})
        public int length;

        @Setup
        public void setUp() {
            fill(Op.EXP, length, 42, -87, 88, false, variant.equals("baseline") ? "math" : variant);
        }

        @TearDown(Level.Iteration)
        public void recordError() {
            record();
        }
    }

    /** rsqrt over floats log-uniform in [1e-6, 1e6] (variances of activations). */
    @State(Scope.Thread)
    public static class RsqrtCase extends Elementwise {
        @Param({"baseline", "exact", "log", "magic", "newton1", "newton2"})
        public String variant;

        @Param({"4096"})
        public int length;

        @Setup
        public void setUp() {
            fill(Op.RSQRT, length, 43, 1e-6, 1e6, true, variant.equals("baseline") ? "math" : variant);
        }

        @TearDown(Level.Iteration)
        public void recordError() {
            record();
        }
    }

    /** 1/x over floats log-uniform in [1e-6, 1e6]; {@code scalar} is a plain division loop. */
    @State(Scope.Thread)
    public static class ReciprocalCase extends Elementwise {
        @Param({"baseline", "exact", "log", "newton1", "newton2"})
        public String variant;

        @Param({"4096"})
        public int length;

        boolean scalar;

        @Setup
        public void setUp() {
            scalar = variant.equals("baseline") || variant.equals("scalar");
            fill(Op.RECIPROCAL, length, 44, 1e-6, 1e6, true, scalar ? "exact" : variant);
        }

        @TearDown(Level.Iteration)
        public void recordError() {
            record();
        }
    }

    /** Softmax rows of 512 Gaussian scores (standard deviation 3). */
    @State(Scope.Thread)
    public static class SoftmaxCase {
        @Param({"baseline", "vector", "poly5", "poly3"})
        public String variant;

        @Param({"4096"})
        public int length;

        int rows;
        float[] x;
        float[] y;
        UnaryApprox exp;

        @Setup
        public void setUp() {
            rows = Math.max(1, length / SOFTMAX_COLS);
            x = SeededArrays.gaussian(SeededArrays.SEED, rows * SOFTMAX_COLS);
            for (int i = 0; i < x.length; i++) {
                x[i] *= 3;
            }
            y = new float[x.length];
            exp = variant.equals("baseline") || variant.equals("scalar") ? null : Approximations.exp(variant);
        }

        @TearDown(Level.Iteration)
        public void recordError() {
            double worst = 0;
            for (int r = 0; r < rows; r++) {
                double[] ref = Softmax.reference(x, r * SOFTMAX_COLS, SOFTMAX_COLS);
                for (int c = 0; c < SOFTMAX_COLS; c++) {
                    worst = Math.max(worst, Math.abs(y[r * SOFTMAX_COLS + c] - ref[c]) / ref[c]);
                }
            }
            Accuracy.record("rel_error", worst);
        }
    }

    /**
     * LayerNorm and RMSNorm rows of 768 from layer 1 of a synthetic residual stream
     * ({@link ResidualStream}); the HAAN predictor is calibrated on another seed's stream and
     * predicts from layer 0's exact 1/sigma of the same token.
     */
    @State(Scope.Thread)
    public static class NormCase {
        @Param({"baseline", "scalar", "newton1", "haan", "rms-exact", "rms-haan"})
        public String variant;

        @Param({"4096"})
        public int length;

        int rows;
        float[] x;
        float[] y;
        float[] gamma;
        float[] beta;
        float[] previousIsd;
        HaanNorm haan;
        boolean rms;

        @Setup
        public void setUp() {
            if (!Arrays.asList("baseline", "exact", "scalar", "newton1", "haan", "rms-exact", "rms-haan").contains(variant)) {
                throw new IllegalArgumentException("norm variant must be baseline (= exact), exact, scalar, newton1, haan, "
                        + "rms-exact or rms-haan, got " + variant);
            }
            rows = Math.max(1, length / NORM_COLS);
            rms = variant.startsWith("rms");
            float[][] stream = ResidualStream.generate(7, 2, rows, NORM_COLS, 0.3);
            float[][] calibration = ResidualStream.generate(8, 2, rows, NORM_COLS, 0.3);
            haan = HaanNorm.calibrate(calibration, rows, NORM_COLS, new boolean[] {false, true}, EPS, rms);
            x = stream[1];
            y = new float[x.length];
            gamma = new float[NORM_COLS];
            Arrays.fill(gamma, 1f);
            beta = new float[NORM_COLS];
            previousIsd = new float[rows];
            float[] scratch = new float[NORM_COLS];
            for (int r = 0; r < rows; r++) {
                previousIsd[r] = rms ? LayerNorm.rms(stream[0], r * NORM_COLS, scratch, 0, NORM_COLS, gamma, EPS, Rsqrt.EXACT)
                        : LayerNorm.apply(stream[0], r * NORM_COLS, scratch, 0, NORM_COLS, gamma, beta, EPS, Rsqrt.EXACT);
            }
        }

        @TearDown(Level.Iteration)
        public void recordError() {
            double worst = 0;
            for (int r = 0; r < rows; r++) {
                double[] ref = rms ? LayerNorm.rmsReference(x, r * NORM_COLS, NORM_COLS, gamma, EPS)
                        : LayerNorm.reference(x, r * NORM_COLS, NORM_COLS, gamma, beta, EPS);
                for (int c = 0; c < NORM_COLS; c++) {
                    worst = Math.max(worst, Math.abs(y[r * NORM_COLS + c] - ref[c]));
                }
            }
            Accuracy.record("abs_error", worst);
        }
    }

    /** GeLU and SiLU over Gaussian pre-activations (standard deviation 3). */
    @State(Scope.Thread)
    public static class ActivationCase {
        @Param({"baseline", "gelu-tanh", "gelu-sigmoid", "silu-poly3"})
        public String variant;

        @Param({"4096"})
        public int length;

        float[] x;
        float[] y;
        UnaryApprox act;

        @Setup
        public void setUp() {
            String name = variant.equals("baseline") ? "gelu-erf" : variant;
            int dash = name.indexOf('-');
            if (dash < 0) {
                throw new IllegalArgumentException("activation variant must be op-variant, e.g. gelu-tanh, got " + variant);
            }
            act = Approximations.find(name.substring(0, dash), name.substring(dash + 1));
            x = SeededArrays.gaussian(SeededArrays.SEED, length);
            for (int i = 0; i < x.length; i++) {
                x[i] *= 3;
            }
            y = new float[x.length];
        }

        @TearDown(Level.Iteration)
        public void recordError() {
            double worst = 0;
            for (int i = 0; i < x.length; i++) {
                worst = Math.max(worst, Math.abs(y[i] - act.op().reference(x[i])));
            }
            Accuracy.record("abs_error", worst);
        }
    }

    /** RoPE on length / 128 positions of a 128-wide head; the sine variant only builds the tables. */
    @State(Scope.Thread)
    public static class RopeCase {
        @Param({"baseline", "table-linear-1024"})
        public String variant;

        @Param({"4096"})
        public int length;

        int seq;
        float[] x;
        float[] y;
        double[] exact;
        Rope.Tables tables;

        @Setup
        public void setUp() {
            seq = Math.max(1, length / HEAD_DIM);
            x = SeededArrays.gaussian(SeededArrays.SEED, seq * HEAD_DIM);
            y = new float[x.length];
            exact = Rope.reference(x, seq, HEAD_DIM, 10000);
            boolean exactTables = variant.equals("baseline") || variant.equals("exact");
            tables = exactTables ? Rope.exactTables(seq, HEAD_DIM, 10000)
                    : Rope.tables(seq, HEAD_DIM, 10000, (Sine) Approximations.find(Op.SIN, variant));
        }

        @TearDown(Level.Iteration)
        public void recordError() {
            double worst = 0;
            for (int i = 0; i < x.length; i++) {
                worst = Math.max(worst, Math.abs(y[i] - exact[i]));
            }
            Accuracy.record("abs_error", worst);
        }
    }

    @Benchmark
    public float[] exp(ExpCase c, Elements e) {
        e.elements += c.x.length;
        c.kernel.apply(c.x, 0, c.y, 0, c.x.length);
        return c.y;
    }

    @Benchmark
    public float[] rsqrt(RsqrtCase c, Elements e) {
        e.elements += c.x.length;
        c.kernel.apply(c.x, 0, c.y, 0, c.x.length);
        return c.y;
    }

    @Benchmark
    public float[] reciprocal(ReciprocalCase c, Elements e) {
        e.elements += c.x.length;
        if (c.scalar) {
            float[] x = c.x;
            float[] y = c.y;
            for (int i = 0; i < x.length; i++) {
                y[i] = 1f / x[i];
            }
        } else {
            c.kernel.apply(c.x, 0, c.y, 0, c.x.length);
        }
        return c.y;
    }

    @Benchmark
    public float[] softmax(SoftmaxCase c, Elements e) {
        e.elements += c.x.length;
        if (c.exp == null) {
            Softmax.rowsScalar(c.x, c.y, c.rows, SOFTMAX_COLS);
        } else {
            Softmax.rows(c.x, c.y, c.rows, SOFTMAX_COLS, c.exp);
        }
        return c.y;
    }

    @Benchmark
    public float[] norm(NormCase c, Elements e) {
        e.elements += c.x.length;
        float[] x = c.x;
        float[] y = c.y;
        switch (c.variant) {
            case "scalar" -> {
                for (int r = 0; r < c.rows; r++) {
                    LayerNorm.scalar(x, r * NORM_COLS, y, r * NORM_COLS, NORM_COLS, c.gamma, c.beta, EPS);
                }
            }
            case "newton1" -> {
                for (int r = 0; r < c.rows; r++) {
                    LayerNorm.apply(x, r * NORM_COLS, y, r * NORM_COLS, NORM_COLS, c.gamma, c.beta, EPS, Rsqrt.NEWTON1);
                }
            }
            case "haan", "rms-haan" -> {
                float[] beta = c.rms ? null : c.beta;
                for (int r = 0; r < c.rows; r++) {
                    c.haan.skippedRow(1, x, r * NORM_COLS, y, r * NORM_COLS, NORM_COLS, c.gamma, beta, c.previousIsd[r]);
                }
            }
            case "rms-exact" -> {
                for (int r = 0; r < c.rows; r++) {
                    LayerNorm.rms(x, r * NORM_COLS, y, r * NORM_COLS, NORM_COLS, c.gamma, EPS, Rsqrt.EXACT);
                }
            }
            default -> {
                for (int r = 0; r < c.rows; r++) {
                    LayerNorm.apply(x, r * NORM_COLS, y, r * NORM_COLS, NORM_COLS, c.gamma, c.beta, EPS, Rsqrt.EXACT);
                }
            }
        }
        return y;
    }

    @Benchmark
    public float[] activation(ActivationCase c, Elements e) {
        e.elements += c.x.length;
        c.act.apply(c.x, 0, c.y, 0, c.x.length);
        return c.y;
    }

    @Benchmark
    public float[] rope(RopeCase c, Elements e) {
        e.elements += c.x.length;
        Rope.apply(c.x, c.y, c.seq, HEAD_DIM, c.tables);
        return c.y;
    }
}
