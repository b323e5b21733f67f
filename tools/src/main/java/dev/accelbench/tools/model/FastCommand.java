package dev.accelbench.tools.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accelbench.models.fast.FastConfig;
import dev.accelbench.models.fast.FastModel;
import dev.accelbench.models.fast.FastResult;
import dev.accelbench.models.fast.PrecisionSchedule;
import dev.accelbench.models.fast.StepGemm;
import dev.accelbench.models.fast.TransformerTrainingGemms;
import dev.accelbench.models.workload.TransformerModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench model fast}: one training step of a model's GEMMs on FAST's BFP systolic array
 * against an FP32 array of the same size, at a fixed mantissa width or under a precision schedule
 * (the default {@link PrecisionSchedule#progressive()}, or a {@link FastScheduleFile}).
 */
@Command(name = "fast", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cycles and energy of a training step's GEMMs on FAST (BFP fMACs on 2-bit mantissa chunks) "
                + "against an FP32 systolic array of the same size.",
                "Without --mantissa: a precision schedule (default: the progressive one, 2 bits for shallow layers "
                        + "early in training up to 8 for deep layers late), averaged over " + FastCommand.POINTS
                        + " evenly spaced points of training, beside constant 2/4/6/8-bit runs."})
public final class FastCommand implements Callable<Integer> {

    /** Progress points a schedule is averaged over ((i + 0.5) / 8), as in the model's tests. */
    static final int POINTS = 8;

    @Option(names = "--workload", required = true, paramLabel = "bert-b|bert-l|gpt2-l|vit-b",
            description = "model whose training step runs (layers 12/24/36/12 at 512/512/1024/197 tokens)")
    String workload;

    @Option(names = "--mantissa", paramLabel = "2|4|6|8", description = "one mantissa width everywhere")
    Integer mantissa;

    @Option(names = "--schedule", paramLabel = "FILE",
            description = "JSON precision schedule: {\"default_bits\": 8, \"rules\": [{\"layers\": [0, 5], "
                    + "\"progress\": [0.0, 0.5], \"bits\": 2}]} (first matching rule wins)")
    Path schedule;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "output (default: ${DEFAULT-VALUE})")
    ModelReport.Format format;

    @Spec
    CommandSpec spec;

    record Line(String precision, FastResult result) {
    }

    @Override
    public Integer call() throws Exception {
        TransformerModel model;
        List<Line> lines = new ArrayList<>();
        FastConfig c = FastConfig.defaults();
        try {
            model = TransformerModel.byId(workload);
            if (mantissa != null && schedule != null) {
                throw new IllegalArgumentException("give at most one of --mantissa and --schedule");
            }
            List<StepGemm> gemms = TransformerTrainingGemms.of(model);
            int layers = TransformerTrainingGemms.layers(model);
            if (mantissa != null) {
                lines.add(new Line("m=" + mantissa, FastModel.training(c, gemms, layers, PrecisionSchedule.constant(mantissa),
                        POINTS)));
            } else {
                PrecisionSchedule s = schedule == null ? PrecisionSchedule.progressive() : FastScheduleFile.read(schedule);
                String name = schedule == null ? "progressive (default)" : "schedule " + schedule.getFileName();
                lines.add(new Line(name, FastModel.training(c, gemms, layers, s, POINTS)));
                for (int m = 2; m <= 8; m += 2) {
                    lines.add(new Line("m=" + m, FastModel.training(c, gemms, layers, PrecisionSchedule.constant(m), POINTS)));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> table(c, model, lines, out);
            case JSON -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(document(c, model, lines)));
            case CSV -> {
                out.println("precision,macs,cycles,fp32_cycles,cycle_ratio,energy_pj,mac_pj,group_pj,conversion_pj,"
                        + "fp32_energy_pj,energy_reduction");
                for (Line l : lines) {
                    FastResult r = l.result();
                    out.printf(Locale.ROOT, "%s,%.0f,%.0f,%.0f,%s,%s,%s,%s,%s,%s,%s%n", l.precision(), r.macs(), r.cycles(),
                            r.fp32Cycles(), r.cycleRatio(), r.energyPj(), r.macPj(), r.groupPj(), r.conversionPj(),
                            r.fp32Pj(), r.energyReduction());
                }
            }
        }
        out.flush();
        return 0;
    }

    private static void table(FastConfig c, TransformerModel m, List<Line> lines, PrintWriter out) {
        out.printf(Locale.ROOT, "FAST %d x %d fMACs (%d-bit chunks, BFP groups of %d) vs FP32 %d x %d; %s training step: "
                        + "%d layers, S = %d, forward + dX + dW GEMMs%n", c.rows(), c.cols(), c.chunkBits(), c.groupSize(),
                c.rows(), c.cols(), m.id(), TransformerTrainingGemms.layers(m), m.sequence());
        out.printf(Locale.ROOT, "%-26s %16s %16s %8s %12s %12s %10s%n", "precision", "cycles", "fp32_cycles", "ratio",
                "energy_mJ", "fp32_mJ", "reduction");
        for (Line l : lines) {
            FastResult r = l.result();
            out.printf(Locale.ROOT, "%-26s %16.0f %16.0f %7.2fx %12.4f %12.4f %9.2fx%n", l.precision(), r.cycles(),
                    r.fp32Cycles(), r.cycleRatio(), r.energyPj() * 1e-9, r.fp32Pj() * 1e-9, r.energyReduction());
        }
        out.println("ratio = FAST cycles / FP32 cycles (same array size); reduction = FP32 energy / FAST energy "
                + "(MACs, BFP groups and conversion; memory not modeled)");
    }

    private static Map<String, Object> document(FastConfig c, TransformerModel m, List<Line> lines) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("rows", c.rows());
        cfg.put("cols", c.cols());
        cfg.put("chunk_bits", c.chunkBits());
        cfg.put("group_size", c.groupSize());
        doc.put("array", cfg);
        doc.put("workload", m.id());
        doc.put("layers", TransformerTrainingGemms.layers(m));
        doc.put("seq_len", m.sequence());
        doc.put("training_points", POINTS);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Line l : lines) {
            FastResult r = l.result();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("precision", l.precision());
            e.put("macs", r.macs());
            e.put("cycles", r.cycles());
            e.put("fp32_cycles", r.fp32Cycles());
            e.put("cycle_ratio", r.cycleRatio());
            Map<String, Object> en = new LinkedHashMap<>();
            en.put("mac", r.macPj());
            en.put("group", r.groupPj());
            en.put("conversion", r.conversionPj());
            en.put("total", r.energyPj());
            e.put("energy_pj", en);
            e.put("fp32_energy_pj", r.fp32Pj());
            e.put("energy_reduction", r.energyReduction());
            list.add(e);
        }
        doc.put("results", list);
        return doc;
    }
}
