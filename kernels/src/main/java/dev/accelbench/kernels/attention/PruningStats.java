package dev.accelbench.kernels.attention;

import java.util.Arrays;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Statistics of one pruned-attention run, gathered while the kernels run and cheap enough to leave
 * on: counters, a bit set per query, primitive lists (Eclipse Collections, no boxing). What is
 * counted and why:
 * <ul>
 * <li>Scores and pruned scores, over the scores that exist (padded and causally masked ones never
 * count, as in the thesis, section 2.4.2).</li>
 * <li>Bits processed per score, as histograms for pruned and kept scores ({@link #recordBits}):
 * LEOPARD's early termination counts steps x B with the sign step included (Table 2.1), a kept
 * score costs all bits. The thesis' averages are over pruned scores only (section 2.4.2).</li>
 * <li>Adjacent-query locality (SPRINT, equations 3.4 and 3.5): with P the pruning vector of a query
 * (1 = pruned; keys the query cannot see count as pruned, they are never fetched), memory requests
 * = P(t-1) AND NOT P(t), reuse = NOT P(t-1) AND NOT P(t), summed over each pair of consecutive
 * valid queries of a head; beside them the overlap a random pruning with the same counts would
 * give, the hypergeometric mean of equation 3.1, M(t-1) M(t) / n(t) ({@link RandomPruningOverlap}).
 * The first query of a head fetches all its kept keys; that is counted apart.</li>
 * <li>Approximate thresholding against the exact decision ({@link #recordApproximate}): false
 * prunes (estimate pruned a score whose exact value reaches Th) and false keeps (kept, then
 * pruned after the full-precision recomputation).</li>
 * </ul>
 * Not thread-safe: one instance per kernel call.
 */
public final class PruningStats {

    private final int maxBits;
    private long scores;
    private long pruned;
    private final long[] prunedByBits;
    private final long[] keptByBits;
    private long bitsRecorded;

    private int seqLen;
    private long[] prevBits = new long[0];
    private int prevWords;
    private int prevKept = -1;
    private long pairs;
    private long requests;
    private long reuse;
    private double expectedOverlap;
    private long firstFetches;
    private final MutableIntList keptPerQuery = new IntArrayList();
    private final MutableIntList requestsPerQuery = new IntArrayList();

    /** Per head, the kept-key bit set of every valid query, when asked for ({@link #keepingVectors}). */
    private final java.util.List<java.util.List<long[]>> vectors;

    private long approxScores;
    private long approxPruned;
    private long falsePrunes;
    private long falseKeeps;

    /** Statistics for scores of up to {@code maxBits} bits (12 for LEOPARD's K). */
    public PruningStats(int maxBits) {
        this(maxBits, false);
    }

    private PruningStats(int maxBits, boolean keepVectors) {
        this.vectors = keepVectors ? new java.util.ArrayList<>() : null;
        if (maxBits < 1 || maxBits > 64) {
            throw new IllegalArgumentException("maxBits must be 1..64, got " + maxBits);
        }
        this.maxBits = maxBits;
        this.prunedByBits = new long[maxBits + 1];
        this.keptByBits = new long[maxBits + 1];
    }

    /**
     * Statistics that also keep every query's kept-key bit set (its pruning vector, negated), head
     * by head, for the accelerator models' per-query traces (SPRINT's memory controller). Off by
     * default: it allocates a copy per query, which the benchmarks' timed loops must not.
     */
    public static PruningStats keepingVectors(int maxBits) {
        return new PruningStats(maxBits, true);
    }

    /** Statistics for LEOPARD's 12-bit keys. */
    public PruningStats() {
        this(12);
    }

    /** A new head (sequence) of length seqLen begins: the next query has no predecessor. */
    public void startSequence(int seqLen) {
        this.seqLen = seqLen;
        int words = (seqLen + 63) >>> 6;
        if (prevBits.length < words) {
            prevBits = new long[words];
        }
        Arrays.fill(prevBits, 0L);
        prevWords = 0;
        prevKept = -1;
        if (vectors != null) {
            vectors.add(new java.util.ArrayList<>());
        }
    }

    /**
     * One valid query: it sees {@code visible} keys and keeps {@code kept} of them, the kept ones
     * set in keptBits (bit j of word j/64; bits at or beyond visible must be clear).
     */
    public void recordQuery(long[] keptBits, int visible, int kept) {
        if (seqLen == 0) {
            throw new IllegalStateException("startSequence was not called");
        }
        scores += visible;
        pruned += visible - kept;
        keptPerQuery.add(kept);
        int words = (visible + 63) >>> 6;
        if (prevKept < 0) {
            firstFetches += kept;
            requestsPerQuery.add(kept);
        } else {
            int w = Math.max(words, prevWords);
            long req = 0;
            long both = 0;
            for (int i = 0; i < w; i++) {
                long cur = i < words ? keptBits[i] : 0L;
                long prev = prevBits[i];
                req += Long.bitCount(cur & ~prev);
                both += Long.bitCount(cur & prev);
            }
            pairs++;
            requests += req;
            reuse += both;
            expectedOverlap += visible == 0 ? 0 : (double) prevKept * kept / visible;
            requestsPerQuery.add((int) req);
        }
        if (vectors != null) {
            vectors.get(vectors.size() - 1).add(Arrays.copyOf(keptBits, words));
        }
        System.arraycopy(keptBits, 0, prevBits, 0, words);
        if (prevWords > words) {
            Arrays.fill(prevBits, words, prevWords, 0L);
        }
        prevWords = words;
        prevKept = kept;
    }

    /** One score's bits processed (0..maxBits) and whether it was pruned. */
    public void recordBits(int bits, boolean wasPruned) {
        if (wasPruned) {
            prunedByBits[bits]++;
        } else {
            keptByBits[bits]++;
        }
        bitsRecorded++;
    }

    /** Adds a whole histogram row at once (the bit-serial kernel counts per query locally). */
    void addBits(long[] prunedCounts, long[] keptCounts) {
        for (int b = 0; b <= maxBits; b++) {
            prunedByBits[b] += prunedCounts[b];
            keptByBits[b] += keptCounts[b];
            bitsRecorded += prunedCounts[b] + keptCounts[b];
        }
    }

    /** One score's approximate (in-memory) decision beside the exact one. */
    public void recordApproximate(boolean approximatePruned, boolean exactPruned) {
        approxScores++;
        if (approximatePruned) {
            approxPruned++;
            if (!exactPruned) {
                falsePrunes++;
            }
        } else if (exactPruned) {
            falseKeeps++;
        }
    }

    /** Counts only, for kernels that know the totals (no exact check). */
    void addApproximate(long scoresCounted, long prunedCounted, long falsePruneCount, long falseKeepCount) {
        approxScores += scoresCounted;
        approxPruned += prunedCounted;
        falsePrunes += falsePruneCount;
        falseKeeps += falseKeepCount;
    }

    /**
     * The kept-key bit sets of every valid query (bit j of word j/64 set = key j kept; keys a
     * query cannot see are clear), one list per head in order; only from {@link #keepingVectors}.
     */
    public java.util.List<java.util.List<long[]>> keptVectors() {
        if (vectors == null) {
            throw new IllegalStateException("these statistics were not made to keep pruning vectors (use keepingVectors)");
        }
        return vectors;
    }

    public int maxBits() {
        return maxBits;
    }

    /** The figures so far, derived values included. */
    public PruningSummary summary() {
        return PruningSummary.of(maxBits, scores, pruned, prunedByBits.clone(), keptByBits.clone(), bitsRecorded > 0,
                seqLen, pairs, requests, reuse, expectedOverlap, firstFetches, keptPerQuery.toArray(),
                requestsPerQuery.toArray(), approxScores, approxPruned, falsePrunes, falseKeeps);
    }
}
