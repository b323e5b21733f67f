package dev.accelbench.kernels.platform;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;

/**
 * Vectors of the kernels' species whose class C2 knows without a profile, for use with vectors
 * carried around a loop.
 *
 * <p>Why: when C2 parses a loop, a vector carried around it (an accumulator, a running max) has
 * only its declared type, {@code FloatVector}, which has a subclass per shape. A method called
 * <em>on</em> such a vector is a virtual call that C2 inlines only through the call site's
 * receiver-type profile (or class-hierarchy analysis while one {@code FloatVector} class is loaded).
 * Tiered compilation sometimes runs a method at level 2 (no profiles) while the C2 queue is long,
 * and C2 then finds an empty profile: the call stays a call, every vector around it is boxed, and
 * the kernel allocates megabytes per operation in about one JVM in ten. Methods called on a fresh
 * vector ({@code fromArray}, {@code broadcast}, a constant, or a result of one) bind statically,
 * and a loop-carried vector passed as an argument is fine. So the kernels keep loop-carried vectors
 * out of the receiver position: {@code x.max(acc)}, not {@code acc.max(x)};
 * {@code broadcast(s).mul(acc)}, not {@code acc.mul(s)}; {@code Lanes.ONE.mul(acc).reduceLanes(ADD)}
 * after the loop. Running with {@code -XX:TypeProfileWidth=0} makes every such call unprofiled and
 * shows a kernel that breaks the rule (the CI smoke gate runs that way, see docs/ci.md).
 */
public final class Lanes {

    /**
     * All ones at {@link KernelSpecies#FLOAT}: {@code ONE.mul(acc)} is acc itself (exact for every
     * float, -0 and NaN included) with its class known, for a reduction or store after the loop.
     * A constant rather than a helper method: a helper taking a vector boxes it whenever C2 does
     * not inline the call, and C2 skips small methods at call sites it thinks cold.
     */
    public static final FloatVector ONE = FloatVector.broadcast(KernelSpecies.FLOAT, 1f);

    /** All zeros at {@link KernelSpecies#INT}: {@code INT_ZERO.or(acc)} is acc with its class known. */
    public static final IntVector INT_ZERO = IntVector.zero(KernelSpecies.INT);

    private Lanes() {
    }
}
