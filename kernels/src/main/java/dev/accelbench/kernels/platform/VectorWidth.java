package dev.accelbench.kernels.platform;

import java.util.OptionalInt;

/**
 * The Vector API's preferred width, asked without failing in a JVM that was started without
 * {@code --add-modules jdk.incubator.vector} (such as the JMH launcher, which only forks the
 * benchmark JVMs).
 */
public final class VectorWidth {

    private static final String MODULE = "jdk.incubator.vector";

    private VectorWidth() {
    }

    /** {@code FloatVector.SPECIES_PREFERRED.vectorBitSize()}, or empty without the module. */
    public static OptionalInt preferredBits() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Preferred.BITS);
    }

    /** Touches the incubator classes only once the module is known to be there. */
    private static final class Preferred {
        static final int BITS = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }
}
