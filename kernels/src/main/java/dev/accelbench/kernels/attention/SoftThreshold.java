package dev.accelbench.kernels.attention;

/**
 * LEOPARD's differentiable pruning (thesis equation 2.1): SoftThreshold(x) = x tanh(s (x - Th)) for
 * x >= Th and c tanh(s (x - Th)) below, so scores well below Th go to -c (probability ~0 after
 * softmax) and scores well above stay themselves, with gradients near Th. The thesis uses c = 1000
 * and s = 10 (section 2.2.1).
 *
 * @param c the magnitude a pruned score is pushed to
 * @param s the sharpness
 */
public record SoftThreshold(double c, double s) {

    public static final SoftThreshold THESIS = new SoftThreshold(1000, 10);

    public SoftThreshold {
        if (!(c > 0) || !(s > 0) || Double.isInfinite(c) || Double.isInfinite(s)) {
            throw new IllegalArgumentException("soft threshold needs finite c > 0 and s > 0, got c=" + c + " s=" + s);
        }
    }

    public double value(double x, double th) {
        double t = Math.tanh(s * (x - th));
        return x >= th ? x * t : c * t;
    }

    /** d value / dx. */
    public double dx(double x, double th) {
        double u = s * (x - th);
        double sech2 = sech2(u);
        return x >= th ? Math.tanh(u) + x * s * sech2 : c * s * sech2;
    }

    /** d value / d Th (the gradient that learns the threshold). */
    public double dTh(double x, double th) {
        double sech2 = sech2(s * (x - th));
        return x >= th ? -x * s * sech2 : -c * s * sech2;
    }

    static double sech2(double u) {
        if (Math.abs(u) > 40) {
            return 0;
        }
        double ch = Math.cosh(u);
        return 1 / (ch * ch);
    }
}
