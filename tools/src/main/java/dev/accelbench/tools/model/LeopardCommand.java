package dev.accelbench.tools.model;

import dev.accelbench.models.leopard.EnergyBreakdown;
import dev.accelbench.models.leopard.LeopardConfig;
import dev.accelbench.models.leopard.LeopardModel;
import dev.accelbench.models.leopard.LeopardResult;
import dev.accelbench.models.leopard.LeopardWorkload;
import dev.accelbench.models.leopard.LeopardWorkloads;
import dev.accelbench.models.leopard.ScalingRule;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench model leopard}: a LEOPARD tile (AE or HP) against its baseline on one workload's
 * summary statistics, the thesis' own unless {@code --stats} overrides them.
 */
@Command(name = "leopard", mixinStandardHelpOptions = true,
        description = {"Model a LEOPARD tile (thesis chapter 2, Table 2.2) against its 12x12-bit baseline on a workload's "
                + "pruning rate and bits per pruned Score.",
                "Workloads (the thesis' statistics): memn2n, bert-b-glue (bert-b), bert-l-glue (bert-l), bert-b-squad, "
                        + "bert-l-squad, albert-xxl-squad, gpt2-l, vit-b."})
public final class LeopardCommand implements Callable<Integer> {

    @Option(names = "--preset", defaultValue = "hp", paramLabel = "ae|hp",
            description = "tile: ae (6 QK-DPUs) or hp (8) (default: ${DEFAULT-VALUE})")
    String preset;

    @Option(names = "--workload", required = true, paramLabel = "NAME", description = "workload name (see above)")
    String workload;

    @Option(names = "--stats", paramLabel = "FILE",
            description = "JSON object overriding the statistics: seq_len, head_dim, heads, layers, pruning_rate, "
                    + "avg_bits_pruned")
    Path stats;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "output (default: ${DEFAULT-VALUE})")
    ModelReport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LeopardConfig config;
        LeopardWorkload w;
        StatsFile file = null;
        try {
            if (preset.equalsIgnoreCase("baseline")) {
                throw new IllegalArgumentException("unknown LEOPARD preset 'baseline' here (it is the comparison); valid: ae, hp");
            }
            config = LeopardConfig.preset(preset);
            w = LeopardWorkloads.byName(workload);
            if (stats != null) {
                file = StatsFile.read(stats);
                w = new LeopardWorkload(w.name(), file.getInt("seq_len", w.seqLen()), file.getInt("head_dim", w.headDim()),
                        file.getInt("heads", w.heads()), file.getInt("layers", w.layers()),
                        file.get("pruning_rate", w.pruningRate()), file.get("avg_bits_pruned", w.avgBitsPruned()), w.tasks());
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
                        w.heads(), w.layers(), 100 * w.pruningRate(), w.avgBitsPruned(),
                        file == null ? "thesis section 2.4.2" : stats.toString()))
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
                .ratio("energy reduction", r.energyReductionOver(b))
                .paper("average speedup over 43 tasks", "AE 1.9x, HP 2.4x")
                .paper("average energy reduction", "AE 3.9x, HP 4.0x")
                .paper("MemN2N Task 1 / ViT-B speedup", "3.8x AE, 5.1x HP / 1.1x both");
        if (config.qkDpus() == 8 && w.name().equals(LeopardWorkloads.TABLE_2_3) && file == null) {
            report.paper("Table 2.3 HP-LEOPARD (workload not stated; modeled on " + LeopardWorkloads.TABLE_2_3 + ")",
                    "574.1 GOPs/s, 519.3 GOPs/J, 165.5 GOPs/s/mm2");
        }
        report.note("ops are dense-equivalent: 4 S^2 d per head, pruned work counted as done");
        report.note("energies derived from Horowitz 45 nm scaled to 65 nm; DRAM not included (see the model's docs)");
        if (file != null && !file.ignored.isEmpty()) {
            report.note("ignored fields in " + stats + ": " + file.ignored);
        }
        report.print(format, spec.commandLine().getOut());
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
