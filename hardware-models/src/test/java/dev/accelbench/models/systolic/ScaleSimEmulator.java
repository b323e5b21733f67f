package dev.accelbench.models.systolic;

import dev.accelbench.models.workload.Gemm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A slow, literal re-enactment of SCALE-Sim v2 on a GEMM, written from reading its compute modules
 * ({@code systolic_compute_ws/os/is.py}: per-fold demand matrices of addresses with null (-1)
 * padding, prefix and suffix rows, row flips and the diagonal skew) and its CALC-mode memory system
 * ({@code double_buffered_scratchpad_mem.service_memory_requests}: one demand line per cycle, reads
 * never stall in bandwidth-estimation mode, the OFMAP write buffer drains half its capacity at the
 * array's column count of words per cycle and stalls only when it is full during a drain; the
 * reported total is the cycle index of the last line). It builds every matrix element by element,
 * so it is for small cases in tests only: the closed forms must agree with it.
 */
final class ScaleSimEmulator {

    /** What SCALE-Sim would report. */
    record Report(long totalCycles, long stallCycles, long ifmapReads, long filterReads, long ofmapWrites,
                  long linesPerFold) {
    }

    private static final int NULL = -1;
    private static final int FILTER_OFFSET = 10_000_000;
    private static final int OFMAP_OFFSET = 20_000_000;

    private ScaleSimEmulator() {
    }

