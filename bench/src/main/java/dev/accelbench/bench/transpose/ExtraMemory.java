package dev.accelbench.bench.transpose;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extra memory of one kernel call besides its matrix, as a secondary result: the most it holds at
 * once, per thread ({@code InPlaceTranspose.extraBytes}). An EVENTS counter is not divided by
 * time; each invocation sets (not adds) the figure, and JMH adds the iterations' values, so
 * {@code ·extraBytes} reads as bytes per call times the measurement iterations (5 by default:
 * divide by {@code -i}). {@code -prof gc} measures {@code gc.alloc.rate.norm}, the total a call
 * allocates: the same for one-buffer methods, the sum of the steps' buffers for the shuffles.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ExtraMemory {

    /** Bytes of bitmaps and buffers one call allocates, per thread. */
    public long extraBytes;

    @Setup(Level.Iteration)
    public void reset() {
        extraBytes = 0;
    }
}
