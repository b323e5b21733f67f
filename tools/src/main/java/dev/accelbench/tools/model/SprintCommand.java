package dev.accelbench.tools.model;

import dev.accelbench.kernels.attention.PruningSummary;
import dev.accelbench.kernels.attention.workload.AttentionWorkload;
import dev.accelbench.kernels.attention.workload.RatePaper;
import dev.accelbench.models.attention.PaperWorkloads;
import dev.accelbench.models.sprint.PruningTrace;
import dev.accelbench.models.sprint.SprintConfig;
import dev.accelbench.models.sprint.SprintEnergyBreakdown;
import dev.accelbench.models.sprint.SprintMode;
import dev.accelbench.models.sprint.SprintModel;
import dev.accelbench.models.sprint.SprintResult;
import dev.accelbench.models.sprint.SprintWorkload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench model sprint}: S-, M- or L-SPRINT against the baseline of the same size on one
 * registry workload. By default the SPRINT kernel runs on the workload generator (Th calibrated to
 * SPRINT's rate) and the model replays its per-query in-memory pruning vectors through the memory
 * controller, the sample's heads scaled to the thesis' heads x layers; {@code --stats} takes the
 * summary (pruning rate, share of S fetched anew) from a file {@code accelbench attention
 * --stats-out} wrote; {@code --paper-stats} the thesis' own figures.
 */
@Command(name = "sprint", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Model SPRINT (thesis chapter 3, Table 3.1) against the same-size baseline without in-memory "
                + "pruning, its memory controller and padding reduction: on the SPRINT kernel's pruning vectors from "
                + "the workload generator (default), a stats file (--stats) or the thesis (--paper-stats).",
                "Workloads (the attention registry): memn2n, bert-b-glue, bert-l-glue, bert-b-squad, bert-l-squad, "
                        + "albert-xl-squad, albert-xxl-squad, gpt2-l-wikitext2, vit-b-cifar10, synth1, synth2 "
                        + "(memn2n and the GLUE rows were not studied by SPRINT: they run with LEOPARD's rate and a note)."})
public final class SprintCommand implements Callable<Integer> {

    @Option(names = "--preset", defaultValue = "m", paramLabel = "s|m|l",
            description = "size: s, m or l (default: ${DEFAULT-VALUE})")
    String preset;