    static Report run(Gemm gemm, int rows, int cols, Dataflow df, double ofmapKb) {
        int m = (int) gemm.m();
        int k = (int) gemm.k();
        int n = (int) gemm.n();
        int[][] ifmap = new int[m][k];
        int[][] filter = new int[k][n];
        int[][] ofmap = new int[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                ifmap[i][j] = i * k + j;
            }
            for (int j = 0; j < n; j++) {
                ofmap[i][j] = OFMAP_OFFSET + i * n + j;
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                filter[i][j] = FILTER_OFFSET + i * n + j;
            }
        }
        int sr = df == Dataflow.OS ? m : k;
        int sc = df == Dataflow.IS ? m : n;
        int t = switch (df) {
            case WS -> m;
            case OS -> k;
            case IS -> n;
        };
        int rowFolds = (sr + rows - 1) / rows;
        int colFolds = (sc + cols - 1) / cols;
        List<int[]> ifLines = new ArrayList<>();
        List<int[]> fLines = new ArrayList<>();
        List<int[]> oLines = new ArrayList<>();
        long linesPerFold = -1;
        for (int fc = 0; fc < colFolds; fc++) {
            for (int fr = 0; fr < rowFolds; fr++) {
                int r0 = fr * rows;
                int r1 = Math.min(r0 + rows, sr);
                int c0 = fc * cols;
                int c1 = Math.min(c0 + cols, sc);
                int[][] a;
                int[][] b;
                int[][] o;
                switch (df) {
                    case WS -> {
                        a = skew(suffix(prefix(padCols(slice(ifmap, 0, m, r0, r1), rows), rows), cols - 1));
                        b = suffix(flip(padRows(padCols(slice(filter, r0, r1, c0, c1), cols), rows)), rows + cols + t - 2);
                        o = skew(prefix(padCols(slice(ofmap, 0, m, c0, c1), cols), 2 * rows - 1));
                    }
                    case OS -> {
                        a = skew(suffix(padCols(slice(transpose(ifmap), 0, k, r0, r1), rows), cols - 1));
                        b = skew(suffix(padCols(slice(filter, 0, k, c0, c1), cols), rows - 1));
                        o = skew(prefix(flip(padRows(padCols(slice(ofmap, r0, r1, c0, c1), cols), rows)), t - 1));
                    }
                    case IS -> {
                        a = suffix(flip(padRows(padCols(slice(transpose(ifmap), r0, r1, c0, c1), cols), rows)),
                                rows + cols + t - 2);
                        b = skew(suffix(prefix(padCols(transpose(slice(filter, r0, r1, 0, n)), rows), rows), cols - 1));
                        o = skew(prefix(padCols(transpose(slice(ofmap, c0, c1, 0, n)), cols), 2 * rows - 1));
                    }
                    default -> throw new AssertionError(df);
                }
                if (a.length != b.length || b.length != o.length) {
                    throw new AssertionError("demand matrices out of sync: " + a.length + ", " + b.length + ", " + o.length);
                }
                linesPerFold = a.length;
                ifLines.addAll(Arrays.asList(a));
                fLines.addAll(Arrays.asList(b));
                oLines.addAll(Arrays.asList(o));
            }
        }
        WriteBuffer wb = new WriteBuffer((long) (ofmapKb * 1024), cols);
        long stalls = 0;
        long last = 0;
        for (int i = 0; i < oLines.size(); i++) {
            long cycle = i + stalls;
            long out = wb.serviceLine(oLines.get(i), cycle);
            stalls += out - cycle;     // reads never stall in CALC mode
            last = out;
        }
        return new Report(last, stalls, count(ifLines), count(fLines), count(oLines), linesPerFold);
    }

    /** The OFMAP write buffer in CALC mode: capacity S words, half of it drained at a time, C words per cycle. */
    private static final class WriteBuffer {
        final long total;
        final long active;
        final long drainSize;
        final int bandwidth;
        long free;
        int lineIdx;
        final List<Integer> lineFill = new ArrayList<>();
        int drainStart;
        long drainEnd;

        WriteBuffer(long totalWords, int bandwidth) {
            this.total = totalWords;
            this.active = (long) Math.ceil(totalWords * 0.5);
            this.drainSize = totalWords - active;
            this.bandwidth = bandwidth;
            this.free = totalWords;
        }

        long serviceLine(int[] line, long cycle) {
            long current = cycle;
            for (int e : line) {
                if (e == NULL) {
                    continue;
                }
                free--;
                lineIdx++;
                if (lineIdx == bandwidth) {
                    lineFill.add(bandwidth);
                    lineIdx = 0;
                }
                if (current < drainEnd) {
                    if (free <= 0) {
                        current = drainEnd;
                    }
                } else if (free < total - drainSize) {
                    if (lineIdx != 0) {
                        lineFill.add(lineIdx);
                        lineIdx = 0;
                    }
                    int lines = (int) Math.min((drainSize + bandwidth - 1) / bandwidth, lineFill.size() - drainStart);
                    long data = (long) lines * bandwidth - (bandwidth - lineFill.get(drainStart + lines - 1));
                    free += data;
                    drainEnd = current + lines - 1;
                    drainStart += lines;
                }
            }
            return current;
        }
    }

    private static long count(List<int[]> lines) {
        long c = 0;
        for (int[] line : lines) {
            for (int e : line) {
                if (e != NULL) {
                    c++;
                }
            }
        }
        return c;
    }

    private static int[][] slice(int[][] x, int r0, int r1, int c0, int c1) {
        int[][] y = new int[r1 - r0][c1 - c0];
        for (int i = r0; i < r1; i++) {
            System.arraycopy(x[i], c0, y[i - r0], 0, c1 - c0);
        }
        return y;
    }

    private static int[][] transpose(int[][] x) {
        int[][] y = new int[x[0].length][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                y[j][i] = x[i][j];
            }
        }
        return y;
    }

    private static int[][] padCols(int[][] x, int width) {
        int[][] y = new int[x.length][width];
        for (int i = 0; i < x.length; i++) {
            Arrays.fill(y[i], NULL);
            System.arraycopy(x[i], 0, y[i], 0, x[i].length);
        }
        return y;
    }

    private static int[][] padRows(int[][] x, int height) {
        int[][] y = new int[height][];
        for (int i = 0; i < height; i++) {
            y[i] = i < x.length ? x[i] : nulls(x[0].length);
        }
        return y;
    }

    private static int[][] prefix(int[][] x, int lines) {
        int[][] y = new int[lines + x.length][];
        for (int i = 0; i < lines; i++) {
            y[i] = nulls(x[0].length);
        }
        System.arraycopy(x, 0, y, lines, x.length);
        return y;
    }

    private static int[][] suffix(int[][] x, int lines) {
        int[][] y = Arrays.copyOf(x, x.length + lines);
        for (int i = x.length; i < y.length; i++) {
            y[i] = nulls(x[0].length);
        }
        return y;
    }

    private static int[][] flip(int[][] x) {
        int[][] y = new int[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[x.length - 1 - i];
        }
        return y;
    }

    /** Column c moves down by c rows: the diagonal wavefront of a systolic array. */
    private static int[][] skew(int[][] x) {
        int width = x[0].length;
        int[][] y = new int[x.length + width - 1][width];
        for (int[] row : y) {
            Arrays.fill(row, NULL);
        }
        for (int c = 0; c < width; c++) {
            for (int r = 0; r < x.length; r++) {
                y[r + c][c] = x[r][c];
            }
        }
        return y;
    }

    private static int[] nulls(int width) {
        int[] row = new int[width];
        Arrays.fill(row, NULL);
        return row;
    }
}
