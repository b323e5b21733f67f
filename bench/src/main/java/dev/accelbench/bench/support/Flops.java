package dev.accelbench.bench.support;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Floating-point operations done, reported by JMH as a rate beside the primary score: with the
 * suite's ns time unit, {@code ·flops} in ops/ns reads as GFLOP/s. {@code @OperationsPerInvocation}
 * cannot follow a size {@code @Param}, so benchmarks add their work per invocation here.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Flops {

    /** Floating-point operations (a multiply-add counts two). */
    public long flops;

    @Setup(Level.Iteration)
    public void reset() {
        flops = 0;
    }
}
