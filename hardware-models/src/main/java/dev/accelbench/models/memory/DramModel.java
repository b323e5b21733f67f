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
 * <p>Stalls (fold-stepped, one iteration per fold, so it runs in time linear in the folds). With
 * double buffering the inputs of fold i are fetched while fold i - 1 computes, and fold i - 1's
 * outputs drain at the same time over the same link: stall_i = max(0, ceil(words_i / B) - F) with F
 * the fold's cycles. The first fold's inputs and the last fold's outputs cannot overlap anything
 * and stall in full. More bandwidth never adds a stall cycle.
 */
public final class DramModel {

    private DramModel() {
    }

    public static DramResult evaluate(Gemm gemm, FoldGeometry g, MemoryConfig mem) {
        long m = gemm.m();
        long k = gemm.k();
        long n = gemm.n();
        Dataflow df = g.dataflow();
        long ifHalf = mem.ifmapWords() / 2;
        long filtHalf = mem.filterWords() / 2;
        long ofHalf = mem.ofmapWords() / 2;
        boolean ifmapResident = (df == Dataflow.WS || df == Dataflow.OS) && m * k <= ifHalf;
        boolean filterResident = (df == Dataflow.IS && k * n <= filtHalf)
                || (df == Dataflow.OS && k * Math.min(n, g.cols()) <= filtHalf);
        boolean psumOnChip = switch (df) {
            case WS -> m * Math.min(n, g.cols()) <= ofHalf;
            case IS -> Math.min(m, g.cols()) * n <= ofHalf;
            case OS -> true;
        };
        // The output SRAM holds accumulator words; DRAM counts are in words of their own kind.
        double accWordsPerWord = (double) mem.accBytes() / mem.wordBytes();
        long ifR = 0;
        long fR = 0;
        long oR = 0;
        long oW = 0;
        long stall = 0;
        double bw = mem.bandwidth();
        boolean limited = !mem.unlimited();
        long foldCycles = g.foldCycles();
        long pendingOut = 0;
        boolean first = true;
        for (long fc = 0; fc < g.colFolds(); fc++) {
            long cu = g.colsUsed(fc);
            for (long fr = 0; fr < g.rowFolds(); fr++) {
                long ru = g.rowsUsed(fr);
                long inA;
                long inB;
                long psumIn = 0;
                long out = 0;
                boolean lastRow = fr == g.rowFolds() - 1;
                switch (df) {
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
                    default -> throw new AssertionError(df);
                }
                ifR += inA;
                fR += inB;
                oR += psumIn;
                oW += out;
                if (limited) {
                    double words = inA + inB + (psumIn + pendingOut) * accWordsPerWord;
                    long transfer = (long) Math.ceil(words / bw);
                    stall += first ? transfer : Math.max(0, transfer - foldCycles);
                }
                first = false;
                pendingOut = out;
            }
        }
        if (limited) {
            stall += (long) Math.ceil(pendingOut * accWordsPerWord / bw);
        }
        String residency = (ifmapResident ? "ifmap resident" : "ifmap streamed") + ", "
                + (filterResident ? "filter reused" : "filter streamed") + ", "
                + (psumOnChip ? "partial sums on chip" : "partial sums spilled");
        return new DramResult(new OperandCounts(ifR, fR, oR), new OperandCounts(0, 0, oW), stall, residency);
    }
}
