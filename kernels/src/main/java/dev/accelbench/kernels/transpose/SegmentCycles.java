package dev.accelbench.kernels.transpose;

/**
 * In-place transpose of a rows x cols matrix whose elements are contiguous segments of
 * {@code seg} floats: cycle following as in {@link CycleFollowingTranspose}, but every move is a
 * {@code System.arraycopy} of a segment, which streams at copy speed once segments are a few
 * hundred bytes long.
 *
 * <p>Threads split the segment's lanes: every thread walks all cycles for its own lane range, with
 * its own visited bitmap (rows * cols bits) and a buffer of at most {@value #CHUNK} floats; longer
 * lane ranges are walked in chunks.
 */
final class SegmentCycles {

    /** Most lanes moved per cycle walk, bounding the buffer at 16 KiB. */
    static final int CHUNK = 4096;

    private SegmentCycles() {
    }

    static void transpose(float[] a, int off, int rows, int cols, int seg, int threads) {
        if (rows <= 1 || cols <= 1 || seg == 0) {
            return;
        }
        // Below 256 floats a lane slice is too short for its own bitmap pass to pay.
        int slices = Math.max(1, Math.min(threads, seg / 256));
        Parallel.forRange(seg, slices, (lo, hi) -> lanes(a, off, rows, cols, seg, lo, hi));
    }

    /** Lanes [lo, hi) of every segment, on the calling thread. */
    static void lanes(float[] a, int off, int rows, int cols, int seg, int lo, int hi) {
        int n = rows * cols;
        int last = n - 1;
        long[] visited = new long[(n + 63) >>> 6];
        float[] held = new float[Math.min(CHUNK, hi - lo)];
        for (int c0 = lo; c0 < hi; c0 += CHUNK) {
            int len = Math.min(CHUNK, hi - c0);
            java.util.Arrays.fill(visited, 0);
            int base = off + c0;
            for (int start = 1; start < last; start++) {
                if ((visited[start >>> 6] & (1L << start)) != 0) {
                    continue;
                }
                System.arraycopy(a, base + start * seg, held, 0, len);
                int p = start;
                while (true) {
                    visited[p >>> 6] |= 1L << p;
                    int q = (p % rows) * cols + p / rows;
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
    static long extraBytes(int rows, int cols, int laneCount) {
        if (rows <= 1 || cols <= 1 || laneCount == 0) {
            return 0;
        }
        return 8L * (((long) rows * cols + 63) >>> 6) + 4L * Math.min(CHUNK, laneCount);
    }
}
