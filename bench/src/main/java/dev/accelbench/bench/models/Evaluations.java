package dev.accelbench.bench.models;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Model evaluations done (one GEMM through the systolic model), reported by JMH as a rate beside
 * the primary score: with the suite's ns time unit, {@code ·evaluations} in ops/ns x 1e9 is
 * evaluations per second. {@code modeledMacs} is the MACs the evaluated GEMMs describe, so its rate
 * reads as modeled MACs per ns of host time.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Evaluations {

    /** GEMMs evaluated. */
    public long evaluations;

    /** MACs of the GEMMs evaluated. */
    public long modeledMacs;

    @Setup(Level.Iteration)
    public void reset() {
        evaluations = 0;
        modeledMacs = 0;
    }
}
