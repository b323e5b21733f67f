package dev.accelbench.kernels.mac;

/** Shape checks of the MAC GEMMs, with the numbers in the message. */
final class MacArgs {

    private MacArgs() {
    }

    static void check(int m, int n, int k, float[] a, float[] b, double[] c) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("MAC GEMM dimensions must be >= 0, got m=" + m + ", n=" + n + ", k=" + k);
        }
        if (a == null || b == null || c == null) {
            throw new IllegalArgumentException("MAC GEMM arrays must not be null (a " + (a == null ? "null" : "ok") + ", b "
                    + (b == null ? "null" : "ok") + ", c " + (c == null ? "null" : "ok") + ")");
        }
        need("A", a.length, (long) m * k, m + " x " + k);
        need("B", b.length, (long) k * n, k + " x " + n);
        need("C", c.length, (long) m * n, m + " x " + n);
    }

    private static void need(String name, int length, long needed, String shape) {
        if (length < needed) {
            throw new IllegalArgumentException(name + " (" + shape + ", row-major) needs " + needed
                    + " elements, the array has " + length);
        }
    }
}
