package dev.accelbench.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accelbench.kernels.approx.Approximations;
import dev.accelbench.kernels.approx.Op;
import dev.accelbench.kernels.approx.UnaryApprox;
import dev.accelbench.tools.accuracy.ErrorChart;
import dev.accelbench.tools.accuracy.ErrorSweep;
import dev.accelbench.tools.accuracy.SweepResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench accuracy}: error of the approximation variants of one operation against the
 * float64 reference, over sampled or all float32 inputs of a range, as a table, CSV or JSON, with
 * an optional error-vs-input SVG chart.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = {"Error of approximate exp, reciprocal, rsqrt, gelu, silu and sin variants against float64: "
                + "max/mean/RMS absolute and relative error and ULP error percentiles (HdrHistogram).",
                "Inputs are float32 values of the range drawn uniformly (every representable value equally likely; "
                        + "--samples, seeded) or all of them (--exhaustive, on all cores)."})
final class AccuracyCommand implements Callable<Integer> {

    enum Format { TABLE, CSV, JSON }

    /** Sweeps of more inputs than this report progress on standard error. */
    static final long PROGRESS_ABOVE = 20_000_000L;

    @Option(names = "--op", required = true, paramLabel = "OP",
            description = "operation: exp, reciprocal, rsqrt, gelu, silu, sin")
    String op;

    @Option(names = "--variants", split = ",", paramLabel = "NAME",
            description = "comma-separated variant names (default: all listed variants of the operation)")
    List<String> variants;

    @Option(names = "--range", paramLabel = "LO:HI",
            description = "input range, e.g. -87:88 or 1e-6:1e6 (default: the operation's usual range)")
    String range;

    @Option(names = "--samples", paramLabel = "N", description = "random inputs (default: 1000000)")
    Long samples;

