package dev.accelbench.bench.models;

import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.SystolicAccelerator;
import dev.accelbench.models.systolic.SystolicModel;
import dev.accelbench.models.systolic.SystolicResult;
import dev.accelbench.models.workload.Gemm;
import dev.accelbench.models.workload.LayerGemm;
import dev.accelbench.models.workload.TransformerModel;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast the systolic-array model runs: model evaluations per second, the speed simulator users
 * ask for. One evaluation is one GEMM through {@link SystolicModel}: SCALE-Sim-exact cycles in closed
 * form, DRAM traffic fold by fold, energy by component.
 *
 * <ul>
 *   <li>{@code bertBaseLayer}: the 8 distinct GEMMs of one BERT-Base encoder layer at 512 tokens on a
 *       32 x 32 array with SCALE-Sim's 64 KiB buffers and a 16 words/cycle DRAM link, in each of the
 *       three dataflows (24 evaluations per call).</li>
 *   <li>{@code singleGemm}: the GEMM (512, 768, 768) on the same array in WS, OS and IS (3 per call).</li>
 *   <li>{@code singleGemmFoldByFold}: the same with the DRAM model visiting every one of the 576 or
 *       384 folds (the reference the fold-class evaluation is tested against): the baseline.</li>
 * </ul>
 * SCALE-Sim itself steps through a demand matrix per cycle in Python (not run here). Run: {@code ./accelbench bench SystolicModelBenchmark}; read {@code ·evaluations}
 * (ops/ns; x 1e9 for evaluations per second).
 */
@State(Scope.Benchmark)
public class SystolicModelBenchmark extends SuiteDefaults {

    private static final Gemm GEMM = new Gemm(512, 768, 768);

    private List<SystolicAccelerator> accelerators;
    private List<LayerGemm> layer;
    private long layerMacs;

    @Setup
    public void setup() {
        SystolicAccelerator base = SystolicAccelerator.of(32, 32, Dataflow.WS);
        base = base.withMemory(base.memory().withBandwidth(16));
        accelerators = List.of(base, base.withDataflow(Dataflow.OS), base.withDataflow(Dataflow.IS));
        layer = TransformerModel.BERT_B.layerGemms();
        layerMacs = layer.stream().mapToLong(g -> g.gemm().macs()).sum();
    }

    @Benchmark
    public void bertBaseLayer(Evaluations work, Blackhole bh) {
        for (SystolicAccelerator a : accelerators) {
            for (LayerGemm g : layer) {
                SystolicResult r = SystolicModel.evaluate(a, g.gemm());
                bh.consume(r.totalCycles());
                bh.consume(r.energy().totalPj());
            }
        }
        work.evaluations += (long) accelerators.size() * layer.size();
        work.modeledMacs += accelerators.size() * layerMacs;
    }

    @Benchmark
    public void singleGemm(Evaluations work, Blackhole bh) {
        for (SystolicAccelerator a : accelerators) {
            SystolicResult r = SystolicModel.evaluate(a, GEMM);
            bh.consume(r.totalCycles());
            bh.consume(r.energy().totalPj());
        }
        work.evaluations += accelerators.size();
        work.modeledMacs += accelerators.size() * GEMM.macs();
    }

    @Benchmark
    public void singleGemmFoldByFold(Evaluations work, Blackhole bh) {
        for (SystolicAccelerator a : accelerators) {
            SystolicResult r = SystolicModel.evaluateFoldByFold(a, GEMM);
            bh.consume(r.totalCycles());
            bh.consume(r.energy().totalPj());
        }
        work.evaluations += accelerators.size();
        work.modeledMacs += accelerators.size() * GEMM.macs();
    }
}
