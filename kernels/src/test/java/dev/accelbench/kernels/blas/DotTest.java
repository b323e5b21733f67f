package dev.accelbench.kernels.blas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accelbench.kernels.platform.KernelSpecies;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Runs at the JVM's kernel width; Surefire runs this package twice, at the preferred width and at
 * 128 bits (see kernels/pom.xml), so both the wide and the narrow code paths and their tails are checked.
 */
class DotTest {

    private static final double UNIT_ROUNDOFF = 0x1p-24;


    @Property(tries = 300)
    void vectorEqualsReferenceExactlyOnExactlyRepresentableData(@ForAll @IntRange(max = 10_000) int n,
                                                                @ForAll long seed) {
        float[] x = RandomVectors.smallIntegers(seed, n);
        float[] y = RandomVectors.smallIntegers(~seed, n);
        double exact = Dot.reference(x, 0, y, 0, n);
        assertEquals(exact, Dot.vector(x, 0, y, 0, n), KernelSpecies.FLOAT + ", n=" + n);
        assertEquals(exact, Dot.scalar(x, 0, y, 0, n), "scalar, n=" + n);
    }

    @Property(tries = 300)
    void vectorIsWithinTheRoundingBoundOnRealData(@ForAll @IntRange(max = 10_000) int n, @ForAll long seed) {
        float[] x = RandomVectors.uniform(seed, n);
        float[] y = RandomVectors.uniform(~seed, n);
        double exact = Dot.reference(x, 0, y, 0, n);
        double absSum = 0;
        for (int i = 0; i < n; i++) {
            absSum += Math.abs((double) x[i] * y[i]);
        }
        // Any summation order of n exact (fused) products: |error| <= n u sum|x*y| (Higham, 3.1).
        double bound = n * UNIT_ROUNDOFF * absSum;
        double error = Math.abs(Dot.vector(x, 0, y, 0, n) - exact);
        assertTrue(error <= bound, KernelSpecies.FLOAT + ", n=" + n + ": error " + error + " > bound " + bound);
    }

    @Property(tries = 200)
    void offsetsSelectTheRightElements(@ForAll @IntRange(max = 300) int n, @ForAll @IntRange(max = 40) int xOff,
                                       @ForAll @IntRange(max = 40) int yOff, @ForAll long seed) {
        float[] x = RandomVectors.smallIntegers(seed, xOff + n + 7);
        float[] y = RandomVectors.smallIntegers(~seed, yOff + n + 3);
        float expected = 0;
        for (int i = 0; i < n; i++) {
            expected += x[xOff + i] * y[yOff + i];
        }
        assertEquals(expected, Dot.vector(x, xOff, y, yOff, n));
        assertEquals(expected, Dot.scalar(x, xOff, y, yOff, n));
    }

    @Test
    void emptyVectorsGiveZero() {
        assertEquals(0f, Dot.vector(new float[0], new float[0]));
        assertEquals(0f, Dot.scalar(new float[0], new float[0]));
    }

    @Test
    void nanAndInfinityPropagate() {
        float[] x = new float[100];
        float[] y = new float[100];
        java.util.Arrays.fill(x, 1f);
        java.util.Arrays.fill(y, 1f);
        x[97] = Float.NaN;
        assertTrue(Float.isNaN(Dot.vector(x, y)));
        x[97] = Float.POSITIVE_INFINITY;
        assertEquals(Float.POSITIVE_INFINITY, Dot.vector(x, y));
    }

    @Test
    void badArgumentsAreRejectedWithTheOperandNamed() {
        float[] four = new float[4];
        float[] five = new float[5];
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Dot.vector(four, five))
                .getMessage().contains("x[4] and y[5]"));
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> Dot.vector(four, 2, five, 0, 3))
                .getMessage().startsWith("x:"));
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> Dot.scalar(four, 0, five, 3, 3))
                .getMessage().startsWith("y:"));
        assertThrows(IllegalArgumentException.class, () -> Dot.vector(four, 0, five, 0, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> Dot.vector(four, -1, five, 0, 1));
    }
}
