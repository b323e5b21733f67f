package dev.accelbench.kernels.attention.workload;

import dev.accelbench.kernels.attention.AttentionMask;
import dev.accelbench.kernels.attention.AttentionShape;
import dev.accelbench.kernels.attention.ThresholdCalibration;
import java.util.SplittableRandom;

/**
 * Seeded Q, K, V for a workload, standing in for model activations (there are no weights here).
 * Keys and values are independent standard normal rows. Queries walk: q_i is the direction of
 * z_i = rho z_(i-1) + sqrt(1 - rho^2) e_i (e_i standard normal, rho = the workload's locality)
 * scaled to norm sqrt(d), so every score q.k/sqrt(d) is standard normal while adjacent queries
 * point almost the same way and keep almost the same keys — the spatial locality SPRINT measures
 * (section 3.2, Figure 3.3), which random pruning would not have. Equal query norms keep the
 * pruning rate at a fixed threshold steady from seed to seed, as a learned per-layer threshold is
 * across inputs. Padded rows are zero (the mask excludes them anyway).
 *
 * <p>The threshold is calibrated once, on {@link #CALIBRATION_SEED}, like a threshold learned in
 * training and then applied to new inputs; rates measured on other seeds stay within a few tenths
 * of a percentage point (tested: within 3 points of the paper's figure on seeds 1-4).
 */
public final class WorkloadGenerator {

    /** The seed thresholds are calibrated on. */
    public static final long CALIBRATION_SEED = 0;

    private WorkloadGenerator() {
    }

    /** The workload's inputs for a seed, with its own head count. */
    public static AttentionInputs generate(AttentionWorkload w, long seed) {
        return generate(w, w.heads(), seed);
    }

    /** The workload's inputs for a seed with {@code heads} heads. */
    public static AttentionInputs generate(AttentionWorkload w, int heads, long seed) {
        AttentionShape shape = w.shape(heads);
        AttentionMask mask = w.mask();
        int s = shape.seqLen();
        int d = shape.headDim();
        float[] q = new float[shape.elements()];
        float[] k = new float[shape.elements()];
        float[] v = new float[shape.elements()];
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + w.ordinal());
        double rho = w.locality();
        double innovation = Math.sqrt(1 - rho * rho);
        double[] z = new double[d];
        for (int h = 0; h < heads; h++) {
            int off = h * s * d;
            for (int c = 0; c < d; c++) {
                z[c] = random.nextGaussian();
            }
            for (int i = 0; i < mask.validLength(); i++) {
                if (i > 0) {
                    for (int c = 0; c < d; c++) {
                        z[c] = rho * z[c] + innovation * random.nextGaussian();
                    }
                }
                double norm = 0;
                for (int c = 0; c < d; c++) {
                    norm += z[c] * z[c];
                }
                double scale = Math.sqrt(d / norm);
                for (int c = 0; c < d; c++) {
                    q[off + i * d + c] = (float) (z[c] * scale);
                    k[off + i * d + c] = (float) random.nextGaussian();
                    v[off + i * d + c] = (float) random.nextGaussian();
                }
            }
        }
        return new AttentionInputs(shape, mask, q, k, v);
    }

    /** The threshold that prunes {@code rate} of the scores of the calibration seed's inputs. */
    public static float calibratedThreshold(AttentionWorkload w, double rate) {
        AttentionInputs cal = generate(w, CALIBRATION_SEED);
        return ThresholdCalibration.forRate(cal.q(), cal.k(), cal.shape(), cal.mask(), rate);
    }

    /** The threshold for the rate the paper reports for this workload. */
    public static float calibratedThreshold(AttentionWorkload w, RatePaper paper) {
        return calibratedThreshold(w, w.rate(paper));
    }
}
