package dev.accelbench.models.tech;

/**
 * Dennard (constant-field) scaling between process nodes, the rule the LEOPARD/SPRINT thesis uses
 * to move its 65 nm results to 40 nm (Table 2.3): with s = old / new feature size, area scales by
 * 1/s^2, speed (GOPs/s at the same design) by s, and energy efficiency (GOPs/J) by s^3 (energy per
 * operation falls as C V^2, both C and V by 1/s).
 */
public final class ProcessScaling {

    private ProcessScaling() {
    }

    private static double ratio(double fromNm, double toNm) {
        if (!(fromNm > 0) || !(toNm > 0)) {
            throw new IllegalArgumentException("feature sizes must be positive nm, got " + fromNm + " and " + toNm);
        }
        return fromNm / toNm;
    }

    /** Area at {@code toNm}: area x (to/from)^2. */
    public static double area(double area, double fromNm, double toNm) {
        double s = ratio(fromNm, toNm);
        return area / (s * s);
    }

    /** Throughput at {@code toNm}: x from/to. */
    public static double throughput(double gopsPerSecond, double fromNm, double toNm) {
        return gopsPerSecond * ratio(fromNm, toNm);
    }

    /** Energy efficiency at {@code toNm}: x (from/to)^3. */
    public static double efficiency(double gopsPerJoule, double fromNm, double toNm) {
        double s = ratio(fromNm, toNm);
        return gopsPerJoule * s * s * s;
    }

    /** Energy per operation at {@code toNm}: / (from/to)^3. */
    public static double energy(double pj, double fromNm, double toNm) {
        double s = ratio(fromNm, toNm);
        return pj / (s * s * s);
    }
}
