package dev.accelbench.models.memory;

import dev.accelbench.models.systolic.Dataflow;
import dev.accelbench.models.systolic.FoldGeometry;
import dev.accelbench.models.systolic.OperandCounts;
import dev.accelbench.models.workload.Gemm;

/**
 * DRAM traffic for given SRAM sizes with double buffering, and the stalls a DRAM bandwidth of B
 * words per cycle causes. This is this project's model, not SCALE-Sim's (whose CALC mode never
 * stalls and whose USER mode is a trace-driven prefetcher).
 *
 * <p>Traffic. Folds run column folds outermost, as in SCALE-Sim. Each SRAM is double buffered, so
 * an operand can stay on chip across folds only if everything that is reused fits in half of it:
 * <ul>
 *   <li>WS: B tiles are read once (K N). A (M x K) is re-streamed for every column fold unless
 *       M K fits in half the ifmap SRAM. The M x C partial-sum tile accumulates over the row folds
 *       on chip if it fits in half the ofmap SRAM; otherwise every row fold writes it out and every
 *       later one reads it back.</li>
 *   <li>OS: A (M x K) as for WS; the K x C tile of B is reused across the row folds of a column
 *       fold if it fits in half the filter SRAM; outputs are written once (M N).</li>
 *   <li>IS: A tiles are read once (M K); B (K x N) is re-streamed for every column fold unless it
 *       fits in half the filter SRAM; the C x N partial-sum tile as for WS.</li>
 * </ul>
 *
 * <p>Stalls. With
 * double buffering the inputs of fold i are fetched while fold i - 1 computes, and fold i - 1's
 * outputs drain at the same time over the same link: stall_i = max(0, ceil(words_i / B) - F) with F
 * the fold's cycles. The first fold's inputs and the last fold's outputs cannot overlap anything
 * and stall in full. More bandwidth never adds a stall cycle.
 */
public final class DramModel {

    private DramModel() {
    }

    /** The fold-level rules for one operand set, shared by both evaluations. */
    private static final class Rules {
        final long m;
        final long k;
        final long n;
        final FoldGeometry g;
        final boolean ifmapResident;
        final boolean filterResident;
        final boolean psumOnChip;
        final double accWordsPerWord;
        final double bw;
        final boolean limited;
        // Words of the fold last computed by words(): A in, B in, partial sums in, outputs out.
        long inA;
        long inB;
        long psumIn;
        long out;

        Rules(Gemm gemm, FoldGeometry g, MemoryConfig mem) {
            this.m = gemm.m();
            this.k = gemm.k();
            this.n = gemm.n();
            this.g = g;
            Dataflow df = g.dataflow();
            ifmapResident = (df == Dataflow.WS || df == Dataflow.OS) && m * k <= mem.ifmapWords() / 2;
            filterResident = (df == Dataflow.IS && k * n <= mem.filterWords() / 2)
                    || (df == Dataflow.OS && k * Math.min(n, g.cols()) <= mem.filterWords() / 2);
            psumOnChip = switch (df) {
                case WS -> m * Math.min(n, g.cols()) <= mem.ofmapWords() / 2;
                case IS -> Math.min(m, g.cols()) * n <= mem.ofmapWords() / 2;
                case OS -> true;
            };
            // Partial sums travel as accumulator words; stalls count A/B words.
            accWordsPerWord = (double) mem.accBytes() / mem.wordBytes();
            bw = mem.bandwidth();
            limited = !mem.unlimited();
        }

        void words(long fc, long fr) {
            long cu = g.colsUsed(fc);
            long ru = g.rowsUsed(fr);
            boolean lastRow = fr == g.rowFolds() - 1;
            psumIn = 0;
            switch (g.dataflow()) {
                case WS -> {
                    inB = ru * cu;
                    inA = (fc == 0 || !ifmapResident) ? m * ru : 0;
                    if (psumOnChip) {
                        out = lastRow ? m * cu : 0;
                    } else {
                        out = m * cu;
                        psumIn = fr > 0 ? m * cu : 0;
                    }
                }
                case OS -> {
                    inA = (fc == 0 || !ifmapResident) ? ru * k : 0;
                    inB = (fr == 0 || !filterResident) ? k * cu : 0;
                    out = ru * cu;
                }
                case IS -> {
                    inA = ru * cu;
                    inB = (fc == 0 || !filterResident) ? ru * n : 0;
                    if (psumOnChip) {
                        out = lastRow ? cu * n : 0;
                    } else {
                        out = cu * n;
                        psumIn = fr > 0 ? cu * n : 0;
                    }
                }
                default -> throw new AssertionError(g.dataflow());
            }
        }

