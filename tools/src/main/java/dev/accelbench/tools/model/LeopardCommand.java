package dev.accelbench.tools.model;

import dev.accelbench.kernels.attention.workload.AttentionWorkload;
import dev.accelbench.kernels.attention.workload.RatePaper;
import dev.accelbench.models.attention.PaperWorkloads;
import dev.accelbench.models.leopard.EnergyBreakdown;
import dev.accelbench.models.leopard.LeopardComparison;
import dev.accelbench.models.leopard.LeopardConfig;
import dev.accelbench.models.leopard.LeopardModel;
import dev.accelbench.models.leopard.LeopardResult;
import dev.accelbench.models.leopard.LeopardWorkload;
import dev.accelbench.models.leopard.LeopardWorkloads;
import dev.accelbench.models.leopard.ScalingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench model leopard}: a LEOPARD tile (AE or HP) against its baseline on one registry
 * workload's summary statistics (pruning rate, bits per pruned Score). They come from the
 * bit-serial kernel run on the workload generator with Th calibrated to LEOPARD's rate (the
 * default), from a file {@code accelbench attention --stats-out} wrote ({@code --stats}), or from
 * the thesis' own tables ({@code --paper-stats}). Heads and layers are always the thesis' model
 * shapes, so a sample of generated heads stands for the whole model.
 */
@Command(name = "leopard", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Model a LEOPARD tile (thesis chapter 2, Table 2.2) against its 12x12-bit baseline on a workload's "
                + "pruning rate and bits per pruned Score: from the bit-serial kernel on the workload generator (default), "
                + "a stats file (--stats) or the thesis (--paper-stats).",
                "Workloads (the attention registry): memn2n, bert-b-glue, bert-l-glue, bert-b-squad, bert-l-squad, "
                        + "albert-xl-squad, albert-xxl-squad, gpt2-l-wikitext2, vit-b-cifar10, synth1, synth2 "
                        + "(albert-xl-squad, synth1 and synth2 were not studied by LEOPARD: they run with SPRINT's rate "
                        + "and a note)."})
public final class LeopardCommand implements Callable<Integer> {

    @Option(names = "--preset", defaultValue = "hp", paramLabel = "ae|hp",
            description = "tile: ae (6 QK-DPUs) or hp (8) (default: ${DEFAULT-VALUE})")
    String preset;

