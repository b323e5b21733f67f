package dev.accelbench.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.accelbench.models.memory.MemoryConfig;
import dev.accelbench.models.preset.Preset;
import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.EnergyBreakdown;
import dev.accelbench.models.systolic.OperandCounts;
import dev.accelbench.models.systolic.SystolicAccelerator;
import dev.accelbench.models.systolic.SystolicModel;
import dev.accelbench.models.systolic.SystolicResult;
import dev.accelbench.models.training.TrainingGemms;
import dev.accelbench.models.training.TrainingPass;
import dev.accelbench.models.workload.Gemm;
import dev.accelbench.models.workload.LayerGemm;
import dev.accelbench.models.workload.TransformerModel;
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
 * {@code accelbench model systolic}: a GEMM, or every GEMM of a transformer layer, on an R x C
 * systolic array. Cycle counts follow SCALE-Sim v2 (CALC mode) exactly; with {@code --bandwidth}
 * the model's own DRAM stalls are added.
 */
@Command(name = "systolic", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Cycles, utilization, SRAM and DRAM traffic, energy and EDP of GEMMs on an R x C systolic array.",
                "total_cycles equals SCALE-Sim v2's Total Cycles (CALC bandwidth mode) plus stall_cycles, which "
                        + "is 0 unless --bandwidth is given."})
final class SystolicCommand implements Callable<Integer> {

    enum Format { TABLE, JSON, CSV }

    @Option(names = "--rows", paramLabel = "R", description = "array rows (required without --preset)")
    Integer rows;

    @Option(names = "--cols", paramLabel = "C", description = "array columns (required without --preset)")
    Integer cols;

    @Option(names = "--dataflow", paramLabel = "ws|os|is", description = "dataflow (default: the preset's, else ws)")
    String dataflow;

    @Option(names = "--gemm", paramLabel = "M,K,N", description = "GEMM: A is M x K, B is K x N")
    String gemm;

