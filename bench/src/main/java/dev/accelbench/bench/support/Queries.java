package dev.accelbench.bench.support;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Attention queries processed (one query row of one head against its keys), reported as a rate
 * beside the primary score: with the suite's ns time unit, {@code ·queries} in ops/ns times 10^9
 * is queries per second. Attention kernels of different pruning schemes do different flops for
 * the same answer, so queries, not flops, compare them. See {@link Flops}.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Queries {

    /** Query rows processed (padded queries excluded). */
    public long queries;

    @Setup(Level.Iteration)
    public void reset() {
        queries = 0;
    }
}
