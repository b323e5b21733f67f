package dev.accelbench.kernels.numeric.sqnr;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The test signals of the SQNR sweep, each scaled to zero mean and unit variance so that scalar
 * formats, whose grid is fixed, see the same spread: Gaussian (Box-Muller), Laplacian (inverse CDF,
 * scale 1/sqrt 2) and Student's t with 3 degrees of freedom (heavy tails, like transformer
 * activations; Z / sqrt(chi2_3 / 3), divided by sqrt 3). The samplers use only
 * {@link SplittableRandom#nextDouble()}, so a seed gives the same data on every JDK.
 */
public enum Distribution {
    GAUSSIAN("gaussian"),
    LAPLACIAN("laplacian"),
    STUDENT_T3("student-t3");

    private final String label;

    Distribution(String label) {
        this.label = label;
    }

    /** The name in tables and JSON. */
    public String label() {
        return label;
    }

    /** {@code n} samples drawn from a generator seeded with {@code seed}. */
    public float[] sample(long seed, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("sample count must be >= 0, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) next(random);
        }
        return x;
    }

    private double next(SplittableRandom random) {
        return switch (this) {
            case GAUSSIAN -> gaussian(random);
            case LAPLACIAN -> {
                double u = random.nextDouble() - 0.5;
                // Variance 2 b^2 = 1.
                yield -Math.signum(u) * Math.log1p(-2 * Math.abs(u)) / Math.sqrt(2);
            }
            case STUDENT_T3 -> {
                double z = gaussian(random);
                double chi2 = 0;
                for (int k = 0; k < 3; k++) {
                    double g = gaussian(random);
                    chi2 += g * g;
                }
                // t_3 has variance 3 / (3 - 2) = 3.
                yield z / Math.sqrt(chi2 / 3) / Math.sqrt(3);
            }
        };
    }

    /** Box-Muller's cosine branch; 1 - nextDouble() is in (0, 1], so the logarithm is finite. */
    private static double gaussian(SplittableRandom random) {
        double radius = Math.sqrt(-2 * Math.log(1 - random.nextDouble()));
        return radius * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Parses a label, case-insensitively. */
    public static Distribution parse(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.label.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown distribution '" + name + "'; expected one of "
                        + String.join("|", Arrays.stream(values()).map(Distribution::label).toList())));
    }
}