    @Option(names = "--workload", paramLabel = "bert-b|bert-l|gpt2-l|vit-b",
            description = "every GEMM of one layer of this model at its documented sequence length, instead of --gemm")
    String workload;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "tpu-v1, tpu-v2, gemmini or archimedes-mpo; explicit options override it")
    String preset;

    @Option(names = "--sram-kb", paramLabel = "IFMAP,FILTER,OFMAP",
            description = "SRAM sizes in KiB (default: the preset's, else SCALE-Sim's 64,64,64)")
    String sramKb;

    @Option(names = "--bandwidth", paramLabel = "WORDS_PER_CYCLE",
            description = "DRAM bandwidth in words per cycle (default: the preset's, else unlimited)")
    Double bandwidth;

    @Option(names = "--training",
            description = "with --gemm M,K,N as a layer (X M x K, W K x N): forward, input-gradient and weight-gradient "
                    + "GEMMs without a transpose (lecture 12) against an explicit transpose + weight-stationary")
    boolean training;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "output (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SystolicAccelerator accelerator = accelerator();
        if (training) {
            return training(accelerator);
        }
        List<Map.Entry<LayerGemm, SystolicResult>> results = new ArrayList<>();
        try {
            for (LayerGemm g : gemms()) {
                results.add(Map.entry(g, SystolicModel.evaluate(accelerator, g.gemm())));
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(document(accelerator, results)));
            case CSV -> csv(results, out);
            case TABLE -> table(accelerator, results, out);
        }
        out.flush();
        return 0;
    }

    private int training(SystolicAccelerator a) throws Exception {
        if (gemm == null || workload != null) {
            throw new ParameterException(spec.commandLine(), "--training needs --gemm M,K,N (and no --workload)");
        }
        Gemm layer;
        try {
            layer = Gemm.parse(gemm);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        List<TrainingPass> passes = TrainingGemms.compare(layer.m(), layer.k(), layer.n(), a.rows(), a.cols());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (TrainingPass p : passes) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("method", p.method());
                m.put("gemm", gemmJson(p.gemm()));
                m.put("compute_cycles", p.computeCycles());
                m.put("transpose_cycles", p.transposeCycles());
                m.put("total_cycles", p.totalCycles());
                m.put("sram_reads", p.sramReads());
                m.put("sram_writes", p.sramWrites());
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("rows", a.rows());
            doc.put("cols", a.cols());
            doc.put("training", list);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } else {
            out.println("name,method,m,k,n,compute_cycles,transpose_cycles,total_cycles,sram_reads,sram_writes");
            for (TrainingPass p : passes) {
                out.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%d,%d,%d,%d%n", p.name(), p.method(), p.gemm().m(),
                        p.gemm().k(), p.gemm().n(), p.computeCycles(), p.transposeCycles(), p.totalCycles(),
                        p.sramReads(), p.sramWrites());
            }
        }
        out.flush();
        return 0;
    }

    private SystolicAccelerator accelerator() {
        try {
            SystolicAccelerator a;
            if (preset != null) {
                a = Preset.byId(preset).accelerator();
                if (rows != null || cols != null) {
                    a = a.withArray(rows != null ? rows : a.rows(), cols != null ? cols : a.cols());
                }
            } else {
                if (rows == null || cols == null) {
                    throw new ParameterException(spec.commandLine(), "--rows and --cols are required without --preset");
                }
                a = SystolicAccelerator.of(rows, cols, Dataflow.WS);
            }
            if (dataflow != null) {
                a = a.withDataflow(Dataflow.parse(dataflow));
            }
            MemoryConfig mem = a.memory();
            if (sramKb != null) {
                String[] parts = sramKb.split(",", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException("--sram-kb must be three sizes IFMAP,FILTER,OFMAP, got '" + sramKb + "'");
                }
                double[] kb = new double[3];
                for (int i = 0; i < 3; i++) {
                    try {
                        kb[i] = Double.parseDouble(parts[i].strip());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--sram-kb must be numbers IFMAP,FILTER,OFMAP, got '" + sramKb + "'");
                    }
                }
                mem = mem.withSram(kb[0], kb[1], kb[2]);
            }
            if (bandwidth != null) {
                mem = mem.withBandwidth(bandwidth);
            }
            return a.withMemory(mem);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private List<LayerGemm> gemms() {
        if ((gemm == null) == (workload == null)) {
            throw new ParameterException(spec.commandLine(), "give exactly one of --gemm M,K,N and --workload NAME");
        }
        if (gemm != null) {
            return List.of(new LayerGemm("gemm", Gemm.parse(gemm), 1, "--gemm " + gemm));
        }
        return TransformerModel.byId(workload).workload();
    }

    private static Map<String, Object> gemmJson(Gemm g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("m", g.m());
        m.put("k", g.k());
        m.put("n", g.n());
        return m;
    }

    private static Map<String, Object> counts(OperandCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ifmap", c.ifmap());
        m.put("filter", c.filter());
        m.put("ofmap", c.ofmap());
        return m;
    }

    private static Map<String, Object> energy(EnergyBreakdown e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mac", e.macPj());
        m.put("ifmap_sram", e.ifmapSramPj());
        m.put("filter_sram", e.filterSramPj());
        m.put("ofmap_sram", e.ofmapSramPj());
        m.put("dram", e.dramPj());
        m.put("total", e.totalPj());
        return m;
    }

    static Map<String, Object> json(LayerGemm g, SystolicResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("gemm", gemmJson(r.gemm()));
        m.put("count", g.count());
        m.put("macs", r.macs());
        m.put("total_cycles", r.totalCycles());
        m.put("stall_cycles", r.stallCycles());
        m.put("scalesim_total_cycles", r.scaleSimTotalCycles());
        m.put("compute_cycles", r.computeCycles());
        m.put("utilization", r.utilization());
        m.put("mapping_efficiency", r.mappingEfficiency());
        m.put("scalesim_compute_util", r.scaleSimComputeUtil());
        Map<String, Object> folds = new LinkedHashMap<>();
        folds.put("row_folds", r.geometry().rowFolds());
        folds.put("col_folds", r.geometry().colFolds());
        folds.put("fill_cycles", r.geometry().fill());
        folds.put("compute_cycles", r.geometry().compute());
        folds.put("drain_cycles", r.geometry().drain());
        folds.put("cycles_per_fold", r.geometry().foldCycles());
        m.put("folds", folds);
        m.put("sram_reads", counts(r.sramReads()));
        m.put("sram_writes", counts(r.sramWrites()));
        m.put("scalesim_sram_reads", counts(r.scaleSimSramReads()));
        m.put("scalesim_sram_writes", counts(r.scaleSimSramWrites()));
        m.put("dram_reads", counts(r.dramReads()));
        m.put("dram_writes", counts(r.dramWrites()));
        m.put("residency", r.residency());
        m.put("energy_pj", energy(r.energy()));
        m.put("seconds", r.seconds());
        m.put("edp_joule_seconds", r.edp());
        m.put("gops_per_second", r.gopsPerS());
        m.put("gops_per_joule", r.gopsPerJ());
        m.put("mac_area_mm2", r.macAreaMm2());
        m.put("gops_per_second_per_mm2", r.gopsPerSPerMm2());
        return m;
    }

    private Map<String, Object> document(SystolicAccelerator a, List<Map.Entry<LayerGemm, SystolicResult>> results) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> acc = new LinkedHashMap<>();
        acc.put("name", a.name());
        acc.put("rows", a.rows());
        acc.put("cols", a.cols());
        acc.put("dataflow", a.dataflow().name().toLowerCase(Locale.ROOT));
        acc.put("cores", a.cores());
        acc.put("clock_hz", a.clockHz());
        acc.put("sram_kb", List.of(a.memory().ifmapKb(), a.memory().filterKb(), a.memory().ofmapKb()));
        acc.put("bandwidth_words_per_cycle", a.memory().unlimited() ? null : a.memory().bandwidth());
        acc.put("multiplier", a.multiplier().id());
        acc.put("accumulator", a.accumulator().id());
        acc.put("peak_ops_per_second", a.peakOpsPerSecond());
        doc.put("accelerator", acc);
        List<Map<String, Object>> list = new ArrayList<>();
        results.forEach(e -> list.add(json(e.getKey(), e.getValue())));
        doc.put("results", list);
        if (results.size() > 1) {
            doc.put("layer_total", total(results));
        }
        return doc;
    }

    /** Sums over the layer, each GEMM times its count; GEMMs run one after another. */
    private static Map<String, Object> total(List<Map.Entry<LayerGemm, SystolicResult>> results) {
        long cycles = 0;
        long stalls = 0;
        long macs = 0;
        double seconds = 0;
        EnergyBreakdown e = new EnergyBreakdown(0, 0, 0, 0, 0);
        OperandCounts dramR = OperandCounts.ZERO;
        OperandCounts dramW = OperandCounts.ZERO;
        SystolicAccelerator a = results.get(0).getValue().accelerator();
        for (Map.Entry<LayerGemm, SystolicResult> entry : results) {
            int c = entry.getKey().count();
            SystolicResult r = entry.getValue();
            cycles += r.totalCycles() * c;
            stalls += r.stallCycles() * c;
            macs += r.macs() * c;
            seconds += r.seconds() * c;
            EnergyBreakdown x = r.energy();
            e = e.plus(new EnergyBreakdown(x.macPj() * c, x.ifmapSramPj() * c, x.filterSramPj() * c,
                    x.ofmapSramPj() * c, x.dramPj() * c));
            dramR = dramR.plus(r.dramReads().times(c));
            dramW = dramW.plus(r.dramWrites().times(c));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("macs", macs);
        m.put("total_cycles", cycles);
        m.put("stall_cycles", stalls);
        m.put("utilization", (double) macs / ((double) a.cores() * a.rows() * a.cols() * cycles));
        m.put("dram_reads", counts(dramR));
        m.put("dram_writes", counts(dramW));
        m.put("energy_pj", energy(e));
        m.put("seconds", seconds);
        m.put("edp_joule_seconds", e.totalPj() * 1e-12 * seconds);
        return m;
    }

    private static final String[] CSV_COLUMNS = {"name", "m", "k", "n", "count", "total_cycles", "stall_cycles",
            "scalesim_total_cycles", "utilization", "mapping_efficiency", "sram_reads_ifmap", "sram_reads_filter",
            "sram_reads_ofmap", "sram_writes_ifmap", "sram_writes_filter", "sram_writes_ofmap", "dram_reads_ifmap",
            "dram_reads_filter", "dram_reads_ofmap", "dram_writes_ofmap", "energy_pj_mac", "energy_pj_ifmap_sram",
            "energy_pj_filter_sram", "energy_pj_ofmap_sram", "energy_pj_dram", "energy_pj_total", "seconds",
            "edp_joule_seconds"};

    private static void csv(List<Map.Entry<LayerGemm, SystolicResult>> results, PrintWriter out) {
        out.println(String.join(",", CSV_COLUMNS));
        for (Map.Entry<LayerGemm, SystolicResult> entry : results) {
            SystolicResult r = entry.getValue();
            EnergyBreakdown e = r.energy();
            Object[] row = {entry.getKey().name(), r.gemm().m(), r.gemm().k(), r.gemm().n(), entry.getKey().count(),
                    r.totalCycles(), r.stallCycles(), r.scaleSimTotalCycles(), r.utilization(), r.mappingEfficiency(),
                    r.sramReads().ifmap(), r.sramReads().filter(), r.sramReads().ofmap(), r.sramWrites().ifmap(),
                    r.sramWrites().filter(), r.sramWrites().ofmap(), r.dramReads().ifmap(), r.dramReads().filter(),
                    r.dramReads().ofmap(), r.dramWrites().ofmap(), e.macPj(), e.ifmapSramPj(), e.filterSramPj(),
                    e.ofmapSramPj(), e.dramPj(), e.totalPj(), r.seconds(), r.edp()};
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : ",").append(row[i]);
            }
            out.println(line);
        }
    }

    private static void table(SystolicAccelerator a, List<Map.Entry<LayerGemm, SystolicResult>> results, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d x %d %s, %d core(s), %.0f MHz, SRAM %s/%s/%s KiB, bandwidth %s, %s x %s -> %s%n",
                a.name(), a.rows(), a.cols(), a.dataflow(), a.cores(), a.clockHz() / 1e6, num(a.memory().ifmapKb()),
                num(a.memory().filterKb()), num(a.memory().ofmapKb()),
                a.memory().unlimited() ? "unlimited" : num(a.memory().bandwidth()) + " words/cycle",
                a.multiplier().id(), a.multiplier().id(), a.accumulator().id());
        out.printf(Locale.ROOT, "%-14s %-16s %5s %12s %10s %7s %7s %12s %12s %12s %12s %11s%n", "gemm", "M,K,N", "count",
                "total_cyc", "stall_cyc", "util", "map_eff", "dram_rd", "dram_wr", "energy_uJ", "mac_uJ", "EDP_J*s");
        for (Map.Entry<LayerGemm, SystolicResult> entry : results) {
            SystolicResult r = entry.getValue();
            out.printf(Locale.ROOT, "%-14s %-16s %5d %12d %10d %7.4f %7.4f %12d %12d %12.3f %12.3f %11.3e%n",
                    entry.getKey().name(), r.gemm().toString(), entry.getKey().count(), r.totalCycles(),
                    r.stallCycles(), r.utilization(), r.mappingEfficiency(), r.dramReads().total(),
                    r.dramWrites().total(), r.energy().totalPj() * 1e-6, r.energy().macPj() * 1e-6, r.edp());
        }
        if (results.size() > 1) {
            Map<String, Object> t = total(results);
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) t.get("energy_pj");
            out.printf(Locale.ROOT, "layer total (GEMMs x count, one after another): %d cycles, %d stall, utilization %.4f, "
                            + "%.3f uJ, EDP %.3e J*s%n", (long) t.get("total_cycles"), (long) t.get("stall_cycles"),
                    (double) t.get("utilization"), (double) e.get("total") * 1e-6, (double) t.get("edp_joule_seconds"));
        }
        out.println("energy by component (pJ), per GEMM: use --format json or csv");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
