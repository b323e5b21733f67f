package dev.accelbench.tools.accuracy;

import dev.accelbench.kernels.approx.Op;
import dev.accelbench.kernels.approx.UnaryApprox;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * Error sweep of approximation variants against the float64 reference, over every float32 in a
 * range (exhaustive) or over N floats drawn uniformly from them (each representable value equally
 * likely, seeded). The work is split into chunks of 64K inputs shared by all threads; per chunk the
 * variant runs through its vector path, the reference through DoubleVector, and the errors go into
 * the thread's {@link ErrorStats}, merged at the end. The reference is computed once per chunk for
 * all variants.
 */
public final class ErrorSweep {

    static final int CHUNK = 1 << 16;

    private final Op op;
    private final List<UnaryApprox> variants;
    private final float lo;
    private final float hi;
    private final int threads;
    private final int plotBins;

    /**
     * @param plotBins bins of the error-vs-input curve (0: none)
     */
    public ErrorSweep(Op op, List<UnaryApprox> variants, float lo, float hi, int threads, int plotBins) {
        if (!(lo <= hi) || !Float.isFinite(lo) || !Float.isFinite(hi)) {
            throw new IllegalArgumentException("the range needs finite lo <= hi, got [" + lo + ", " + hi + "]");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        for (UnaryApprox v : variants) {
            if (v.op() != op) {
                throw new IllegalArgumentException(v.key() + " is not a " + op.label() + " variant");
            }
        }
        this.op = op;
        this.variants = List.copyOf(variants);
        this.lo = lo;
        this.hi = hi;
        this.threads = threads;
        this.plotBins = plotBins;
    }

    /** How many float32 values lie in [lo, hi]. */
    public long floatsInRange() {
        return FloatOrdinals.ordinal(hi) - FloatOrdinals.ordinal(lo) + 1;
    }

    /** Every float in the range; {@code progress} receives the inputs done so far, now and then. */
    public List<SweepResult> exhaustive(LongConsumer progress) throws InterruptedException {
        long first = FloatOrdinals.ordinal(lo);
        return run(floatsInRange(), (start, x, n, rng) -> {
            for (int i = 0; i < n; i++) {
                x[i] = FloatOrdinals.value(first + start + i);
            }
        }, 0, progress);
    }

    /** N floats drawn uniformly from the range's float32 values with the given seed. */
    public List<SweepResult> sampled(long samples, long seed, LongConsumer progress) throws InterruptedException {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        long first = FloatOrdinals.ordinal(lo);
        long count = floatsInRange();
        return run(samples, (start, x, n, rng) -> {
            for (int i = 0; i < n; i++) {
                x[i] = FloatOrdinals.value(first + rng.nextLong(count));
            }
        }, seed, progress);
    }

    private interface Inputs {
        void fill(long start, float[] x, int n, SplittableRandom rng);
    }

    private List<SweepResult> run(long total, Inputs inputs, long seed, LongConsumer progress) throws InterruptedException {
        long chunks = (total + CHUNK - 1) / CHUNK;
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        boolean relativeBins = variants.isEmpty() || variants.getFirst().bound().relative();
        double binScale = plotBins / Math.max(Double.MIN_NORMAL, (double) hi - lo);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "accuracy-sweep");
            t.setDaemon(true);
            return t;
        });
        List<Future<ErrorStats[]>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    ErrorStats[] stats = new ErrorStats[variants.size()];
                    for (int v = 0; v < stats.length; v++) {
                        stats[v] = new ErrorStats(plotBins);
                    }
                    float[] x = new float[CHUNK];
                    float[] y = new float[CHUNK];
                    double[] xd = new double[CHUNK];
                    double[] ref = new double[CHUNK];
                    for (long c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                        long start = c * CHUNK;
                        int n = (int) Math.min(CHUNK, total - start);
                        // each chunk has its own stream, so the samples do not depend on the thread count
                        inputs.fill(start, x, n, new SplittableRandom(seed ^ (c * 0x9E3779B97F4A7C15L)));
                        ReferenceKernel.compute(op, x, xd, ref, n);
                        for (int v = 0; v < stats.length; v++) {
                            variants.get(v).apply(x, 0, y, 0, n);
                            stats[v].add(x, y, ref, n, relativeBins, lo, binScale);
                        }
                        done.addAndGet(n);
                    }
                    return stats;
                }));
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                progress.accept(done.get());
            }
            progress.accept(done.get());
            ErrorStats[] merged = new ErrorStats[variants.size()];
            for (int v = 0; v < merged.length; v++) {
                merged[v] = new ErrorStats(plotBins);
            }
            for (Future<ErrorStats[]> f : futures) {
                ErrorStats[] part = f.get();
                for (int v = 0; v < merged.length; v++) {
                    merged[v].merge(part[v]);
                }
            }
            List<SweepResult> results = new ArrayList<>();
            for (int v = 0; v < merged.length; v++) {
                results.add(result(variants.get(v), merged[v]));
            }
            return results;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the sweep failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static SweepResult result(UnaryApprox v, ErrorStats s) {
        Histogram ulps = s.ulps();
        long n = Math.max(1, s.samples);
        long nr = Math.max(1, s.relSamples);
        return new SweepResult(v.label(), v.description(), v.bound().relative() ? "rel" : "abs", v.bound().value(),
                s.samples, s.nonFinite, s.maxAbs, s.sumAbs / n, Math.sqrt(s.sumSqAbs / n), s.maxRel, s.sumRel / nr,
                Math.sqrt(s.sumSqRel / nr), s.maxRelAt, ulps.getValueAtPercentile(50), ulps.getValueAtPercentile(99),
                ulps.getValueAtPercentile(99.9), ulps.getMaxValue(), s.bins);
    }
}
