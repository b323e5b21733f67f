package dev.accelbench.models.leopard;

import java.util.List;

/**
 * Runs a LEOPARD tile (or the baseline) over a workload given as summary statistics or as
 * per-Score traces. Front-end: keys are dealt to the QK-DPUs round-robin (key j to DPU j mod
 * N_QK; the thesis says only that K is "partitioned along its columns"); a QK-DPU spends
 * ceil(d / 64) passes of one cycle per bit-serial step on each key (d &lt;= 64 everywhere here, so
 * MemN2N's d = 20 leaves 44 of 64 lanes idle); an unpruned Score takes 12 / B steps, a pruned one
 * ceil(bits / B) with early termination, 12 / B without. Back-end: one unpruned Score per
 * ceil(d / 64) cycles (softmax LUT and the 64-way V-PU pipelined, one V row per cycle). The two
 * overlap as {@link TilePipeline} describes. Summary statistics use expected values: every query
 * has S(1 - p) unpruned Scores and the busiest QK-DPU ceil(S / N) keys of p b/B + (1 - p) 12/B
 * steps each.
 */
public final class LeopardModel {

    /** Value and softmax-output precision of the V-PU (Table 2.2: 16x16-bit MACs). */
    static final int VALUE_BITS = 16;

    private LeopardModel() {
    }

    /** The tile on a workload's summary statistics. */
    public static LeopardResult run(LeopardConfig c, LeopardWorkload w) {
        int s = w.seqLen();
        int d = w.headDim();
        int passes = passes(c, d);
        double p = c.runtimePruning() || c.earlyTermination() ? w.pruningRate() : 0;
        double stepsPruned = c.earlyTermination() ? w.avgBitsPruned() / c.bitsPerStep() : c.fullSteps();
        double stepsPerScore = w.pruningRate() * stepsPruned + (1 - w.pruningRate()) * c.fullSteps();
        if (!c.earlyTermination()) {
            stepsPerScore = c.fullSteps();
        }
        int keysBusiest = (s + c.qkDpus() - 1) / c.qkDpus();
        double unpruned = c.runtimePruning() ? s * (1 - p) : s;
        QueryWork q = new QueryWork(keysBusiest * stepsPerScore * passes, unpruned * passes, unpruned);
        QueryWork[] queries = new QueryWork[s];
        java.util.Arrays.fill(queries, q);
        TilePipeline.HeadTiming t = TilePipeline.run(queries, c.fifoDepth(), passes);
        double heads = w.headCount();
        EnergyBreakdown e = energy(c, d, (double) s * s * stepsPerScore, s * unpruned).times(heads);
        return new LeopardResult(c, w.name(), t.cycles() * heads, t.backBusy() / t.cycles(), t.frontStalls() * heads,
                e, LeopardArea.mm2(c), 4.0 * s * s * d * heads);
    }

    /** The tile on per-Score traces, heads one after another. */
    public static LeopardResult run(LeopardConfig c, String workload, List<HeadTrace> heads) {
        if (heads.isEmpty()) {
            throw new IllegalArgumentException("no heads to run");
        }
        double cycles = 0;
        double busy = 0;
        double stalls = 0;
        double ops = 0;
        EnergyBreakdown e = new EnergyBreakdown(0, 0, 0, 0, 0);
        for (HeadTrace h : heads) {
            int d = h.headDim();
            int passes = passes(c, d);
            QueryWork[] queries = new QueryWork[h.queries()];
            double[] dpuSteps = new double[c.qkDpus()];
            double steps = 0;
            double unprunedAll = 0;
            for (int i = 0; i < h.queries(); i++) {
                boolean[] pruned = h.pruned()[i];
                byte[] bits = h.bitsProcessed()[i];
                java.util.Arrays.fill(dpuSteps, 0);
                int unpruned = 0;
                for (int j = 0; j < pruned.length; j++) {
                    int st = c.earlyTermination() && pruned[j]
                            ? (bits[j] + c.bitsPerStep() - 1) / c.bitsPerStep() : c.fullSteps();
                    dpuSteps[j % c.qkDpus()] += st;
                    steps += st;
                    if (!c.runtimePruning() || !pruned[j]) {
                        unpruned++;
                    }
                }
                double front = 0;
                for (double v : dpuSteps) {
                    front = Math.max(front, v);
                }
                queries[i] = new QueryWork(front * passes, (double) unpruned * passes, unpruned);
                unprunedAll += unpruned;
                ops += 4.0 * pruned.length * d;
            }
            TilePipeline.HeadTiming t = TilePipeline.run(queries, c.fifoDepth(), passes);
            cycles += t.cycles();
            busy += t.backBusy();
            stalls += t.frontStalls();
            e = e.plus(energy(c, d, steps, unprunedAll));
        }
        return new LeopardResult(c, workload, cycles, busy / cycles, stalls, e, LeopardArea.mm2(c), ops);
    }

    /** The thesis' reference point for both: the baseline on the same workload. */
    public static LeopardResult baseline(LeopardWorkload w) {
        return run(LeopardConfig.baseline(), w);
    }

    private static int passes(LeopardConfig c, int d) {
        return (d + c.taps() - 1) / c.taps();
    }

    /**
     * Energy of {@code steps} QK-DPU steps (summed over Scores) and {@code unpruned} back-end
     * Scores at head dimension d. Only the d active lanes are charged.
     */
    static EnergyBreakdown energy(LeopardConfig c, int d, double steps, double unpruned) {
        LeopardEnergy pj = LeopardEnergy.derived(c.bitsPerStep());
        boolean bitSerial = c.bitsPerStep() < c.keyBits();
        double lane = bitSerial ? pj.bitSerialLanePj() : pj.fullLanePj();
        double perStep = bitSerial ? pj.bitSerialStepPj() : 0;
        double qk = steps * (d * lane + perStep);
        double kBuf = steps * d * c.bitsPerStep() * pj.sramBitPj();
        double softmax = unpruned * pj.softmaxPj();
        double xv = unpruned * d * pj.vLanePj();
        double vBuf = unpruned * d * VALUE_BITS * pj.sramBitPj();
        return new EnergyBreakdown(qk, kBuf, softmax, xv, vBuf);
    }
}
