package dev.accelbench.kernels.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GemmErrorTest {

    @Test
    void exactProductsHaveNoErrorAndAPerturbationShows() {
        float[] a = {1, 2, 3, 4};
        float[] b = {5, 6, 7, 8};
        float[] c = new float[4];
        GemmReference.gemm(Op.N, Op.N, 2, 2, 2, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2);
        assertEquals(0.0, GemmError.relativeFrobenius(Op.N, Op.N, 2, 2, 2, 1f, a, 2, b, 2, c, 2));
        // C_ref = [[19, 22], [43, 50]], ||C_ref||_F = sqrt(5194); an error of 1 in one element:
        c[3] += 1;
        assertEquals(1 / Math.sqrt(5194), GemmError.relativeFrobenius(Op.N, Op.N, 2, 2, 2, 1f, a, 2, b, 2, c, 2), 1e-15);
        double sampled = GemmError.sampledRelativeFrobenius(Op.N, Op.N, 2, 2, 2, 1f, a, 2, b, 2, c, 2, 4096, 1);
        // Sampling with replacement weighs the elements by chance: 4,096 draws of 4 elements come within 5%.
        assertEquals(1 / Math.sqrt(5194), sampled, 0.05 / Math.sqrt(5194));
    }

    @Test
    void sgemmErrorIsAtTheLevelOfFloatRounding() {
        int n = 96;
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        float[] a = new float[n * n];
        float[] b = new float[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextGaussian();
            b[i] = (float) random.nextGaussian();
        }
        float[] c = new float[n * n];
        Sgemm.gemm(Op.N, Op.N, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        double error = GemmError.relativeFrobenius(Op.N, Op.N, n, n, n, 1f, a, n, b, n, c, n);
        assertTrue(error > 0 && error < 1e-6, "relative error " + error);
    }
}
