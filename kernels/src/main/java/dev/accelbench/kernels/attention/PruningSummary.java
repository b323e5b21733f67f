package dev.accelbench.kernels.attention;

/**
 * The statistics of a pruned-attention run ({@link PruningStats}), with derived figures. Rates are
 * fractions (0..1). Fields that a kernel did not measure hold NaN (ratios) or zero (counts), and
 * {@code bitsMeasured} says whether the bit histograms mean anything.
 *
 * @param maxBits               bits of a full score (12 for LEOPARD)
 * @param scores                scores that exist (valid, unmasked)
 * @param pruned                scores pruned
 * @param pruningRate           pruned / scores
 * @param bitsMeasured          whether bits processed were recorded (bit-serial kernels)
 * @param prunedByBits          pruned scores by bits processed, index = bits
 * @param keptByBits            kept scores by bits processed
 * @param avgBitsPruned         mean bits processed per pruned score (the thesis' figure)
 * @param avgBitsAll            mean bits processed per score
 * @param cumulativePruningRate [b] = scores pruned with at most b bits processed / scores (Figure 2.9)
 * @param seqLen                sequence length S of the heads
 * @param adjacentPairs         consecutive valid query pairs
 * @param requests              sum over pairs of |P(t-1) AND NOT P(t)| (equation 3.4)
 * @param reuse                 sum over pairs of |NOT P(t-1) AND NOT P(t)| (equation 3.5)
 * @param expectedOverlap       sum over pairs of the random-pruning overlap (equation 3.1)
 * @param reuseRatio            reuse / expectedOverlap: how much more locality than random
 * @param requestsPerPairFractionOfS requests / (pairs x S): SPRINT's "fetched anew" fraction
 * @param randomRequestsPerPairFractionOfS the same for a random pruning with the same counts
 * @param firstFetches          kept keys of each head's first query, summed (fetched cold)
 * @param keptPerQuery          kept keys of every valid query, head after head
 * @param requestsPerQuery      keys fetched anew by every valid query (all kept ones for a head's first)
 * @param approxScores          scores given an approximate decision
 * @param approxPruned          of them pruned by the approximation
 * @param falsePrunes           approximately pruned, exact score >= Th
 * @param falseKeeps            approximately kept, exact score < Th (pruned after recomputation)
 */
public record PruningSummary(int maxBits, long scores, long pruned, double pruningRate, boolean bitsMeasured,
        long[] prunedByBits, long[] keptByBits, double avgBitsPruned, double avgBitsAll, double[] cumulativePruningRate,
        int seqLen, long adjacentPairs, long requests, long reuse, double expectedOverlap, double reuseRatio,
        double requestsPerPairFractionOfS, double randomRequestsPerPairFractionOfS, long firstFetches,
        int[] keptPerQuery, int[] requestsPerQuery, long approxScores, long approxPruned, long falsePrunes,
        long falseKeeps) {

    static PruningSummary of(int maxBits, long scores, long pruned, long[] prunedByBits, long[] keptByBits,
            boolean bitsMeasured, int seqLen, long pairs, long requests, long reuse, double expectedOverlap,
            long firstFetches, int[] keptPerQuery, int[] requestsPerQuery, long approxScores, long approxPruned,
            long falsePrunes, long falseKeeps) {
        double avgPruned = Double.NaN;
        double avgAll = Double.NaN;
        double[] cumulative = new double[maxBits + 1];
        if (bitsMeasured) {
            long prunedCount = 0;
            long keptCount = 0;
            double prunedBits = 0;
            double allBits = 0;
            long running = 0;
            for (int b = 0; b <= maxBits; b++) {
                prunedCount += prunedByBits[b];
                keptCount += keptByBits[b];
                prunedBits += (double) b * prunedByBits[b];
                allBits += (double) b * (prunedByBits[b] + keptByBits[b]);
                running += prunedByBits[b];
                cumulative[b] = scores == 0 ? 0 : (double) running / scores;
            }
            avgPruned = prunedCount == 0 ? Double.NaN : prunedBits / prunedCount;
            avgAll = prunedCount + keptCount == 0 ? Double.NaN : allBits / (prunedCount + keptCount);
        } else {
            java.util.Arrays.fill(cumulative, Double.NaN);
        }
        // Random pruning with the same counts would fetch (kept - expected overlap) per pair.
        long keptInPairs = 0;
        for (int i = 0; i < keptPerQuery.length; i++) {
            keptInPairs += keptPerQuery[i];
        }
        keptInPairs -= firstFetches;
        double slots = (double) pairs * seqLen;
        return new PruningSummary(maxBits, scores, pruned, scores == 0 ? Double.NaN : (double) pruned / scores,
                bitsMeasured, prunedByBits, keptByBits, avgPruned, avgAll, cumulative, seqLen, pairs, requests, reuse,
                expectedOverlap, expectedOverlap == 0 ? Double.NaN : reuse / expectedOverlap,
                slots == 0 ? Double.NaN : requests / slots,
                slots == 0 ? Double.NaN : (keptInPairs - expectedOverlap) / slots, firstFetches, keptPerQuery,
                requestsPerQuery, approxScores, approxPruned, falsePrunes, falseKeeps);
    }

    /** Pruned fraction of the scores given an approximate decision (NaN without any). */
    public double approximatePruningRate() {
        return approxScores == 0 ? Double.NaN : (double) approxPruned / approxScores;
    }
}
