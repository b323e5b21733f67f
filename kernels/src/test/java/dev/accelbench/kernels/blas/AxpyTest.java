package dev.accelbench.kernels.blas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.platform.KernelSpecies;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Runs at the preferred width and at 128 bits, like {@link DotTest}. */
class AxpyTest {

    private static final double UNIT_ROUNDOFF = 0x1p-24;


    @Property(tries = 300)
    void vectorMatchesTheFusedReferenceBitForBit(@ForAll @IntRange(max = 10_000) int n, @ForAll float a,
                                                 @ForAll long seed) {
        float[] x = RandomVectors.uniform(seed, n);
        float[] y0 = RandomVectors.uniform(~seed, n);
        float[] expected = y0.clone();
        Axpy.reference(a, x, 0, expected, 0, n);
        float[] y = y0.clone();
        Axpy.vector(a, x, 0, y, 0, n);
        assertArrayEquals(expected, y, KernelSpecies.FLOAT + ", n=" + n + ", a=" + a);
    }

    @Property(tries = 200)
    void scalarLoopIsWithinTwoRoundings(@ForAll @IntRange(max = 10_000) int n, @ForAll long seed) {
        float a = 0.75f;
        float[] x = RandomVectors.uniform(seed, n);
        float[] y = RandomVectors.uniform(~seed, n);
        float[] result = y.clone();
        Axpy.scalar(a, x, 0, result, 0, n);
        for (int i = 0; i < n; i++) {
            double product = (double) a * x[i];
            double exact = product + y[i];
            double bound = UNIT_ROUNDOFF * (Math.abs(product) + Math.abs(exact)) * 1.000001;
            assertTrue(Math.abs(result[i] - exact) <= bound, "i=" + i);
        }
    }

    @Property(tries = 200)
    void onlyTheAddressedRangeOfYChanges(@ForAll @IntRange(max = 300) int n, @ForAll @IntRange(max = 40) int xOff,
                                         @ForAll @IntRange(max = 40) int yOff, @ForAll long seed) {
        float[] x = RandomVectors.smallIntegers(seed, xOff + n + 5);
        float[] y = RandomVectors.smallIntegers(~seed, yOff + n + 9);
        float[] expected = y.clone();
        for (int i = 0; i < n; i++) {
            expected[yOff + i] = 3 * x[xOff + i] + y[yOff + i];
        }
        Axpy.vector(3f, x, xOff, y, yOff, n);
        assertArrayEquals(expected, y);
    }

    @Test
    void badArgumentsAreRejected() {
        float[] four = new float[4];
        assertThrows(IllegalArgumentException.class, () -> Axpy.vector(1f, four, new float[3]));
        assertThrows(IndexOutOfBoundsException.class, () -> Axpy.vector(1f, four, 1, four, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> Axpy.scalar(1f, four, 0, four, 0, -2));
    }
}
