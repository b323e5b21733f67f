package dev.accelbench.models.workload;

/**
 * A GEMM C = A B with A of M x K and B of K x N (so C is M x N and the reduction runs over K).
 * SCALE-Sim's GEMM topology files list the same three sizes in the order M, N, K; this record
 * always means M, K, N.
 *
 * @param m rows of A and C
 * @param k the reduction dimension (columns of A, rows of B)
 * @param n columns of B and C
 */
public record Gemm(long m, long k, long n) {

    public Gemm {
        if (m < 1 || k < 1 || n < 1) {
            throw new IllegalArgumentException("GEMM sizes must be at least 1, got M=" + m + ", K=" + k + ", N=" + n);
        }
        try {
            Math.multiplyExact(Math.multiplyExact(m, k), n);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("GEMM too large: M*K*N overflows a long (M=" + m + ", K=" + k + ", N=" + n + ")");
        }
    }

    /** Parses {@code "M,K,N"} (spaces allowed), e.g. {@code "512,768,768"}. */
    public static Gemm parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("GEMM must be M,K,N, got nothing");
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("GEMM must be three sizes M,K,N, got '" + text + "'");
        }
        long[] v = new long[3];
        for (int i = 0; i < 3; i++) {
            try {
                v[i] = Long.parseLong(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("GEMM must be three whole numbers M,K,N, got '" + text + "'");
            }
        }
        return new Gemm(v[0], v[1], v[2]);
    }

    /** Multiply-accumulates: M K N. */
    public long macs() {
        return m * k * n;
    }

    @Override
    public String toString() {
        return m + "," + k + "," + n;
    }
}
