package dev.accelbench.tools.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accelbench.models.gemmini.Block;
import dev.accelbench.models.gemmini.EncoderLayerModel;
import dev.accelbench.models.gemmini.EncoderLayerSchedule;
import dev.accelbench.models.gemmini.GemminiConfig;
import dev.accelbench.models.gemmini.GemminiEnergy;
import dev.accelbench.models.gemmini.GemminiRun;
import dev.accelbench.models.systolic.SystolicAccelerator;
import java.io.PrintWriter;
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
 * {@code accelbench model gemmini}: a BERT-Base encoder layer on Gemmini (16 x 16 weight stationary,
 * 64 KiB scratchpad) under the non-fused and the fusion-optimized schedule, per block, for one or more
 * accumulator sizes, beside the survey's reported effects.
 */
@Command(name = "gemmini", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Latency, energy and EDP of a BERT-Base encoder layer on Gemmini, per block, non-fused vs "
                + "fusion-optimized (QK^T + softmax per head; W_out + LayerNorm; FFN W2 + LayerNorm).",
                "Survey (Gemmini case study, Fig. 15/16): QK^T + softmax fusion about 22%% faster MHA; W2 + LayerNorm "
                        + "fusion about 27%% slower FFN; the W_out + LayerNorm penalty relieved from 128 kB to 256 kB."})
public final class GemminiCommand implements Callable<Integer> {

    /** Longest sequence accepted: the tile search grows with S (a few seconds at this length). */
    static final int MAX_SEQ_LEN = 8192;

    @Option(names = "--accumulator-kb", defaultValue = "128,256", paramLabel = "KB[,KB...]",
            description = "accumulator size(s) in KiB, comma-separated (default: ${DEFAULT-VALUE}, the survey's two)")
    String accumulatorKb;

    @Option(names = "--seq-len", defaultValue = "512", paramLabel = "N",
            description = "tokens (default: ${DEFAULT-VALUE}; the survey states 512 for its BERT mapspace study)")
    int seqLen;

