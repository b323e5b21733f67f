package dev.accelbench.kernels.numeric.block;

import dev.accelbench.kernels.platform.KernelSpecies;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** The largest magnitude of a block, the first step of every block format. */
final class BlockMax {

    private static final VectorSpecies<Float> SPECIES = KernelSpecies.FLOAT;

    private BlockMax() {
    }

    /**
     * max |src[from+i]| for i < n, NaN if any value is NaN (Math.max and the Vector API's MAX both
     * propagate NaN), +Inf if any is infinite: callers test the result once instead of every value.
     */
    static float vector(float[] src, int from, int n) {
        int i = 0;
        float max = 0f;
        int bound = SPECIES.loopBound(n);
        if (bound > 0) {
            FloatVector acc = FloatVector.fromArray(SPECIES, src, from).abs();
            for (i = SPECIES.length(); i < bound; i += SPECIES.length()) {
                acc = acc.max(FloatVector.fromArray(SPECIES, src, from + i).abs());
            }
            max = acc.reduceLanes(VectorOperators.MAX);
        }
        for (; i < n; i++) {
            max = Math.max(max, Math.abs(src[from + i]));
        }
        return max;
    }

    /** The scalar reference of {@link #vector}. */
    static float scalar(float[] src, int from, int n) {
        float max = 0f;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(src[from + i]));
        }
        return max;
    }
}
