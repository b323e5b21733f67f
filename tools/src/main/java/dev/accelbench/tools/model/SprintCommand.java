package dev.accelbench.tools.model;

import dev.accelbench.models.leopard.LeopardWorkload;
import dev.accelbench.models.leopard.LeopardWorkloads;
import dev.accelbench.models.sprint.SprintConfig;
import dev.accelbench.models.sprint.SprintEnergyBreakdown;
import dev.accelbench.models.sprint.SprintMode;
import dev.accelbench.models.sprint.SprintModel;
import dev.accelbench.models.sprint.SprintResult;
import dev.accelbench.models.sprint.SprintWorkload;
import dev.accelbench.models.sprint.SprintWorkloads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench model sprint}: S-, M- or L-SPRINT against the baseline of the same size on one
 * workload's summary statistics, the thesis' own unless {@code --stats} overrides them.
 */
@Command(name = "sprint", mixinStandardHelpOptions = true,
        description = {"Model SPRINT (thesis chapter 3, Table 3.1) against the same-size baseline without in-memory "
                + "pruning, its memory controller and padding reduction.",
                "Workloads (the thesis' statistics): bert-b, bert-l, albert-x-l, albert-xx-l (SQuAD), vit-b, gpt2-l, "
                        + "synth1, synth2; memn2n runs with LEOPARD's statistics and a note."})
public final class SprintCommand implements Callable<Integer> {

    @Option(names = "--preset", defaultValue = "m", paramLabel = "s|m|l",
            description = "size: s, m or l (default: ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--workload", required = true, paramLabel = "NAME", description = "workload name (see above)")
    String workload;

    @Option(names = "--stats", paramLabel = "FILE",
            description = "JSON object overriding the statistics: seq_len, head_dim, heads, layers, pruning_rate, "
                    + "padding_fraction, new_fetch_fraction")
    Path stats;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "output (default: ${DEFAULT-VALUE})")
    ModelReport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SprintConfig config;
        SprintWorkload w;
        StatsFile file = null;
        List<String> notes = new ArrayList<>();
        try {
            config = SprintConfig.preset(preset);
            w = lookup(workload, notes);
            if (stats != null) {
                file = StatsFile.read(stats);
                w = new SprintWorkload(w.name(), file.getInt("seq_len", w.seqLen()), file.getInt("head_dim", w.headDim()),
                        file.getInt("heads", w.heads()), file.getInt("layers", w.layers()),
                        file.get("padding_fraction", w.paddingFraction()), file.get("pruning_rate", w.pruningRate()),
                        file.get("new_fetch_fraction", w.newFetchFraction()), w.tasks());
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        SprintResult r = SprintModel.run(config, w);
        SprintResult b = SprintModel.run(config.baseline(), w);
        SprintResult sBase = SprintModel.run(SprintConfig.preset("s").baseline(), w);
        SprintResult pad = SprintModel.run(config.withMode(SprintMode.PADDING_REDUCTION), w);
        ModelReport report = new ModelReport("SPRINT " + config.name() + " on " + w.name(), config.name(), b.config().name())
                .header("workload", w.name())
                .header("statistics", String.format(Locale.ROOT,
                        "S=%d d=%d heads=%d layers=%d padding=%.1f%% pruning=%.1f%% new-fetch=%.1f%% of S (%s)",
                        w.seqLen(), w.headDim(), w.heads(), w.layers(), 100 * w.paddingFraction(), 100 * w.pruningRate(),
                        100 * w.newFetchFraction(), file == null ? "thesis section 3.6" : stats.toString()))
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
                .ratio("energy reduction", r.energyReductionOver(b))
                .paper("average speedup S/M/L", "7.5x / 7.4x / 7.1x")
                .paper("average energy reduction S/M/L", "19.6x / 16.8x / 12.0x")
                .paper("data movement with pruning / padding only, S/M/L", "2.6/1.3/0.9% / 30.0/13.3/2.6%")
                .paper("M-SPRINT (Tables 3.2/3.3)", "1816.2 GOPs/s, 257.5 GOPs/J, 1003.6 (Table 3.2) or 973.5 GOPs/s/mm2");
        notes.forEach(report::note);
        report.note("ops are 4 S'^2 d per head over the unpadded tokens; area known for S and M only");
        if (file != null && !file.ignored.isEmpty()) {
            report.note("ignored fields in " + stats + ": " + file.ignored);
        }
        report.print(format, spec.commandLine().getOut());
        return 0;
    }

    /** SPRINT's own workloads; MemN2N, which SPRINT did not study, from LEOPARD's statistics. */
    static SprintWorkload lookup(String name, List<String> notes) {
        try {
            return SprintWorkloads.byName(name);
        } catch (IllegalArgumentException e) {
            LeopardWorkload l;
            try {
                l = LeopardWorkloads.byName(name);
            } catch (IllegalArgumentException unknownToBoth) {
                throw e;
            }
            notes.add("SPRINT did not study " + l.name() + "; running it with LEOPARD's statistics (pruning "
                    + 100 * l.pruningRate() + "%), no padding and the 2.1% new-fetch average");
            return new SprintWorkload(l.name(), l.seqLen(), l.headDim(), l.heads(), l.layers(), 0, l.pruningRate(),
                    SprintWorkloads.NEW_FETCH, 1);
        }
    }
}