    @Option(names = "--preload-hidden",
            description = "sensitivity case: hide each 16 x 16 weight preload behind the previous fold's stream "
                    + "(Gemmini's double-buffered PE weights) instead of the systolic model's exposed preload")
    boolean preloadHidden;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "output (default: ${DEFAULT-VALUE})")
    ModelReport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<EncoderLayerSchedule> runs = new ArrayList<>();
        try {
            if (seqLen < 1 || seqLen > MAX_SEQ_LEN) {
                throw new IllegalArgumentException("--seq-len must be between 1 and " + MAX_SEQ_LEN + ", got " + seqLen);
            }
            for (double kb : sizes()) {
                runs.add(EncoderLayerModel.bertBase(GemminiConfig.survey(kb).withPreloadHidden(preloadHidden), seqLen));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TABLE -> table(runs, out);
            case JSON -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(document(runs)));
            case CSV -> csv(runs, out);
        }
        out.flush();
        return 0;
    }

    private List<Double> sizes() {
        List<Double> kb = new ArrayList<>();
        for (String part : accumulatorKb.split(",", -1)) {
            double v;
            try {
                v = Double.parseDouble(part.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--accumulator-kb must be sizes in KiB like 128,256, got '" + accumulatorKb + "'");
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("--accumulator-kb must be positive, got '" + part.strip() + "'");
            }
            kb.add(v);
        }
        return kb;
    }

    private static String kb(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String pct(double change) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * change);
    }

    private static void table(List<EncoderLayerSchedule> runs, PrintWriter out) {
        SystolicAccelerator a = runs.get(0).config().array();
        out.printf(Locale.ROOT, "Gemmini: %d x %d %s, %.0f MHz, %s x %s -> %s, %s KiB scratchpad, %s B/cycle DRAM; "
                        + "BERT-Base encoder layer, S = %d%s%n", a.rows(), a.cols(), a.dataflow(), a.clockHz() / 1e6,
                a.multiplier().id(), a.multiplier().id(), a.accumulator().id(), kb(runs.get(0).config().scratchpadKb()),
                kb(a.memory().bandwidth()), runs.get(0).seqLen(),
                runs.get(0).config().preloadHidden() ? "; weight preload hidden (sensitivity case)" : "");
        for (EncoderLayerSchedule s : runs) {
            out.printf(Locale.ROOT, "%naccumulator %s KiB%n", kb(s.config().accumulatorKb()));
            out.printf(Locale.ROOT, "%-30s %5s %12s %12s %8s %11s %11s %11s %11s  %s%n", "block", "count", "unfused_cyc",
                    "fused_cyc", "change", "unfused_uJ", "fused_uJ", "unfused_EDP", "fused_EDP", "fused plan");
            for (Block b : s.blocks()) {
                row(out, b.name(), b.count(), b.unfused(), b.fused(), b.fused().what()
                        + (b.note().isEmpty() ? "" : " [" + b.note() + "]"));
            }
            row(out, "mha (qk_t+softmax fused only)", 1, s.mhaUnfused(), s.mhaSoftmaxFused(), "survey: about -22%");
            row(out, "mha (both fusions)", 1, s.mhaUnfused(), s.mhaFused(), "");
            row(out, "ffn (w2+layernorm fused)", 1, s.ffnUnfused(), s.ffnFused(), "survey: about +27%");
        }
        out.println();
        out.println("w_out+layernorm: the survey reports a large fusion penalty at 128 kB, relieved at 256 kB.");
        out.println("EDP in J*s; energy 45 nm (Horowitz); assumptions in dev.accelbench.models.gemmini's package-info.");
    }

    private static void row(PrintWriter out, String name, int count, GemminiRun u, GemminiRun f, String plan) {
        out.printf(Locale.ROOT, "%-30s %5d %12d %12d %8s %11.2f %11.2f %11.3e %11.3e  %s%n", name, count,
                u.latencyCycles(), f.latencyCycles(), pct(f.cycles() / u.cycles() - 1), u.totalEnergyPj() * 1e-6,
                f.totalEnergyPj() * 1e-6, u.edp(), f.edp(), plan);
    }

    private static Map<String, Object> run(GemminiRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", r.what());
        m.put("cycles", r.latencyCycles());
        m.put("compute_cycles", r.computeCycles());
        m.put("macs", r.macs());
        m.put("vector_ops", r.vectorOps());
        m.put("dram_bytes", r.dramBytes());
        m.put("utilization", r.utilization());
        GemminiEnergy e = r.energy();
        Map<String, Object> en = new LinkedHashMap<>();
        en.put("mac", e.macPj());
        en.put("scratchpad", e.scratchpadPj());
        en.put("accumulator", e.accumulatorPj());
        en.put("dram", e.dramPj());
        en.put("vector", e.vectorPj());
        en.put("total", e.totalPj());
        m.put("energy_pj", en);
        m.put("seconds", r.seconds());
        m.put("edp_joule_seconds", r.edp());
        m.put("gops_per_second", r.gopsPerS());
        m.put("gops_per_joule", r.gopsPerJ());
        return m;
    }

    private static Map<String, Object> document(List<EncoderLayerSchedule> runs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        SystolicAccelerator a = runs.get(0).config().array();
        Map<String, Object> acc = new LinkedHashMap<>();
        acc.put("rows", a.rows());
        acc.put("cols", a.cols());
        acc.put("dataflow", a.dataflow().name().toLowerCase(Locale.ROOT));
        acc.put("clock_hz", a.clockHz());
        acc.put("scratchpad_kb", runs.get(0).config().scratchpadKb());
        acc.put("dram_bytes_per_cycle", a.memory().bandwidth());
        acc.put("vector_elements_per_cycle", runs.get(0).config().vectorElementsPerCycle());
        acc.put("softmax_passes", runs.get(0).config().softmaxPasses());
        acc.put("layernorm_passes", runs.get(0).config().layerNormPasses());
        acc.put("preload_hidden", runs.get(0).config().preloadHidden());
        doc.put("accelerator", acc);
        doc.put("model", "bert-b");
        doc.put("seq_len", runs.get(0).seqLen());
        List<Map<String, Object>> results = new ArrayList<>();
        for (EncoderLayerSchedule s : runs) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("accumulator_kb", s.config().accumulatorKb());
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", b.name());
                m.put("count", b.count());
                m.put("unfused", run(b.unfused()));
                m.put("fused", run(b.fused()));
                m.put("fusion_change", b.fusionChange());
                m.put("note", b.note());
                blocks.add(m);
            }
            r.put("blocks", blocks);
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("mha_unfused", run(s.mhaUnfused()));
            totals.put("mha_softmax_fused", run(s.mhaSoftmaxFused()));
            totals.put("mha_fused", run(s.mhaFused()));
            totals.put("ffn_unfused", run(s.ffnUnfused()));
            totals.put("ffn_fused", run(s.ffnFused()));
            r.put("totals", totals);
            Map<String, Object> cmp = new LinkedHashMap<>();
            cmp.put("softmax_fusion_mha_saving", s.softmaxFusionSaving());
            cmp.put("w2_layernorm_fusion_ffn_penalty", s.ffnFusionPenalty());
            cmp.put("w_out_layernorm_fusion_penalty", s.woutFusionPenalty());
            r.put("comparisons", cmp);
            results.add(r);
        }
        doc.put("results", results);
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("softmax_fusion_mha_saving", 0.22);
        paper.put("w2_layernorm_fusion_ffn_penalty", 0.27);
        paper.put("w_out_layernorm_fusion", "large penalty at 128 kB, alleviated at 256 kB");
        doc.put("published", paper);
        return doc;
    }

    private static final String[] CSV_COLUMNS = {"accumulator_kb", "block", "count", "unfused_cycles", "fused_cycles",
            "fusion_change", "unfused_dram_bytes", "fused_dram_bytes", "unfused_energy_pj", "fused_energy_pj",
            "unfused_edp_joule_seconds", "fused_edp_joule_seconds", "fused_plan"};

    private static void csv(List<EncoderLayerSchedule> runs, PrintWriter out) {
        out.println(String.join(",", CSV_COLUMNS));
        for (EncoderLayerSchedule s : runs) {
            List<Object[]> rows = new ArrayList<>();
            for (Block b : s.blocks()) {
                rows.add(new Object[] {b.name(), b.count(), b.unfused(), b.fused()});
            }
            rows.add(new Object[] {"mha_softmax_fused_only", 1, s.mhaUnfused(), s.mhaSoftmaxFused()});
            rows.add(new Object[] {"mha_both_fusions", 1, s.mhaUnfused(), s.mhaFused()});
            rows.add(new Object[] {"ffn", 1, s.ffnUnfused(), s.ffnFused()});
            for (Object[] r : rows) {
                GemminiRun u = (GemminiRun) r[2];
                GemminiRun f = (GemminiRun) r[3];
                out.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%s,%d,%d,%s,%s,%s,%s,%s%n", kb(s.config().accumulatorKb()), r[0],
                        (int) r[1], u.latencyCycles(), f.latencyCycles(), f.cycles() / u.cycles() - 1, u.dramBytes(),
                        f.dramBytes(), u.totalEnergyPj(), f.totalEnergyPj(), u.edp(), f.edp(),
                        f.what().replace(',', ';'));
            }
        }
    }
}
