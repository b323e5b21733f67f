package dev.accelbench.kernels.attention;

/**
 * SPRINT's random-pruning baseline (thesis equation 3.1): two queries over S keys keep M1 and M2 of
 * them at random; the overlap L is hypergeometric, P(L) = C(M1, L) C(S - M1, M2 - L) / C(S, M2),
 * and E(L) = sum_L L P(L), which is M1 M2 / S (the thesis writes the equal-M case, M^2 / S). The
 * statistics use the closed form; {@link #expectedBySum} evaluates the sum as printed, and the
 * tests hold the two equal.
 */
public final class RandomPruningOverlap {

    private RandomPruningOverlap() {
    }

    /** E(L) in closed form. */
    public static double expected(int s, int m1, int m2) {
        check(s, m1, m2);
        return s == 0 ? 0 : (double) m1 * m2 / s;
    }

    /** P(L = l), computed with log-factorials (exact enough for S up to millions). */
    public static double probability(int s, int m1, int m2, int l) {
        check(s, m1, m2);
        if (l < Math.max(0, m1 + m2 - s) || l > Math.min(m1, m2)) {
            return 0;
        }
        return Math.exp(logChoose(m1, l) + logChoose(s - m1, m2 - l) - logChoose(s, m2));
    }

    /** E(L) = sum_L L P(L), as equation 3.1 prints it. */
    public static double expectedBySum(int s, int m1, int m2) {
        double e = 0;
        for (int l = 1; l <= Math.min(m1, m2); l++) {
            e += l * probability(s, m1, m2, l);
        }
        return e;
    }

    private static void check(int s, int m1, int m2) {
        if (s < 0 || m1 < 0 || m2 < 0 || m1 > s || m2 > s) {
            throw new IllegalArgumentException("need 0 <= M1, M2 <= S, got S=" + s + " M1=" + m1 + " M2=" + m2);
        }
    }

    private static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
