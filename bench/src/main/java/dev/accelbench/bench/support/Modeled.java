package dev.accelbench.bench.support;

import dev.accelbench.models.common.AcceleratorRun;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The modeled accelerator's figures for one operation of a benchmark, handed to
 * {@link ModelProfiler}, which reports them beside the host's speed as {@code model.cycles},
 * {@code model.gops_per_s}, {@code model.gops_per_j} and {@code model.energy_pj}.
 *
 * <p>A benchmark that has a matching accelerator model evaluates it in its
 * {@code @TearDown(Level.Iteration)}, on the workload it just ran (for pruned attention: the
 * pruning decisions and bits processed that the kernel itself produced), and records the result
 * here. Like {@link Accuracy}, this is shared mutable state only because JMH gives profilers no
 * access to benchmark state; it lives inside one benchmark fork and is emptied every iteration.
 */
public final class Modeled {

    /**
     * One operation of the benchmark on the modeled accelerator.
     *
     * @param preset   the accelerator preset, e.g. {@code leopard-hp} or {@code gemmini} (for the docs and logs)
     * @param cycles   accelerator cycles for one benchmark operation
     * @param gopsPerS modeled throughput, billions of operations per second
     * @param gopsPerJ modeled energy efficiency, billions of operations per joule
     * @param energyPj modeled energy for one benchmark operation, picojoules
     */
    public record Figures(String preset, double cycles, double gopsPerS, double gopsPerJ, double energyPj) {

        /** The figures of one model run, under the preset's name. */
        public static Figures of(String preset, AcceleratorRun run) {
            return new Figures(preset, run.cycles(), run.gopsPerS(), run.gopsPerJ(), run.totalEnergyPj());
        }

        public Figures {
            if (!(cycles >= 0) || !(gopsPerS >= 0) || !(gopsPerJ >= 0) || !(energyPj >= 0)) {
                throw new IllegalArgumentException("modeled figures of " + preset + " must be finite and >= 0: cycles "
                        + cycles + ", GOP/s " + gopsPerS + ", GOP/J " + gopsPerJ + ", pJ " + energyPj);
            }
        }
    }

    private static final AtomicReference<Figures> RECORDED = new AtomicReference<>();

    private Modeled() {
    }

    /** Records this iteration's figures; the last one recorded wins. */
    public static void record(Figures figures) {
        RECORDED.set(figures);
    }

    /** The figures of the iteration that ended, or null; removes them. */
    static Figures drain() {
        return RECORDED.getAndSet(null);
    }
}
