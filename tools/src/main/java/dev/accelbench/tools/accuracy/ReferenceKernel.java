package dev.accelbench.tools.accuracy;

import dev.accelbench.kernels.approx.Op;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float64 reference over a chunk, with DoubleVector where the Vector API has the function
 * (EXP and SIN are its transcendental intrinsics, within about 1 ulp of float64, a billion times
 * finer than float32's rounding), the scalar reference elsewhere (GeLU's erf).
 */
final class ReferenceKernel {

    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private ReferenceKernel() {
    }

    static void compute(Op op, float[] x, double[] xd, double[] ref, int n) {
        for (int i = 0; i < n; i++) {
            xd[i] = x[i];
        }
        int i = 0;
        int bound = D.loopBound(n);
        switch (op) {
            case EXP -> {
                for (; i < bound; i += D.length()) {
                    DoubleVector.fromArray(D, xd, i).lanewise(VectorOperators.EXP).intoArray(ref, i);
                }
            }
            case RECIPROCAL -> {
                for (; i < bound; i += D.length()) {
                    DoubleVector.broadcast(D, 1.0).div(DoubleVector.fromArray(D, xd, i)).intoArray(ref, i);
                }
            }
            case RSQRT -> {
                for (; i < bound; i += D.length()) {
                    DoubleVector.broadcast(D, 1.0).div(DoubleVector.fromArray(D, xd, i).sqrt()).intoArray(ref, i);
                }
            }
            case SILU -> {
                for (; i < bound; i += D.length()) {
                    DoubleVector v = DoubleVector.fromArray(D, xd, i);
                    v.div(v.neg().lanewise(VectorOperators.EXP).add(1.0)).intoArray(ref, i);
                }
            }
            case SIN -> {
                for (; i < bound; i += D.length()) {
                    DoubleVector.fromArray(D, xd, i).lanewise(VectorOperators.SIN).intoArray(ref, i);
                }
            }
            default -> {
                // no vector form: the scalar loop below does all of it
            }
        }
        for (; i < n; i++) {
            ref[i] = op.reference(xd[i]);
        }
    }
}
