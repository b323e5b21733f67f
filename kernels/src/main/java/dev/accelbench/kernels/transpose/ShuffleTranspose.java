package dev.accelbench.kernels.transpose;

/**
 * In-place transpose of an M x N float matrix by the decomposition of Catanzaro, Keller and
 * Garland ("A decomposition for in-place matrix transposition", PPoPP 2014): every element moves
 * only within its column, then within its row, then within its column, so each step needs a
 * buffer of one row or one band of columns: O(max(M, N)) extra memory, and every step streams.
 *
 * <p>Element (i, j) must end at linear index p = j M + i, i.e. grid cell (r, s) = (p / N, p mod N)
 * of the M x N grid. With c = gcd(M, N) and b = N / c:
 * <ol>
 *   <li>(only if c > 1) rotate column j down by floor(j / b): (i, j) -> (i', j), i' = (i + j / b) mod M;
 *   <li>in row i', move column j to s = (j M + i) mod N, where i = (i' - j / b) mod M. Writing
 *       j = q b + t, j M = t a c (mod N) with a = M / c coprime to b, so s = c (t a mod b) + i - q
 *       (mod N) takes every value once per row: the step is a permutation of the row;
 *   <li>in column s, gather into row r the element of row i' = (i + j / b) mod M, where i = p mod M,
 *       j = p / M, p = r N + s.
 * </ol>
 * Column steps work on bands of {@value #BAND} adjacent columns (one cache line) through a
 * buffer of M x {@value #BAND} floats (in L2 up to M = 8192). Step 3 visits its output rows in
 * the order of their first source row, which keeps the window of source rows in L1 (see
 * {@code diagonalColumns} and {@code gatherColumns}; for c > 1 the order costs M ints);
 * the row step scatters a row into a buffer of N floats and copies it back. Threads split the
 * bands and the rows; each thread has its own buffer.
 */
public final class ShuffleTranspose {

    /** Columns per band in the column steps: 16 floats, one 64-byte line. */
    static final int BAND = 16;

    private ShuffleTranspose() {
    }

    /** The matrix at {@code off} on up to {@code threads} threads. */
    public static void transpose(float[] a, int off, int rows, int cols, int threads) {
        TransposeArgs.matrix("a", a.length, off, rows, cols);
        TransposeArgs.threads(threads);
        if (rows <= 1 || cols <= 1) {
            return;
        }
        int m = rows;
        int n = cols;
        int c = Parallel.gcd(m, n);
        int b = n / c;
        int bands = (n + BAND - 1) / BAND;
        int t = (long) m * n < (1 << 16) ? 1 : threads;
        if (c > 1) {
            Parallel.forRange(bands, t, (from, to) -> {
                float[] buf = new float[m * BAND];
                for (int band = from; band < to; band++) {
                    rotateColumns(a, off, m, n, b, band * BAND, Math.min(n, band * BAND + BAND), buf);
                }
            });
        }
        Parallel.forRange(m, t, (from, to) -> {
            float[] buf = new float[n];
            for (int i = from; i < to; i++) {
                shuffleRow(a, off, m, n, b, i, buf);
            }
        });
        // With c = 1 the last step can visit its rows in source order (see diagonalColumns).
        int nInverse = c == 1 ? java.math.BigInteger.valueOf(n % m).modInverse(java.math.BigInteger.valueOf(m)).intValue() : 0;
        Parallel.forRange(bands, t, (from, to) -> {
            float[] buf = new float[m * BAND];
            int[] order = c == 1 ? null : new int[m];
            for (int band = from; band < to; band++) {
                int s0 = band * BAND;
                int s1 = Math.min(n, s0 + BAND);
                if (c == 1) {
                    diagonalColumns(a, off, m, n, nInverse, s0, s1, buf);
                } else {
                    gatherColumns(a, off, m, n, b, s0, s1, buf, order);
                }
            }
        });
    }

    /** Step 1 on columns [j0, j1): new row i' of column j is old row (i' - j / b) mod m. */
    private static void rotateColumns(float[] a, int off, int m, int n, int b, int j0, int j1, float[] buf) {
        int w = j1 - j0;
        for (int i = 0; i < m; i++) {
            for (int j = j0; j < j1; j++) {
                int src = i - (j / b) % m;
                buf[i * w + j - j0] = a[off + (src < 0 ? src + m : src) * n + j];
            }
        }
        for (int i = 0; i < m; i++) {
            System.arraycopy(buf, i * w, a, off + i * n + j0, w);
        }
    }

