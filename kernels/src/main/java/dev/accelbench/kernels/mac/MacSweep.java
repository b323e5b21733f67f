package dev.accelbench.kernels.mac;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The accuracy sweep over the MAC talk's pairings (Filip et al., "low-precision MAC units"): the
 * talk measures training accuracy (ResNet-20 on CIFAR-10: FP32 91.85%, E5M2 (CFG-5) + E6M5 91.04%,
 * E5M2 (CFG-5) + Q8.13 90.95%), which we cannot rerun; the {@link MacError} of dot products of
 * length K = 64 .. 4096 on seeded Gaussian data is our stand-in. It shows the mechanisms (a narrow
 * accumulator swamps as K grows; a fixed-point one loses small products and saturates) but says
 * nothing about a network's accuracy.
 */
public final class MacSweep {

    /** The talk's pairings, each with an FP32 accumulator beside it, and the FP32 MAC. */
    public static final List<Pairing> TALK_PAIRINGS = List.of(
            new Pairing("fp32", "fp32"),
            new Pairing("e4m2-cfg5", "fp32"),
            new Pairing("e4m2-cfg5", "e5m5"),
            new Pairing("e4m2-cfg5", "q8.12"),
            new Pairing("e5m2-cfg5", "fp32"),
            new Pairing("e5m2-cfg5", "e6m5"),
            new Pairing("e5m2-cfg5", "q8.13"),
            new Pairing("e5m2-cfg5", "q11.13"));

    /** The dot-product lengths of the sweep. */
    public static final List<Integer> LENGTHS = List.of(64, 256, 1024, 4096);

    private MacSweep() {
    }

    /** A multiplier input format and an accumulator, by name ({@link MacConfig#of}). */
    public record Pairing(String multiplier, String accumulator) {
        public MacConfig config() {
            return MacConfig.of(multiplier, accumulator);
        }

        public String name() {
            return multiplier + " + " + accumulator;
        }
    }

    /**
     * One cell of the sweep.
     *
     * @param pairing   multiplier + accumulator
     * @param k         the dot product's length
     * @param sigma     the standard deviation of the second operand (the first has 1)
     * @param meanError the mean {@link MacError} over the trials
     * @param maxError  the largest
     */
    public record Row(String pairing, int k, double sigma, double meanError, double maxError) {
    }

    /**
     * Every pairing at every length: {@code trials} dot products of x ~ N(0, 1) and y ~ N(0, sigma^2),
     * drawn from {@code seed}, each emulated sequentially ({@link ScalarMac}).
     */
    public static List<Row> run(List<Pairing> pairings, List<Integer> lengths, double sigma, int trials, long seed) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1, got " + trials);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
        List<Row> rows = new ArrayList<>();
        for (Pairing pairing : pairings) {
            MacConfig config = pairing.config();
            for (int k : lengths) {
                if (k < 1) {
                    throw new IllegalArgumentException("dot-product length must be >= 1, got " + k);
                }
                SplittableRandom random = new SplittableRandom(seed ^ k);
                double sum = 0;
                double max = 0;
                for (int t = 0; t < trials; t++) {
                    float[] x = new float[k];
                    float[] y = new float[k];
                    for (int i = 0; i < k; i++) {
                        x[i] = (float) random.nextGaussian();
                        y[i] = (float) (sigma * random.nextGaussian());
                    }
                    double error = MacError.of(config, x, y, ScalarMac.dot(config, x, y));
                    sum += error;
                    max = Math.max(max, error);
                }
                rows.add(new Row(pairing.name(), k, sigma, sum / trials, max));
            }
        }
        return rows;
    }
}
