package dev.accelbench.bench.support;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Elements processed (inputs of an element-wise function, entries of a normalised or softmaxed
 * row), reported as a rate beside the primary score: with the suite's ns time unit,
 * {@code ·elements} in ops/ns reads as elements per ns. For kernels whose work is neither flops
 * nor bytes in a useful sense (exp, rsqrt: a few instructions per element whatever the method).
 * See {@link Flops}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Elements {

    /** Elements processed. */
    public long elements;

    @Setup(Level.Iteration)
    public void reset() {
        elements = 0;
    }
}