    /** Step 2 on row ii: column j goes to (j m + (ii - j / b) mod m) mod n. */
    private static void shuffleRow(float[] a, int off, int m, int n, int b, int ii, float[] buf) {
        int row = off + ii * n;
        int step = m % n;
        for (int j0 = 0; j0 < n; j0 += b) {
            int q = j0 / b;
            int i = Math.floorMod(ii - q, m);
            int s = (int) (((long) j0 * m + i) % n);
            for (int j = j0; j < j0 + b; j++) {
                buf[s] = a[row + j];
                s += step;
                if (s >= n) {
                    s -= n;
                }
            }
        }
        System.arraycopy(buf, 0, a, row, n);
    }

    /**
     * Step 3 on columns [s0, s1) for c > 1: row r of column s takes row (p mod m + (p / m) / b) mod m,
     * p = r n + s. Along a band row, p mod m climbs by one (and p / m steps up where it wraps), so
     * row r reads a near-diagonal starting at row i'(r, s0). As for c = 1, rows are visited in the
     * order of that start, through the inverse of r -> i'(r, s0) (m ints in {@code order}), so that
     * the source window stays in L1.
     */
    private static void gatherColumns(float[] a, int off, int m, int n, int b, int s0, int s1, float[] buf, int[] order) {
        int w = s1 - s0;
        for (int r = 0; r < m; r++) {
            long p0 = (long) r * n + s0;
            order[(int) ((p0 % m + p0 / m / b) % m)] = r;
        }
        for (int start = 0; start < m; start++) {
            int r = order[start];
            long p0 = (long) r * n + s0;
            int i = (int) (p0 % m);
            int j = (int) (p0 / m);
            int q = j / b;
            int dst = r * w;
            for (int x = 0; x < w; x++) {
                int src = i + q;
                buf[dst + x] = a[off + (src >= m ? src - m : src) * n + s0 + x];
                if (++i == m) {
                    i = 0;
                    q = ++j / b;
                }
            }
        }
        for (int r = 0; r < m; r++) {
            System.arraycopy(buf, r * w, a, off + r * n + s0, w);
        }
    }

    /**
     * Step 3 on columns [s0, s1) for c = 1, where no column was rotated. Row r of the band takes
     * the diagonal of source rows i0, i0 + 1, ..., i0 + w - 1 (mod m), i0 = (r n + s0) mod m, since
     * p = r n + s has p mod m = i0 + (s - s0). The map r -> i0 is a bijection, with inverse
     * r = (i0 - s0) n^-1 mod m, so the rows are visited in the order of i0: the window of w
     * source rows slides down by one row per output row and stays in L1, and every output row is
     * one contiguous store of w floats into the buffer.
     */
    private static void diagonalColumns(float[] a, int off, int m, int n, int nInverse, int s0, int s1, float[] buf) {
        int w = s1 - s0;
        int r = (int) ((long) Math.floorMod(-s0, m) * nInverse % m);
        for (int i0 = 0; i0 < m; i0++) {
            int dst = r * w;
            int wrap = Math.min(w, m - i0); // rows past m - 1 wrap to row 0
            int src = off + i0 * n + s0;
            for (int x = 0; x < wrap; x++) {
                buf[dst + x] = a[src + x * (n + 1)];
            }
            for (int x = wrap; x < w; x++) { // only near the end, or for fewer rows than the band is wide
                buf[dst + x] = a[off + (i0 + x) % m * n + s0 + x];
            }
            r += nInverse;
            if (r >= m) {
                r -= m;
            }
        }
        for (int row = 0; row < m; row++) {
            System.arraycopy(buf, row * w, a, off + row * n + s0, w);
        }
    }

    /** Extra bytes one call allocates on one thread (each further thread allocates as much). */
    public static long extraBytes(int rows, int cols) {
        if (rows <= 1 || cols <= 1) {
            return 0;
        }
        int c = Parallel.gcd(rows, cols);
        return 4L * Math.max(cols, (long) rows * BAND + (c == 1 ? 0 : rows));
    }
}
