package dev.accelbench.kernels.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Equations 2.1, 2.5 and 3.1. */
class PruningFunctionsTest {

    private static final SoftThreshold SOFT = SoftThreshold.THESIS;
    private static final L0Surrogate L0 = L0Surrogate.THESIS;

    @Test
    void softThresholdLimits() {
        assertEquals(0, SOFT.value(0.7, 0.7));
        assertEquals(-1000, SOFT.value(-3, 0.7), 1e-9);   // well below Th: -c
        assertEquals(5, SOFT.value(5, 0.7), 1e-9);        // well above: x itself
        assertEquals(-1000 * Math.tanh(-1), -SOFT.value(0.6, 0.7), 1e-9);
    }

    /** Derivatives against central differences, away from the kink at Th (the function is not smooth there). */
    @Property(tries = 500)
    void softThresholdDerivatives(@ForAll @DoubleRange(min = -3, max = 3) double x,
            @ForAll @DoubleRange(min = -1, max = 1) double th) {
        double h = 1e-6;
        if (Math.abs(x - th) < 1e-3) {
            return;
        }
        double dx = (SOFT.value(x + h, th) - SOFT.value(x - h, th)) / (2 * h);
        double dTh = (SOFT.value(x, th + h) - SOFT.value(x, th - h)) / (2 * h);
        assertEquals(dx, SOFT.dx(x, th), 1e-4 * (1 + Math.abs(dx)));
        assertEquals(dTh, SOFT.dTh(x, th), 1e-4 * (1 + Math.abs(dTh)));
    }

    @Test
    void l0SurrogateCountsSurvivors() {
        assertEquals(1, L0.value(0.3), 1e-12);
        assertEquals(0, L0.value(SOFT.value(-5, 0.5)), 1e-40);
        assertEquals(0.5, L0.value(-1000 + 1), 1e-12);      // score + c - alpha = 0
        assertEquals(2, L0.count(new double[] {0.2, 4, -1000}), 1e-12);
        assertEquals(25, L0.derivative(-999), 1e-12);        // k/4 at the midpoint
    }

    @Property(tries = 300)
    void l0Derivative(@ForAll @DoubleRange(min = -1002, max = -997) double x) {
        double h = 1e-7;
        double fd = (L0.value(x + h) - L0.value(x - h)) / (2 * h);
        assertEquals(fd, L0.derivative(x), 1e-4 * (1 + Math.abs(fd)));
    }

    @Property(tries = 200)
    void equation31SumIsTheHypergeometricMean(@ForAll @IntRange(min = 1, max = 300) int s,
            @ForAll @IntRange(min = 0, max = 300) int m1, @ForAll @IntRange(min = 0, max = 300) int m2) {
        m1 = m1 % (s + 1);
        m2 = m2 % (s + 1);
        assertEquals(RandomPruningOverlap.expected(s, m1, m2), RandomPruningOverlap.expectedBySum(s, m1, m2),
                1e-8 * (1 + RandomPruningOverlap.expected(s, m1, m2)));
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SoftThreshold(0, 10));
        assertThrows(IllegalArgumentException.class, () -> RandomPruningOverlap.expected(5, 6, 1));
    }
}