    @Option(names = "--exhaustive", description = "every float32 in the range instead of samples")
    boolean exhaustive;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "seed of the samples (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all processors)")
    Integer threads;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "output format (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--plot", paramLabel = "FILE.svg", description = "also write an error-vs-input chart (SVG)")
    Path plot;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Op operation;
        List<UnaryApprox> chosen = new ArrayList<>();
        try {
            operation = Approximations.op(op);
            if (variants == null || variants.isEmpty()) {
                chosen.addAll(Approximations.variants(operation));
            } else {
                for (String name : variants) {
                    chosen.add(Approximations.find(operation, name));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        double[] bounds = parseRange(operation);
        if (exhaustive && samples != null) {
            throw new ParameterException(spec.commandLine(), "--samples and --exhaustive exclude each other");
        }
        long n = samples == null ? 1_000_000L : samples;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--samples must be at least 1, got " + n);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + workers);
        }
        if (plot != null) {
            Path parent = plot.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new ParameterException(spec.commandLine(), "--plot: directory " + parent + " does not exist");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        float lo = (float) bounds[0];
        float hi = (float) bounds[1];
        for (UnaryApprox v : chosen) {
            if (lo < v.lo() || hi > v.hi()) {
                err.printf(Locale.ROOT, "note: %s's bound holds on [%s, %s]; outside it: %s%n", v.key(), (float) v.lo(),
                        (float) v.hi(), v.outside());
            }
        }
        ErrorSweep sweep = new ErrorSweep(operation, chosen, lo, hi, workers, plot != null ? 400 : 0);
        long total = exhaustive ? sweep.floatsInRange() : n;
        LongConsumer progress = progress(err, total);
        long started = System.nanoTime();
        List<SweepResult> results = exhaustive ? sweep.exhaustive(progress) : sweep.sampled(n, seed, progress);
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(json(operation, lo, hi, total, results, seconds));
            case CSV -> csv(results, out);
            case TABLE -> table(operation, lo, hi, total, results, out);
        }
        out.flush();
        if (plot != null) {
            ErrorChart.write(plot, operation.label(), lo, hi, results);
            err.println("chart written to " + plot);
        }
        err.flush();
        return 0;
    }

    private double[] parseRange(Op operation) {
        if (range == null) {
            return new double[] {operation.defaultLo(), operation.defaultHi()};
        }
        String[] parts = range.split(":", -1);
        if (parts.length != 2) {
            throw new ParameterException(spec.commandLine(), "--range must be LO:HI, e.g. -87:88, got '" + range + "'");
        }
        double lo;
        double hi;
        try {
            lo = Double.parseDouble(parts[0].trim());
            hi = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--range must be LO:HI with two numbers, got '" + range + "'");
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || Math.abs(lo) > Float.MAX_VALUE || Math.abs(hi) > Float.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(), "--range needs finite float32 ends, got '" + range + "'");
        }
        if (!(lo < hi)) {
            throw new ParameterException(spec.commandLine(), "--range needs LO < HI, got '" + range + "'");
        }
        return new double[] {lo, hi};
    }

    private static LongConsumer progress(PrintWriter err, long total) {
        if (total <= PROGRESS_ABOVE) {
            return done -> { };
        }
        long started = System.nanoTime();
        return done -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            double left = done > 0 ? (total - done) / rate : Double.NaN;
            err.printf(Locale.ROOT, "\r%5.1f%%  %,d of %,d inputs  %.0f s elapsed, about %.0f s left   ",
                    100.0 * done / total, done, total, seconds, left);
            if (done >= total) {
                err.println();
            }
            err.flush();
        };
    }

    private static void table(Op op, float lo, float hi, long total, List<SweepResult> results, PrintWriter out) {
        out.printf(Locale.ROOT, "%s on [%s, %s], %,d inputs; errors against float64; ulp = |y - ref| / ulp(ref) rounded%n",
                op.label(), lo, hi, total);
        int w = Math.max(7, results.stream().mapToInt(r -> r.variant().length()).max().orElse(7));
        out.printf(Locale.ROOT, "%-" + w + "s  %10s  %10s  %10s  %10s  %10s  %10s  %8s  %8s  %8s  %10s  %14s%n", "variant",
                "max abs", "mean abs", "rms abs", "max rel", "mean rel", "rms rel", "ulp p50", "ulp p99", "ulp p99.9",
                "ulp max", "claimed bound");
        for (SweepResult r : results) {
            out.printf(Locale.ROOT, "%-" + w + "s  %10.3e  %10.3e  %10.3e  %10.3e  %10.3e  %10.3e  %8d  %8d  %8d  %10d  %14s%n",
                    r.variant(), r.maxAbs(), r.meanAbs(), r.rmsAbs(), r.maxRel(), r.meanRel(), r.rmsRel(), r.ulpP50(),
                    r.ulpP99(), r.ulpP999(), r.ulpMax(), r.boundKind() + " " + String.format(Locale.ROOT, "%.2e", r.bound()));
            if (r.nonFinite() > 0) {
                out.printf(Locale.ROOT, "%-" + w + "s  %,d inputs where the variant or the reference is not finite and they differ%n",
                        "", r.nonFinite());
            }
        }
    }

    private static void csv(List<SweepResult> results, PrintWriter out) {
        out.println("variant,samples,non_finite,max_abs,mean_abs,rms_abs,max_rel,mean_rel,rms_rel,max_rel_at,"
                + "ulp_p50,ulp_p99,ulp_p999,ulp_max,bound_kind,bound");
        for (SweepResult r : results) {
            out.printf(Locale.ROOT, "%s,%d,%d,%.6e,%.6e,%.6e,%.6e,%.6e,%.6e,%s,%d,%d,%d,%d,%s,%.6e%n", r.variant(), r.samples(),
                    r.nonFinite(), r.maxAbs(), r.meanAbs(), r.rmsAbs(), r.maxRel(), r.meanRel(), r.rmsRel(), r.maxRelAt(),
                    r.ulpP50(), r.ulpP99(), r.ulpP999(), r.ulpMax(), r.boundKind(), r.bound());
        }
    }

    private String json(Op op, float lo, float hi, long total, List<SweepResult> results, double seconds) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("op", op.label());
        doc.put("lo", lo);
        doc.put("hi", hi);
        doc.put("mode", exhaustive ? "exhaustive" : "sampled");
        doc.put("inputs", total);
        if (!exhaustive) {
            doc.put("seed", seed);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SweepResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("variant", r.variant());
            row.put("description", r.description());
            row.put("samples", r.samples());
            row.put("non_finite", r.nonFinite());
            row.put("max_abs", r.maxAbs());
            row.put("mean_abs", r.meanAbs());
            row.put("rms_abs", r.rmsAbs());
            row.put("max_rel", r.maxRel());
            row.put("mean_rel", r.meanRel());
            row.put("rms_rel", r.rmsRel());
            row.put("max_rel_at", Float.isFinite(r.maxRelAt()) ? r.maxRelAt() : null);
            Map<String, Object> ulps = new LinkedHashMap<>();
            ulps.put("p50", r.ulpP50());
            ulps.put("p99", r.ulpP99());
            ulps.put("p99.9", r.ulpP999());
            ulps.put("max", r.ulpMax());
            row.put("ulp", ulps);
            row.put("bound", Map.of("kind", r.boundKind(), "value", r.bound()));
            rows.add(row);
        }
        doc.put("results", rows);
        doc.put("seconds", seconds);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
    }
}
