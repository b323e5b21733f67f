package dev.accelbench.tools.model;

import dev.accelbench.kernels.attention.BitSerialAttention;
import dev.accelbench.kernels.attention.BitSerialFormat;
import dev.accelbench.kernels.attention.PruningStats;
import dev.accelbench.kernels.attention.SprintAttention;
import dev.accelbench.kernels.attention.SprintConfig;
import dev.accelbench.kernels.attention.workload.AttentionInputs;
import dev.accelbench.kernels.attention.workload.AttentionWorkload;
import dev.accelbench.kernels.attention.workload.RatePaper;
import dev.accelbench.kernels.attention.workload.WorkloadGenerator;
import java.util.Locale;

/**
 * A kernel run on the workload generator that gathers a paper model's statistics when no stats
 * file is given: seeded inputs, Th calibrated (on the generator's calibration seed, as
 * {@code accelbench attention} does) for the pruning rate the given paper reports, then the
 * bit-serial kernel (LEOPARD) or the SPRINT kernel with the thesis' 4 MSBs and 5-bit output, its
 * statistics keeping every query's pruning vector.
 *
 * @param inputs    the generated Q, K, V
 * @param paper     whose rate Th was calibrated for
 * @param rate      that rate
 * @param threshold the calibrated Th
 * @param stats     the kernel's statistics
 */
record KernelRun(AttentionInputs inputs, RatePaper paper, double rate, float threshold, PruningStats stats) {

    static KernelRun bitSerial(AttentionWorkload w, RatePaper paper, Integer heads, long seed) {
        AttentionInputs in = inputs(w, heads, seed);
        double rate = w.rate(paper);
        float th = WorkloadGenerator.calibratedThreshold(w, rate);
        BitSerialFormat format = BitSerialFormat.leopard(2);
        PruningStats stats = new PruningStats(format.keyBits());
        BitSerialAttention.compute(in.q(), in.k(), in.v(), new float[in.shape().elements()], in.shape(), in.mask(), th,
                new BitSerialAttention.Workspace(in.shape(), format), stats);
        return new KernelRun(in, paper, rate, th, stats);
    }

    static KernelRun sprint(AttentionWorkload w, RatePaper paper, Integer heads, long seed) {
        AttentionInputs in = inputs(w, heads, seed);
        double rate = w.rate(paper);
        float th = WorkloadGenerator.calibratedThreshold(w, rate);
        PruningStats stats = PruningStats.keepingVectors(12);
        SprintAttention.compute(in.q(), in.k(), in.v(), new float[in.shape().elements()], in.shape(), in.mask(), th,
                SprintConfig.THESIS.withCheckExact(false), new SprintAttention.Workspace(in.shape()), stats);
        return new KernelRun(in, paper, rate, th, stats);
    }

    private static AttentionInputs inputs(AttentionWorkload w, Integer heads, long seed) {
        if (heads != null && heads < 1) {
            throw new IllegalArgumentException("--heads must be at least 1, got " + heads);
        }
        return heads == null ? WorkloadGenerator.generate(w, seed) : WorkloadGenerator.generate(w, heads, seed);
    }

    /** Where the statistics came from, for the output. */
    String describe(String kernel, long seed) {
        return String.format(Locale.ROOT, "%s kernel on the workload generator (seed %d, %d heads, Th %.4f calibrated "
                + "for %s's %.1f%%)", kernel, seed, inputs.shape().heads(), threshold,
                paper.name().toLowerCase(Locale.ROOT), 100 * rate);
    }
}
