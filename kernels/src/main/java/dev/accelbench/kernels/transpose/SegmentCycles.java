package dev.accelbench.kernels.transpose;

/**
 * In-place permutation of a grid of contiguous segments of {@code seg} floats: the grid
 * [d0][d1][d2] becomes [d2][d1][d0] (outer axes swapped, middle kept). With d1 = 1 that is the
 * transpose of a d0 x d2 matrix of segments. Cycle following as in
 * {@link CycleFollowingTranspose}, but every move is a {@code System.arraycopy} of a segment,
 * which streams at copy speed once segments are a few hundred bytes long.
 *
 * <p>Threads split the segment's lanes: every thread walks all cycles for its own lane range, with
 * its own visited bitmap (one bit per segment) and a buffer of at most {@value #CHUNK} floats;
 * longer lane ranges are walked in chunks.
 */
final class SegmentCycles {

    /** Most lanes moved per cycle walk, bounding the buffer at 16 KiB. */
    static final int CHUNK = 4096;

    private SegmentCycles() {
    }

    /** Transpose of a rows x cols matrix of segments. */
    static void transpose(float[] a, int off, int rows, int cols, int seg, int threads) {
        swapOuter(a, off, rows, 1, cols, seg, threads);
    }

    /** [d0][d1][d2] -> [d2][d1][d0] on up to {@code threads} threads. */
    static void swapOuter(float[] a, int off, int d0, int d1, int d2, int seg, int threads) {
        int longAxes = (d0 > 1 ? 1 : 0) + (d1 > 1 ? 1 : 0) + (d2 > 1 ? 1 : 0);
        if (longAxes <= 1 || d0 == 0 || d1 == 0 || d2 == 0 || seg == 0) {
            return; // nothing moves
        }
        // Below 256 floats a lane slice is too short for its own bitmap pass to pay.
        int slices = Math.max(1, Math.min(threads, seg / 256));
        Parallel.forRange(seg, slices, (lo, hi) -> lanes(a, off, d0, d1, d2, seg, lo, hi));
    }

    /** Lanes [lo, hi) of every segment, on the calling thread. */
    static void lanes(float[] a, int off, int d0, int d1, int d2, int seg, int lo, int hi) {
        int n = d0 * d1 * d2;
        long[] visited = new long[(n + 63) >>> 6];
        float[] held = new float[Math.min(CHUNK, hi - lo)];
        for (int c0 = lo; c0 < hi; c0 += CHUNK) {
            int len = Math.min(CHUNK, hi - c0);
            java.util.Arrays.fill(visited, 0);
            int base = off + c0;
            for (int start = 0; start < n; start++) {
                if ((visited[start >>> 6] & (1L << start)) != 0) {
                    continue;
                }
                System.arraycopy(a, base + start * seg, held, 0, len);
                int p = start;
                while (true) {
                    visited[p >>> 6] |= 1L << p;
                    // p = (x2 d1 + x1) d0 + x0 in the result holds (x0 d1 + x1) d2 + x2 of the input
                    int x0 = p % d0;
                    int t = p / d0;
                    int q = (x0 * d1 + t % d1) * d2 + t / d1;
                    if (q == start) {
                        System.arraycopy(held, 0, a, base + p * seg, len);
                        break;
                    }
                    System.arraycopy(a, base + q * seg, a, base + p * seg, len);
                    p = q;
                }
            }
        }
    }

    /** Extra bytes of one lane slice: bitmap and buffer. */
    static long extraBytes(long segments, int laneCount) {
        if (segments <= 1 || laneCount == 0) {
            return 0;
        }
        return 8L * ((segments + 63) >>> 6) + 4L * Math.min(CHUNK, laneCount);
    }
}