        /** Stall of the fold whose words() were just computed, after a fold that wrote pendingOut words. */
        long stall(boolean first, long pendingOut) {
            if (!limited) {
                return 0;
            }
            double w = inA + inB + (psumIn + pendingOut) * accWordsPerWord;
            long transfer = (long) Math.ceil(w / bw);
            return first ? transfer : Math.max(0, transfer - g.foldCycles());
        }

        long finalDrain(long pendingOut) {
            return limited ? (long) Math.ceil(pendingOut * accWordsPerWord / bw) : 0;
        }

    }

    /**
     * Traffic and stalls without visiting every fold: within a column fold the row folds between the
     * first and the last are identical, and so are the column folds between the first and the last,
     * so each class is evaluated twice (entering from a different fold, then from its own kind) and
     * the second result repeated. Time independent of the fold count; equal to
     * {@link #evaluateStepped} (a property test checks).
     */
    public static DramResult evaluate(Gemm gemm, FoldGeometry g, MemoryConfig mem) {
        Rules r = new Rules(gemm, g, mem);
        long[] acc = new long[6]; // ifmap reads, filter reads, psum reads, ofmap writes, stall, pending out
        long[] cols = classes(g.colFolds());
        long[] rows = classes(g.rowFolds());
        boolean[] first = {true};
        for (int c = 0; c < cols.length; c += 2) {
            long fc = cols[c];
            long cMult = cols[c + 1];
            long[] once = columnFold(r, fc, rows, acc[5], first);
            add(acc, once, 1);
            if (cMult > 1) {
                long[] again = columnFold(r, fc, rows, once[5], first);
                add(acc, again, cMult - 1);
            }
            acc[5] = once[5];
        }
        long stall = acc[4] + r.finalDrain(acc[5]);
        return new DramResult(new OperandCounts(acc[0], acc[1], acc[2]), new OperandCounts(0, 0, acc[3]), stall,
                r.ifmapResident, r.filterResident, r.psumOnChip);
    }

    private static void add(long[] acc, long[] part, long times) {
        for (int i = 0; i < 5; i++) {
            acc[i] += part[i] * times;
        }
    }

    /** One column fold's row folds; element 5 of the result is the words its last fold leaves to write. */
    private static long[] columnFold(Rules r, long fc, long[] rows, long pendingIn, boolean[] first) {
        long[] acc = new long[6];
        long pending = pendingIn;
        for (int i = 0; i < rows.length; i += 2) {
            long fr = rows[i];
            long mult = rows[i + 1];
            r.words(fc, fr);
            long s1 = r.stall(first[0], pending);
            first[0] = false;
            long[] fold = {r.inA, r.inB, r.psumIn, r.out, s1};
            add(acc, fold, 1);
            if (mult > 1) {
                long s2 = r.stall(false, r.out);
                fold[4] = s2;
                add(acc, fold, mult - 1);
            }
            pending = r.out;
        }
        acc[5] = pending;
        return acc;
    }

    /** Fold indices with multiplicities: the first, the identical middle ones as one entry, the last. */
    private static long[] classes(long folds) {
        if (folds == 1) {
            return new long[] {0, 1};
        }
        if (folds == 2) {
            return new long[] {0, 1, 1, 1};
        }
        return new long[] {0, 1, 1, folds - 2, folds - 1, 1};
    }

    /** Reference: every fold in order, one loop iteration each. */
    public static DramResult evaluateStepped(Gemm gemm, FoldGeometry g, MemoryConfig mem) {
        Rules r = new Rules(gemm, g, mem);
        long ifR = 0;
        long fR = 0;
        long oR = 0;
        long oW = 0;
        long stall = 0;
        long pendingOut = 0;
        boolean first = true;
        for (long fc = 0; fc < g.colFolds(); fc++) {
            for (long fr = 0; fr < g.rowFolds(); fr++) {
                r.words(fc, fr);
                ifR += r.inA;
                fR += r.inB;
                oR += r.psumIn;
                oW += r.out;
                stall += r.stall(first, pendingOut);
                first = false;
                pendingOut = r.out;
            }
        }
        stall += r.finalDrain(pendingOut);
        return new DramResult(new OperandCounts(ifR, fR, oR), new OperandCounts(0, 0, oW), stall, r.ifmapResident,
                r.filterResident, r.psumOnChip);
    }
}
