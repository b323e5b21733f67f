package dev.accelbench.bench.launcher;

import dev.accelbench.bench.approx.ApproxBenchmark;
import dev.accelbench.bench.attention.AttentionBenchmark;
import dev.accelbench.bench.blas.AxpyBenchmark;
import dev.accelbench.bench.control.ControlBenchmark;
import dev.accelbench.bench.blas.DotBenchmark;
import dev.accelbench.bench.gemm.BlockGemmBenchmark;
import dev.accelbench.bench.gemm.MacEmulationBenchmark;
import dev.accelbench.bench.gemm.SgemmBenchmark;
import dev.accelbench.bench.models.SystolicModelBenchmark;
import dev.accelbench.bench.numeric.BlockQuantizeBenchmark;
import dev.accelbench.bench.numeric.FakeQuantizeBenchmark;
import dev.accelbench.bench.numeric.QuantizeBenchmark;
import dev.accelbench.bench.transpose.ByteTransposeBenchmark;
import dev.accelbench.bench.transpose.TransposeBenchmark;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What {@code --quick} runs: one representative point per kernel family, each benchmark class of
 * the family at a single parameter combination, with one short warm-up and measurement iteration
 * (unless the user set those), in a single JMH run.
 *
 * <p>JMH's {@code -p} overrides apply by parameter name to every benchmark, so two points may name
 * the same parameter only with the same value; a test checks that, and that every benchmark class
 * has a point, so a new family cannot be forgotten.
 */
final class QuickSuite {

    /** Iterations and their length in quick mode, unless the user gave {@code -wi/-w/-i/-r}. */
    static final int ITERATIONS = 1;
    static final int ITERATION_SECONDS = 1;

    /**
     * One benchmark class at one parameter combination.
     *
     * @param family    the kernel family, for the listing
     * @param benchmark the benchmark class
     * @param params    a value for every {@code @Param} of the class
     */
    record Point(String family, Class<?> benchmark, Map<String, String> params) {

        /** JMH include pattern for every method of the class. */
        String include() {
            return "^" + Pattern.quote(benchmark.getName() + ".");
        }

    }

    static final List<Point> POINTS = List.of(
            new Point("level-1 BLAS", DotBenchmark.class, Map.of("n", "4096")),
            new Point("level-1 BLAS", AxpyBenchmark.class, Map.of("n", "4096")),
            new Point("number formats", FakeQuantizeBenchmark.class, Map.of("to", "e4m3", "arrayBytes", "16777216")),
            new Point("number formats", QuantizeBenchmark.class, Map.of("to", "e4m3", "arrayBytes", "16777216")),
            new Point("GEMM", SgemmBenchmark.class, Map.of("shape", "512x768x768", "threads", "1")),
            new Point("block GEMM", BlockGemmBenchmark.class, Map.of("blockShape", "1x4096x4096")),
            new Point("MAC emulation", MacEmulationBenchmark.class, Map.of("mac", "e5m2-cfg5+e6m5", "macSize", "128")),
            new Point("block formats", BlockQuantizeBenchmark.class, Map.of("format", "mxfp8-e4m3", "inputBytes", "65536")),
            new Point("transposition", TransposeBenchmark.class, Map.of("matrix", "4096x1024", "threads", "1")),
            new Point("transposition", ByteTransposeBenchmark.class, Map.of("byteMatrix", "4096x4096")),
            new Point("hardware models", SystolicModelBenchmark.class, Map.of()),
            new Point("approximate ops", ApproxBenchmark.class, Map.of("variant", "baseline", "length", "4096")),
            new Point("attention", AttentionBenchmark.class, Map.of("attentionWorkload", "bert-b-glue",
                    "attentionBitsPerStep", "2")),
            new Point("control", ControlBenchmark.class, Map.of()));

    private QuickSuite() {
    }

    /**
     * The quick run's options on top of the user's. Without user includes, the points' classes are
     * included. With them, the user's includes stand (JMH adds a child's includes to its parent's,
     * it cannot replace them) and an exclude removes every benchmark outside the points.
     */
    static Options options(Options user) {
        ChainedOptionsBuilder quick = new OptionsBuilder().parent(user);
        if (user.getIncludes().isEmpty()) {
            POINTS.forEach(point -> quick.include(point.include()));
        } else {
            quick.exclude("^(?!" + String.join("|", POINTS.stream().map(Point::include)
                    .map(include -> include.substring(1)).toList()) + ")");
        }
        Map<String, String> params = new TreeMap<>();
        POINTS.forEach(point -> params.putAll(point.params()));
        params.forEach((name, value) -> {
            if (!user.getParameter(name).hasValue()) {
                quick.param(name, value);
            }
        });
        if (!user.getWarmupIterations().hasValue()) {
            quick.warmupIterations(ITERATIONS);
        }
        if (!user.getWarmupTime().hasValue()) {
            quick.warmupTime(TimeValue.seconds(ITERATION_SECONDS));
        }
        if (!user.getMeasurementIterations().hasValue()) {
            quick.measurementIterations(ITERATIONS);
        }
        if (!user.getMeasurementTime().hasValue()) {
            quick.measurementTime(TimeValue.seconds(ITERATION_SECONDS));
        }
        return quick.build();
    }
}