    @Mixin
    StatisticsOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SprintConfig config;
        SprintWorkload row;
        SprintWorkload w;
        String source;
        Function<SprintConfig, SprintResult> model = null;
        List<String> notes = new ArrayList<>();
        try {
            config = SprintConfig.preset(preset);
            AttentionWorkload aw = options.checkedWorkload();
            PaperWorkloads.Resolved<SprintWorkload> resolved = PaperWorkloads.sprint(aw);
            row = resolved.workload();
            notes.addAll(resolved.notes());
            if (options.paperStats) {
                w = row;
                source = resolved.notes().isEmpty() ? "thesis section 3.6" : "stand-in for the thesis (see note)";
            } else if (options.stats != null) {
                StatsFile f = StatsFile.read(options.stats);
                f.checkWorkload(aw);
                if (f.sprintRate() >= 1) {
                    throw new IllegalArgumentException(options.stats + ": sprint.pruning_rate 1 leaves nothing to model");
                }
                w = new SprintWorkload(row.name(), f.seqLen(), f.headDim(), row.heads(), row.layers(),
                        1 - (double) f.validLength() / f.seqLen(), f.sprintRate(),
                        Double.isFinite(f.sprintNewFetch()) ? f.sprintNewFetch() : row.newFetchFraction(), row.tasks());
                source = options.stats + " (accelbench attention, SPRINT run summary)";
            } else {
                RatePaper p = PaperWorkloads.ratePaper(aw, RatePaper.SPRINT);
                KernelRun run = KernelRun.sprint(aw, p, options.heads, options.seed);
                PruningSummary sum = run.stats().summary();
                List<PruningTrace> traces = PaperWorkloads.sprintTraces(run.stats(), aw.seqLen(), aw.headDim());
                // The sample's heads stand for the model's heads x layers: every total scales alike.
                double scale = (double) row.headCount() / traces.size();
                w = new SprintWorkload(row.name(), aw.seqLen(), aw.headDim(), row.heads(), row.layers(), aw.padding(),
                        sum.pruningRate(), Double.isFinite(sum.requestsPerPairFractionOfS())
                                ? sum.requestsPerPairFractionOfS() : row.newFetchFraction(), row.tasks());
                String name = row.name();
                model = c -> SprintModel.run(c, name, traces).times(scale);
                source = run.describe("SPRINT", options.seed) + ", per-query pruning vectors replayed";
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (model == null) {
            SprintWorkload summary = w;
            model = c -> SprintModel.run(c, summary);
        }
        return report(config, w, row, model, source, notes);
    }

    private int report(SprintConfig config, SprintWorkload w, SprintWorkload row,
            Function<SprintConfig, SprintResult> model, String source, List<String> notes) throws Exception {
        SprintResult r = model.apply(config);
        SprintResult b = model.apply(config.baseline());
        SprintResult sBase = model.apply(SprintConfig.preset("s").baseline());
        SprintResult pad = model.apply(config.withMode(SprintMode.PADDING_REDUCTION));
        ModelReport report = new ModelReport("SPRINT " + config.name() + " on " + w.name(), config.name(), b.config().name())
                .header("workload", w.name())
                .header("statistics", String.format(Locale.ROOT,
                        "S=%d d=%d heads=%d layers=%d padding=%.1f%% pruning=%.1f%% new-fetch=%.1f%% of S (%s)",
                        w.seqLen(), w.headDim(), w.heads(), w.layers(), 100 * w.paddingFraction(), 100 * w.pruningRate(),
                        100 * w.newFetchFraction(), source))
                .row("cycles", "cycles", r.cycles(), b.cycles())
                .row("time", "us", r.seconds() * 1e6, b.seconds() * 1e6)
                .row("compute_utilization", "fraction", r.computeUtilization(), b.computeUtilization())
                .row("main_memory_read", "MB", r.mainReadBytes() / 1e6, b.mainReadBytes() / 1e6)
                .row("data_movement_vs_s_baseline", "%", 100 * r.mainReadBytes() / sBase.mainReadBytes(),
                        100 * b.mainReadBytes() / sBase.mainReadBytes())
                .row("data_movement_padding_only_vs_s_baseline", "%", 100 * pad.mainReadBytes() / sBase.mainReadBytes(),
                        Double.NaN);
        SprintEnergyBreakdown e = r.energy();
        SprintEnergyBreakdown eb = b.energy();
        report.row("energy_main_read", "uJ", e.mainReadPj() * 1e-6, eb.mainReadPj() * 1e-6)
                .row("energy_main_write", "uJ", e.mainWritePj() * 1e-6, eb.mainWritePj() * 1e-6)
                .row("energy_in_memory_pruning", "uJ", e.inMemoryPruningPj() * 1e-6, eb.inMemoryPruningPj() * 1e-6)
                .row("energy_on_chip_read", "uJ", e.onChipReadPj() * 1e-6, eb.onChipReadPj() * 1e-6)
                .row("energy_on_chip_write", "uJ", e.onChipWritePj() * 1e-6, eb.onChipWritePj() * 1e-6)
                .row("energy_qk_pu", "uJ", e.qkPj() * 1e-6, eb.qkPj() * 1e-6)
                .row("energy_v_pu", "uJ", e.vPj() * 1e-6, eb.vPj() * 1e-6)
                .row("energy_softmax", "uJ", e.softmaxPj() * 1e-6, eb.softmaxPj() * 1e-6)
                .row("energy_total", "uJ", e.totalPj() * 1e-6, eb.totalPj() * 1e-6)
                .row("area", "mm2", config.areaMm2(), Double.NaN)
                .row("throughput", "GOPs/s", r.gopsPerS(), b.gopsPerS())
                .row("energy_efficiency", "GOPs/J", r.gopsPerJ(), b.gopsPerJ())
                .row("area_efficiency", "GOPs/s/mm2", r.gopsPerSPerMm2(), Double.NaN)
                .row("edp", "J*s", r.edp(), b.edp())
                .ratio("speedup", r.speedupOver(b))
                .ratio("energy reduction", r.energyReductionOver(b));
        if (w != row) {
            SprintResult tr = SprintModel.run(config, row);
            SprintResult tb = SprintModel.run(config.baseline(), row);
            report.ratio("speedup with the thesis' statistics", tr.speedupOver(tb))
                    .ratio("energy reduction with the thesis' statistics", tr.energyReductionOver(tb));
        }
        report.paper("average speedup S/M/L", "7.5x / 7.4x / 7.1x")
                .paper("average energy reduction S/M/L", "19.6x / 16.8x / 12.0x")
                .paper("data movement with pruning / padding only, S/M/L", "2.6/1.3/0.9% / 30.0/13.3/2.6%")
                .paper("M-SPRINT (Tables 3.2/3.3)", "1816.2 GOPs/s, 257.5 GOPs/J, 1003.6 (Table 3.2) or 973.5 GOPs/s/mm2");
        notes.forEach(report::note);
        report.note("statistics: " + source);
        report.note("ops are 4 S'^2 d per head over the unpadded tokens; area known for S and M only");
        report.print(options.format, spec.commandLine().getOut());
        return 0;
    }
}