    @Mixin
    StatisticsOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LeopardConfig config;
        LeopardWorkload row;
        LeopardWorkload w;
        String source;
        List<String> notes = new ArrayList<>();
        try {
            if (preset.equalsIgnoreCase("baseline")) {
                throw new IllegalArgumentException("unknown LEOPARD preset 'baseline' here (it is the comparison); valid: ae, hp");
            }
            config = LeopardConfig.preset(preset);
            AttentionWorkload aw = options.checkedWorkload();
            PaperWorkloads.Resolved<LeopardWorkload> resolved = PaperWorkloads.leopard(aw);
            row = resolved.workload();
            notes.addAll(resolved.notes());
            if (options.paperStats) {
                w = row;
                source = resolved.notes().isEmpty() ? "thesis section 2.4.2" : "stand-in for the thesis (see note)";
            } else if (options.stats != null) {
                StatsFile f = StatsFile.read(options.stats);
                f.checkWorkload(aw);
                w = new LeopardWorkload(row.name(), f.seqLen(), f.headDim(), row.heads(), row.layers(), f.leopardRate(),
                        Double.isFinite(f.leopardBits()) ? f.leopardBits() : 12, row.tasks());
                source = options.stats + " (accelbench attention, bit-serial run)";
            } else {
                RatePaper p = PaperWorkloads.ratePaper(aw, RatePaper.LEOPARD);
                KernelRun run = KernelRun.bitSerial(aw, p, options.heads, options.seed);
                w = PaperWorkloads.leopard(row, run.stats().summary(), aw.seqLen(), aw.headDim());
                source = run.describe("bit-serial", options.seed);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        LeopardResult r = LeopardModel.run(config, w);
        LeopardResult b = LeopardModel.baseline(w);
        ModelReport report = new ModelReport("LEOPARD " + config.name() + " on " + w.name(), config.name(), "baseline")
                .header("workload", w.name())
                .header("statistics", String.format(java.util.Locale.ROOT,
                        "S=%d d=%d heads=%d layers=%d pruning=%.1f%% bits/pruned=%.2f (%s)", w.seqLen(), w.headDim(),
                        w.heads(), w.layers(), 100 * w.pruningRate(), w.avgBitsPruned(), source))
                .row("cycles", "cycles", r.cycles(), b.cycles())
                .row("time", "us", r.seconds() * 1e6, b.seconds() * 1e6)
                .row("vpu_utilization", "fraction", r.vpuUtilization(), b.vpuUtilization())
                .row("front_stall", "cycles", r.frontStallCycles(), b.frontStallCycles());
        addEnergy(report, r.energy(), b.energy());
        ScalingRule.Scaled rd = r.scaledTo40nm(ScalingRule.DENNARD);
        ScalingRule.Scaled bd = b.scaledTo40nm(ScalingRule.DENNARD);
        report.row("area", "mm2", r.areaMm2(), b.areaMm2())
                .row("throughput", "GOPs/s", r.gopsPerS(), b.gopsPerS())
                .row("energy_efficiency", "GOPs/J", r.gopsPerJ(), b.gopsPerJ())
                .row("area_efficiency", "GOPs/s/mm2", r.gopsPerSPerMm2(), b.gopsPerSPerMm2())
                .row("edp", "J*s", r.edp(), b.edp())
                .row("area_40nm_dennard", "mm2", rd.areaMm2(), bd.areaMm2())
                .row("throughput_40nm_dennard", "GOPs/s", rd.gopsPerS(), bd.gopsPerS())
                .row("energy_efficiency_40nm_dennard", "GOPs/J", rd.gopsPerJ(), bd.gopsPerJ())
                .ratio("speedup", r.speedupOver(b))
                .ratio("energy reduction", r.energyReductionOver(b));
        if (w != row) {
            LeopardComparison thesis = LeopardComparison.of(config, row);
            report.ratio("speedup with the thesis' statistics", thesis.speedup())
                    .ratio("energy reduction with the thesis' statistics", thesis.energyReduction());
        }
        report.paper("average speedup over 43 tasks", "AE 1.9x, HP 2.4x")
                .paper("average energy reduction", "AE 3.9x, HP 4.0x")
                .paper("MemN2N Task 1 / ViT-B speedup", "3.8x AE, 5.1x HP / 1.1x both");
        if (config.qkDpus() == 8 && w.name().equals(LeopardWorkloads.TABLE_2_3) && w == row) {
            report.paper("Table 2.3 HP-LEOPARD (workload not stated; modeled on " + LeopardWorkloads.TABLE_2_3 + ")",
                    "574.1 GOPs/s, 519.3 GOPs/J, 165.5 GOPs/s/mm2");
        }
        notes.forEach(report::note);
        report.note("statistics: " + source);
        report.note("ops are dense-equivalent: 4 S^2 d per head, pruned work counted as done");
        report.note("energies derived from Horowitz 45 nm scaled to 65 nm; DRAM not included (see the model's docs)");
        report.print(options.format, spec.commandLine().getOut());
        return 0;
    }

    private static void addEnergy(ModelReport report, EnergyBreakdown e, EnergyBreakdown b) {
        report.row("energy_qk", "uJ", e.qkPj() * 1e-6, b.qkPj() * 1e-6)
                .row("energy_key_buffer", "uJ", e.keyBufferPj() * 1e-6, b.keyBufferPj() * 1e-6)
                .row("energy_softmax", "uJ", e.softmaxPj() * 1e-6, b.softmaxPj() * 1e-6)
                .row("energy_xv", "uJ", e.xvPj() * 1e-6, b.xvPj() * 1e-6)
                .row("energy_value_buffer", "uJ", e.valueBufferPj() * 1e-6, b.valueBufferPj() * 1e-6)
                .row("energy_total", "uJ", e.totalPj() * 1e-6, b.totalPj() * 1e-6);
    }
}
