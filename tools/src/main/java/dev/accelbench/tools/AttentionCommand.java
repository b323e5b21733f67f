package dev.accelbench.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accelbench.kernels.attention.BitSerialAttention;
import dev.accelbench.kernels.attention.BitSerialFormat;
import dev.accelbench.kernels.attention.PruningStats;
import dev.accelbench.kernels.attention.PruningSummary;
import dev.accelbench.kernels.attention.SprintAttention;
import dev.accelbench.kernels.attention.SprintConfig;
import dev.accelbench.kernels.attention.ThresholdCalibration;
import dev.accelbench.kernels.attention.workload.AttentionInputs;
import dev.accelbench.kernels.attention.workload.AttentionWorkload;
import dev.accelbench.kernels.attention.workload.NpyInputs;
import dev.accelbench.kernels.attention.workload.RatePaper;
import dev.accelbench.kernels.attention.workload.WorkloadGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench attention}: runs LEOPARD's bit-serial pruning and SPRINT's approximate
 * thresholding on a workload (generated from the registry, or Q/K/V from .npy files) and prints
 * their statistics, or writes them as JSON (schema {@value #SCHEMA}, documented in the README) for
 * the accelerator models. The threshold is given, or calibrated for a target pruning rate on the
 * generator's calibration seed (on the data itself for .npy input), by default for the rate the
 * thesis reports.
 */
@Command(name = "attention", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Pruned attention statistics of a workload: pruning rate, bits processed per score (LEOPARD "
                + "bit-serial early termination), cumulative pruning by bits (Figure 2.9), adjacent-query memory "
                + "requests and reuse against random pruning (SPRINT equations 3.1, 3.4, 3.5), SPRINT's false prunes.",
                "Workloads: " + "memn2n, bert-b-glue, bert-l-glue, bert-b-squad, bert-l-squad, albert-xl-squad, "
                        + "albert-xxl-squad, gpt2-l-wikitext2, vit-b-cifar10, synth1, synth2."})
final class AttentionCommand implements Callable<Integer> {

    static final String SCHEMA = "accelbench-attention-stats/1";

    enum Format { TABLE, JSON }

    @Option(names = "--workload", paramLabel = "NAME", description = "registered workload (required unless --q/--k/--v)")
    String workload;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "generator seed (default: ${DEFAULT-VALUE}; thresholds are calibrated on seed 0)")
    long seed;

    static final class ThresholdChoice {
        @Option(names = "--threshold", paramLabel = "TH", description = "pruning threshold on Q.K/sqrt(d)")
        Float threshold;

        @Option(names = "--target-rate", paramLabel = "R", description = "calibrate Th for this pruning rate (0..1)")
        Double targetRate;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ThresholdChoice choice;

    @Option(names = "--paper", paramLabel = "leopard|sprint",
            description = "whose reported rate to calibrate for when neither --threshold nor --target-rate is given "
                    + "(default: LEOPARD's where it has one)")
    RatePaper paper;

    @Option(names = "--bits-per-step", defaultValue = "2", paramLabel = "B",
            description = "LEOPARD bit-serial step B, a divisor of 12 (the thesis explores 1, 2, 4, 12; default: ${DEFAULT-VALUE})")
    int bitsPerStep;

    @Option(names = "--sprint-msb-bits", defaultValue = "4", paramLabel = "N",
            description = "SPRINT magnitude MSBs in memory (default: ${DEFAULT-VALUE})")
    int msbBits;

    @Option(names = "--sprint-output-bits", defaultValue = "5", paramLabel = "b",
            description = "SPRINT in-memory output bits (default: ${DEFAULT-VALUE})")
    int outputBits;

    @Option(names = "--sprint-margin", defaultValue = "0", paramLabel = "M",
            description = "SPRINT safety margin: prune in memory below Th - M (default: ${DEFAULT-VALUE})")
    float margin;

    @Option(names = "--heads", paramLabel = "N", description = "heads to generate (default: the workload's sample size)")
    Integer heads;

    @Option(names = "--q", paramLabel = "FILE.npy", description = "queries, (S, d) or (H, S, d) float32/float16")
    Path qFile;

    @Option(names = "--k", paramLabel = "FILE.npy", description = "keys, same shape")
    Path kFile;

    @Option(names = "--v", paramLabel = "FILE.npy", description = "values, same shape")
    Path vFile;

    @Option(names = "--causal", description = "with .npy input: causal mask")
    boolean causal;

    @Option(names = "--valid-length", paramLabel = "N", description = "with .npy input: positions >= N are padding")
    Integer validLength;

    @Option(names = "--stats-out", paramLabel = "FILE", description = "also write the statistics as JSON to FILE")
    Path statsOut;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "output: table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Run run;
        try {
            run = compute();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Map<String, Object> document = document(run);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
        if (statsOut != null) {
            try {
                AtomicFiles.write(statsOut, json + System.lineSeparator());
            } catch (IOException e) {
                spec.commandLine().getErr().println("accelbench attention: cannot write " + statsOut + ": "
                        + e.getMessage());
                spec.commandLine().getErr().flush();
                return 2;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(json);
        } else {
            table(run, out);
        }
        out.flush();
        return 0;
    }

    /** The inputs, threshold and both kernels' statistics. */
    record Run(AttentionWorkload workload, AttentionInputs inputs, float threshold, Double targetRate, RatePaper paper,
            BitSerialFormat format, SprintConfig sprint, PruningSummary leopard, PruningSummary sprintStats) {
    }

    private Run compute() {
        boolean npy = qFile != null || kFile != null || vFile != null;
        if (npy && (qFile == null || kFile == null || vFile == null)) {
            throw new IllegalArgumentException("--q, --k and --v go together");
        }
        if (!npy && workload == null) {
            throw new IllegalArgumentException("give --workload NAME (one of " + AttentionWorkload.names()
                    + ") or --q/--k/--v files");
        }
        if (heads != null && heads < 1) {
            throw new IllegalArgumentException("--heads must be at least 1, got " + heads);
        }
        AttentionWorkload w = workload == null ? null : AttentionWorkload.byName(workload);
        AttentionInputs in;
        if (npy) {
            in = NpyInputs.read(qFile, kFile, vFile, causal || (w != null && w.causal()),
                    validLength != null ? validLength : -1);
        } else {
            in = heads == null ? WorkloadGenerator.generate(w, seed) : WorkloadGenerator.generate(w, heads, seed);
        }
        Double target = choice == null ? null : choice.targetRate;
        RatePaper usedPaper = null;
        float th;
        if (choice != null && choice.threshold != null) {
            th = choice.threshold;
            if (!Float.isFinite(th)) {
                throw new IllegalArgumentException("--threshold must be a finite number, got " + th);
            }
        } else {
            if (target == null) {
                if (w == null) {
                    throw new IllegalArgumentException("with .npy input give --threshold or --target-rate "
                            + "(or --workload for its reported rate)");
                }
                usedPaper = paper != null ? paper : w.defaultPaper();
                target = w.rate(usedPaper);
            }
            if (!(target >= 0 && target <= 1)) {
                throw new IllegalArgumentException("--target-rate must be in [0, 1], got " + target);
            }
            th = npy ? ThresholdCalibration.forRate(in.q(), in.k(), in.shape(), in.mask(), target)
                    : WorkloadGenerator.calibratedThreshold(w, target);
        }
        BitSerialFormat format = BitSerialFormat.leopard(bitsPerStep);
        SprintConfig sprint = new SprintConfig(msbBits, outputBits, margin, true);
        float[] out = new float[in.shape().elements()];
        PruningStats leopard = new PruningStats(format.keyBits());
        BitSerialAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), th,
                new BitSerialAttention.Workspace(in.shape(), format), leopard);
        PruningStats sprintStats = new PruningStats(format.keyBits());
        SprintAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), th, sprint,
                new SprintAttention.Workspace(in.shape()), sprintStats);
        return new Run(w, in, th, target, usedPaper, format, sprint, leopard.summary(), sprintStats.summary());
    }

    private Map<String, Object> document(Run run) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        Map<String, Object> wl = new LinkedHashMap<>();
        AttentionWorkload w = run.workload;
        wl.put("name", w == null ? null : w.id());
        wl.put("label", w == null ? null : w.label());
        wl.put("heads", run.inputs.shape().heads());
        wl.put("seq_len", run.inputs.shape().seqLen());
        wl.put("head_dim", run.inputs.shape().headDim());
        wl.put("valid_length", run.inputs.mask().validLength());
        wl.put("causal", run.inputs.mask().causal());
        wl.put("padding", w == null ? null : w.padding());
        wl.put("leopard_rate", w == null || w.leopardRate().isEmpty() ? null : w.leopardRate().getAsDouble());
        wl.put("sprint_rate", w == null || w.sprintRate().isEmpty() ? null : w.sprintRate().getAsDouble());
        wl.put("leopard_bits_per_pruned_score", w == null || w.leopardBitsPerPrunedScore().isEmpty() ? null
                : w.leopardBitsPerPrunedScore().getAsDouble());
        doc.put("workload", wl);
        Map<String, Object> source = new LinkedHashMap<>();
        if (qFile != null) {
            source.put("q", qFile.toString());
            source.put("k", kFile.toString());
            source.put("v", vFile.toString());
        } else {
            source.put("generator_seed", seed);
            source.put("calibration_seed", WorkloadGenerator.CALIBRATION_SEED);
        }
        doc.put("source", source);
        doc.put("threshold", (double) run.threshold);
        doc.put("target_rate", run.targetRate);
        doc.put("rate_paper", run.paper == null ? null : run.paper.name().toLowerCase(Locale.ROOT));
        Map<String, Object> leopard = new LinkedHashMap<>();
        leopard.put("key_bits", run.format.keyBits());
        leopard.put("query_bits", BitSerialFormat.QUERY_BITS);
        leopard.put("bits_per_step", run.format.bitsPerStep());
        leopard.putAll(stats(run.leopard, true));
        doc.put("leopard", leopard);
        Map<String, Object> sprint = new LinkedHashMap<>();
        sprint.put("msb_bits", run.sprint.msbBits());
        sprint.put("output_bits", run.sprint.outputBits());
        sprint.put("margin", (double) run.sprint.margin());
        sprint.putAll(stats(run.sprintStats, false));
        sprint.put("false_prunes", run.sprintStats.falsePrunes());
        sprint.put("false_keeps", run.sprintStats.falseKeeps());
        sprint.put("false_prune_rate", run.sprintStats.scores() == 0 ? null
                : (double) run.sprintStats.falsePrunes() / run.sprintStats.scores());
        sprint.put("exact_pruning_rate", run.sprintStats.scores() == 0 ? null
                : (double) (run.sprintStats.pruned() - run.sprintStats.falsePrunes() + run.sprintStats.falseKeeps())
                        / run.sprintStats.scores());
        doc.put("sprint", sprint);
        return doc;
    }

    private static Map<String, Object> stats(PruningSummary s, boolean bits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scores", s.scores());
        m.put("pruned", s.pruned());
        m.put("pruning_rate", num(s.pruningRate()));
        if (bits) {
            m.put("avg_bits_pruned", num(s.avgBitsPruned()));
            m.put("avg_bits_all", num(s.avgBitsAll()));
            m.put("pruned_by_bits", s.prunedByBits());
            m.put("kept_by_bits", s.keptByBits());
            double[] cumulative = s.cumulativePruningRate();
            Double[] boxed = new Double[cumulative.length];
            for (int b = 0; b < cumulative.length; b++) {
                boxed[b] = num(cumulative[b]);
            }
            m.put("cumulative_pruning_rate_by_bits", boxed);
        }
        Map<String, Object> adj = new LinkedHashMap<>();
        adj.put("pairs", s.adjacentPairs());
        adj.put("requests", s.requests());
        adj.put("reuse", s.reuse());
        adj.put("expected_random_overlap", num(s.expectedOverlap()));
        adj.put("reuse_ratio", num(s.reuseRatio()));
        adj.put("requests_per_query_fraction_of_s", num(s.requestsPerPairFractionOfS()));
        adj.put("random_requests_per_query_fraction_of_s", num(s.randomRequestsPerPairFractionOfS()));
        adj.put("first_query_fetches", s.firstFetches());
        m.put("adjacent_queries", adj);
        m.put("kept_per_query", s.keptPerQuery());
        m.put("requests_per_query", s.requestsPerQuery());
        return m;
    }

    private static Double num(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private void table(Run run, PrintWriter out) {
        AttentionWorkload w = run.workload;
        var shape = run.inputs.shape();
        out.printf(Locale.ROOT, "%s: %d heads x S %d x d %d, %d valid positions%s%n",
                w == null ? "npy input" : w.id() + " (" + w.label() + ")", shape.heads(), shape.seqLen(),
                shape.headDim(), run.inputs.mask().validLength(), run.inputs.mask().causal() ? ", causal" : "");
        out.printf(Locale.ROOT, "threshold %.6f%s%n", run.threshold, run.targetRate == null ? ""
                : String.format(Locale.ROOT, " (calibrated for %.1f%%%s)", 100 * run.targetRate,
                        run.paper == null ? "" : ", " + run.paper.name().toLowerCase(Locale.ROOT) + "'s rate"));
        PruningSummary l = run.leopard;
        out.printf(Locale.ROOT, "%nLEOPARD, %d-bit keys, B = %d bits per step%n", run.format.keyBits(),
                run.format.bitsPerStep());
        out.printf(Locale.ROOT, "  pruning rate            %7.2f%%  (%d of %d scores)%n", 100 * l.pruningRate(), l.pruned(),
                l.scores());
        if (w != null && w.leopardRate().isPresent()) {
            out.printf(Locale.ROOT, "  thesis                  %7.2f%%, %.1f bits per pruned score%n",
                    100 * w.leopardRate().getAsDouble(), w.leopardBitsPerPrunedScore().orElse(Double.NaN));
        }
        out.printf(Locale.ROOT, "  bits per pruned score   %7.2f   (all scores %.2f)%n", l.avgBitsPruned(), l.avgBitsAll());
        out.print("  cumulative pruning rate by bits processed:");
        for (int b = run.format.bitsPerStep(); b <= run.format.keyBits(); b += run.format.bitsPerStep()) {
            out.printf(Locale.ROOT, " %d:%.1f%%", b, 100 * l.cumulativePruningRate()[b]);
        }
        out.println();
        adjacency(l, out);
        PruningSummary s = run.sprintStats;
        out.printf(Locale.ROOT, "%nSPRINT, %d MSBs in memory, %d-bit output, margin %s%n", run.sprint.msbBits(),
                run.sprint.outputBits(), run.sprint.margin());
        out.printf(Locale.ROOT, "  in-memory pruning rate  %7.2f%%%s%n", 100 * s.pruningRate(),
                w != null && w.sprintRate().isPresent()
                        ? String.format(Locale.ROOT, "  (thesis %.1f%%)", 100 * w.sprintRate().getAsDouble()) : "");
        out.printf(Locale.ROOT, "  false prunes            %7.2f%% of scores (%d); false keeps %d (pruned after "
                + "recomputation)%n", 100.0 * s.falsePrunes() / Math.max(1, s.scores()), s.falsePrunes(), s.falseKeeps());
        adjacency(s, out);
    }

    private static void adjacency(PruningSummary s, PrintWriter out) {
        out.printf(Locale.ROOT, "  adjacent queries: fetched anew %.2f%% of S per query (random pruning %.2f%%), "
                + "reuse %.2fx random (eq. 3.1)%n", 100 * s.requestsPerPairFractionOfS(),
                100 * s.randomRequestsPerPairFractionOfS(), s.reuseRatio());
    }
}
