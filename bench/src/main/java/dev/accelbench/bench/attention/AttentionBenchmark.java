package dev.accelbench.bench.attention;

import dev.accelbench.bench.support.Accuracy;
import dev.accelbench.bench.support.Modeled;
import dev.accelbench.bench.support.Queries;
import dev.accelbench.bench.support.SuiteDefaults;
import dev.accelbench.kernels.attention.AttentionReference;
import dev.accelbench.kernels.attention.AttentionWorkspace;
import dev.accelbench.kernels.attention.BitSerialAttention;
import dev.accelbench.kernels.attention.BitSerialFormat;
import dev.accelbench.kernels.attention.DenseAttention;
import dev.accelbench.kernels.attention.PruningStats;
import dev.accelbench.kernels.attention.PruningSummary;
import dev.accelbench.kernels.attention.SprintAttention;
import dev.accelbench.kernels.attention.SprintConfig;
import dev.accelbench.kernels.attention.ThresholdAttention;
import dev.accelbench.kernels.attention.TopKAttention;
import dev.accelbench.kernels.attention.workload.AttentionInputs;
import dev.accelbench.kernels.attention.workload.AttentionWorkload;
import dev.accelbench.kernels.attention.workload.WorkloadGenerator;
import dev.accelbench.models.attention.PaperWorkloads;
import dev.accelbench.models.leopard.LeopardConfig;
import dev.accelbench.models.leopard.LeopardModel;
import dev.accelbench.models.leopard.LeopardWorkload;
import dev.accelbench.models.sprint.SprintModel;
import org.openjdk.jmh.annotations.Benchmark;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-head attention with runtime pruning at the thesis' workload presets: {@code dense} (the
 * baseline: every score, softmax and V row), {@code thresholdPruned} (LEOPARD's pruning: Q K^T
 * dense, softmax and V only for scores >= Th), {@code bitSerial} (the same decisions reached by
 * emulating LEOPARD's 12-bit bit-serial early termination exactly, B bits per step), {@code sprint}
 * (SPRINT's 4-MSB, 5-bit in-memory estimate, then full-precision recomputation of the survivors)
 * and {@code topK} (keeping as many scores per query as the threshold keeps on average).
 *
 * <p>Inputs come from the workload generator (seed 1, a quarter of the workload's sample heads)
 * with Th calibrated on seed 0 for the rate
 * the thesis reports (LEOPARD's where it has one). The score to compare is {@code ·queries},
 * queries per second (this class reports per second, not the suite's per ns: a call takes
 * milliseconds, and per-ns figures would print as 10^-6). Beside it, per iteration: {@code ·pruning_rate},
 * {@code ·avg_bits_pruned} (bit-serial only: bits processed per pruned score, of 12) and
 * {@code ·rel_error} (relative Frobenius distance of the output from the float64 dense reference, what the
 * pruning changes). Statistics are gathered in every call, as the kernels leave them on.
 *
 * <p>Modeled accelerator figures ({@link Modeled}, reported by {@code ModelProfiler} as
 * {@code ·model.cycles}, {@code ·model.gops_per_s}, {@code ·model.gops_per_j},
 * {@code ·model.energy_pj}) for the work of one benchmark call, from the statistics of the call
 * just made: {@code bitSerial} on HP-LEOPARD ({@code leopard-hp}) with its pruning rate and bits
 * per pruned score; {@code thresholdPruned} on HP-LEOPARD with its own pruning rate and the bits
 * per pruned score of one bit-serial run at setup on the same inputs and Th (the threshold kernel
 * does not process bits); {@code sprint} on M-SPRINT ({@code sprint-m}) replaying the per-query
 * in-memory pruning vectors (the kernel is deterministic: teardown reruns it once with statistics
 * that keep the vectors, which the timed calls must not allocate); {@code dense} on LEOPARD's
 * baseline ({@code leopard-baseline}); {@code topK} has no model. Per call: the models run the
 * call's heads of one layer (S and d of the workload), not the whole model's heads x layers, so
 * the cycles and picojoules are one call's; GOP/s and GOP/J do not depend on that scale.
 *
 * <p>Six warm-up iterations, not the suite's three: the bit-serial kernel's first calls run its
 * Vector API code uncompiled (about one call per second) and reached steady speed only after five
 * to six seconds in a run with three.
 *
 * <pre>java -jar bench/target/benchmarks.jar AttentionBenchmark -p attentionWorkload=bert-b-glue</pre>
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 1)
public class AttentionBenchmark extends SuiteDefaults {

    @Param({"memn2n", "bert-b-glue", "bert-b-squad", "vit-b-cifar10"})
    public String attentionWorkload;

    /** B of the bit-serial emulation (LEOPARD uses 2; 1, 4 and 12 are its design-space points). */
    @Param({"2"})
    public int attentionBitsPerStep;

    private AttentionInputs in;
    private float threshold;
    private int topK;
    private long validQueries;
    private float[] out;
    /**
     * The float64 dense reference. Not the vector dense kernel's output at setup: that call runs
     * before C2 compiles the kernel, and the Vector API's uncompiled fallback sums lanes in another
     * order than the compiled code, so a setup-time reference made {@code ·rel_error} differ from run
     * to run in the last digits (the CI smoke gate compares it exactly).
     */
    private double[] denseOut;
    private AttentionWorkspace ws;
    private BitSerialAttention.Workspace bitWs;
    private SprintAttention.Workspace sprintWs;
    private PruningSummary last;
    /** The method the last call ran, for the model figures of its teardown. */
    private Method ran;
    /** Bits processed per pruned score of one bit-serial run at setup (thresholdPruned's model input). */
    private double setupBitsPruned;

    private enum Method { DENSE, THRESHOLD, BIT_SERIAL, SPRINT, TOP_K }

    @Setup
    public void setUp() {
        AttentionWorkload w = AttentionWorkload.byName(attentionWorkload);
        // A quarter of the workload's sample heads (at least one): a call of a few to tens of ms,
        // so that a 1 s iteration holds many calls and C2 compiles the kernels before measuring
        // (with all of BERT-B's four heads, a bit-serial call took 0.2 s and warm-up lagged).
        in = WorkloadGenerator.generate(w, Math.max(1, w.heads() / 4), 1);
        double rate = w.rate(w.defaultPaper());
        threshold = WorkloadGenerator.calibratedThreshold(w, rate);
        topK = Math.max(1, (int) Math.round((1 - rate) * w.validLength()));
        validQueries = (long) in.shape().heads() * in.mask().validLength();
        out = new float[in.shape().elements()];
        ws = new AttentionWorkspace(in.shape());
        bitWs = new BitSerialAttention.Workspace(in.shape(), BitSerialFormat.leopard(attentionBitsPerStep));
        sprintWs = new SprintAttention.Workspace(in.shape());
        denseOut = AttentionReference.attention(in.q(), in.k(), in.v(), in.shape(), in.mask(), AttentionReference.DENSE);
        PruningStats bits = new PruningStats();
        BitSerialAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), threshold, bitWs, bits);
        setupBitsPruned = bits.summary().avgBitsPruned();
    }

    @TearDown(Level.Iteration)
    public void record() {
        double num = 0;
        double den = 0;
        for (int i = 0; i < out.length; i++) {
            double e = out[i] - denseOut[i];
            num += e * e;
            den += denseOut[i] * denseOut[i];
        }
        Accuracy.record("rel_error", den == 0 ? 0 : Math.sqrt(num / den));
        if (last != null) {
            Accuracy.record("pruning_rate", last.pruningRate());
            if (last.bitsMeasured()) {
                Accuracy.record("avg_bits_pruned", last.avgBitsPruned());
            }
        }
        if (ran != null) {
            recordModel();
        }
    }

    /** The modeled accelerator for the work of one call of the method that ran (see the class notes). */
    private void recordModel() {
        int s = in.shape().seqLen();
        int d = in.shape().headDim();
        switch (ran) {
            case DENSE -> Modeled.record(Modeled.Figures.of("leopard-baseline",
                    LeopardModel.run(LeopardConfig.baseline(), leopard(0, 12))));
            case BIT_SERIAL -> Modeled.record(Modeled.Figures.of("leopard-hp",
                    LeopardModel.run(LeopardConfig.hp(), leopard(last.pruningRate(), last.avgBitsPruned()))));
            case THRESHOLD -> Modeled.record(Modeled.Figures.of("leopard-hp",
                    LeopardModel.run(LeopardConfig.hp(), leopard(last.pruningRate(), setupBitsPruned))));
            case SPRINT -> {
                PruningStats vectors = PruningStats.keepingVectors(12);
                SprintAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), threshold,
                        SprintConfig.THESIS.withCheckExact(false), sprintWs, vectors);
                Modeled.record(Modeled.Figures.of("sprint-m", SprintModel.run(
                        dev.accelbench.models.sprint.SprintConfig.preset("m"), attentionWorkload,
                        PaperWorkloads.sprintTraces(vectors, s, d))));
            }
            case TOP_K -> {
                // No accelerator in the thesis keeps a fixed k per query.
            }
        }
    }

    /** One call's work as LEOPARD's summary statistics: the call's heads, one layer. */
    private LeopardWorkload leopard(double rate, double bitsPruned) {
        return new LeopardWorkload(attentionWorkload, in.shape().seqLen(), in.shape().headDim(), in.shape().heads(), 1,
                rate, Double.isFinite(bitsPruned) ? bitsPruned : 12, 1);
    }

    @Benchmark
    public float[] dense(Queries queries) {
        queries.queries += validQueries;
        ran = Method.DENSE;
        DenseAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), ws);
        return out;
    }

    @Benchmark
    public float[] thresholdPruned(Queries queries) {
        queries.queries += validQueries;
        ran = Method.THRESHOLD;
        PruningStats stats = new PruningStats();
        ThresholdAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), threshold, ws, stats);
        last = stats.summary();
        return out;
    }

    @Benchmark
    public float[] bitSerial(Queries queries) {
        queries.queries += validQueries;
        ran = Method.BIT_SERIAL;
        PruningStats stats = new PruningStats();
        BitSerialAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), threshold, bitWs, stats);
        last = stats.summary();
        return out;
    }

    @Benchmark
    public float[] sprint(Queries queries) {
        queries.queries += validQueries;
        ran = Method.SPRINT;
        PruningStats stats = new PruningStats();
        SprintAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), threshold,
                SprintConfig.THESIS.withCheckExact(false), sprintWs, stats);
        last = stats.summary();
        return out;
    }

    @Benchmark
    public float[] topK(Queries queries) {
        queries.queries += validQueries;
        ran = Method.TOP_K;
        PruningStats stats = new PruningStats();
        TopKAttention.compute(in.q(), in.k(), in.v(), out, in.shape(), in.mask(), topK, ws, stats);
        last = stats.summary();
        return out;
    }
}
