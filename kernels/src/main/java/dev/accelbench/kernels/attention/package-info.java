/**
 * Scaled dot-product attention with runtime pruning, after Zheng Li's thesis "Accelerating
 * Attention through Gradient-Based Learned Runtime Pruning" (LEOPARD, chapter 2; SPRINT, chapter 3).
 *
 * <h2>Kernels</h2>
 * One head: Q, K, V are S x d, Score = Q K^T / sqrt(d), P = softmax(Score), Att = P V; a batch of
 * heads is stored head after head ({@link dev.accelbench.kernels.attention.AttentionShape}). Masks
 * ({@link dev.accelbench.kernels.attention.AttentionMask}): causal, and right padding that removes
 * padded queries and keys alike (SPRINT's 2-D masking; the thesis never counts padded scores).
 * <ul>
 * <li>{@link dev.accelbench.kernels.attention.DenseAttention}: the speed baseline;
 * {@link dev.accelbench.kernels.attention.AttentionReference} the float64 scalar check.</li>
 * <li>{@link dev.accelbench.kernels.attention.ThresholdAttention}: Score &lt; Th is pruned; its
 * exponential and V row are skipped for real (kept scores and indices are compacted first).</li>
 * <li>{@link dev.accelbench.kernels.attention.BitSerialAttention}: LEOPARD's decisions by bit-serial
 * early termination: Q 12-bit two's complement, K 12-bit sign-magnitude, B bits per step from the
 * sign down, margin M = (sum of |q| over agreeing signs) (2^r - 1) for the r unread bits. P + M never
 * rises from step to step and ends at the exact product, so pruning iff exact &lt; Th holds always;
 * the bits processed (steps x B, sign step included) are what changes. Table 2.1's example
 * (contributions 9, 5, -7, -2, Th = 5: 12.25 then 4.25) is a test. The fast emulation computes
 * exact small-integer plane sums in float and walks the steps in int lanes
 * ({@link dev.accelbench.kernels.attention.BitSerialDot} is the scalar reference).</li>
 * <li>{@link dev.accelbench.kernels.attention.SprintAttention}: SPRINT's in-memory estimate from the
 * 4 magnitude MSBs of q and k with a 5-bit output decides which keys are fetched; the fetched
 * keys' scores are recomputed in float32 and compared with Th again.</li>
 * <li>{@link dev.accelbench.kernels.attention.TopKAttention}: top-k per query, for comparison.</li>
 * </ul>
 *
 * <h2>Statistics (what the accelerator models read)</h2>
 * {@link dev.accelbench.kernels.attention.PruningStats} counts, while the kernels run: scores and
 * pruned scores; bits processed per pruned and per kept score as histograms (the thesis' averages
 * are over pruned scores: MemN2N 4.5, BERT-B 8.3 / 7.6, BERT-L 8.0 / 9.0 on GLUE / SQuAD,
 * ALBERT-XX-L 8.0, GPT-2-L 7.6, ViT-B 8.5) and from them the cumulative pruning rate by bits
 * (Figure 2.9); for each pair of consecutive valid queries of a head, memory requests
 * P(t-1) AND NOT P(t) and reuse NOT P(t-1) AND NOT P(t) (equations 3.4, 3.5; keys a query cannot
 * see count as pruned) beside the random-pruning overlap M(t-1) M(t) / n (the mean of equation
 * 3.1's hypergeometric, {@link dev.accelbench.kernels.attention.RandomPruningOverlap}); SPRINT's
 * false prunes and false keeps. Per-query kept and requested counts are kept in primitive lists.
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>Scores are computed a group of 8 queries at a time against K^T ({@code ScoreKernel.rows}):
 * two queries by four key vectors per step (eight accumulators fed by four loads and two
 * broadcasts), the key block reused from L1 by the group. The V sum keeps a whole d = 64 output
 * row in eight accumulators, so dense attention is not held back by an FMA chain's latency.
 * Threshold pruning keeps Q K^T dense, so its speed-up over dense is bounded by the softmax and V
 * work it removes; the bit-serial emulation pays one such pass per digit plane plus one for the
 * signs (seven at B = 2; the top planes, nearly empty, go through sparse lists).</li>
 * <li>Fixed point: one power-of-two scale per head and tensor (the fraction bits that fit the
 * largest magnitude), rounding to nearest. The float threshold becomes
 * ThI = ceil(Th sqrt(d) 2^(fq+fk)), so the integer decision is the dequantized comparison exactly.</li>
 * <li>SPRINT's b-bit output spans each query's own largest estimate (the thesis gives only the
 * 5-bit equivalence): the most favourable converter gain. The MSBs are truncated, as splitting a
 * code into MSB and LSB parts does; the truncation shrinks estimates, so with a positive Th the
 * in-memory step prunes more than the exact one. The margin option counters it.</li>
 * <li>Calibration ({@link dev.accelbench.kernels.attention.ThresholdCalibration}) stands in for
 * LEOPARD's learned threshold: the quantile of sample scores, halfway between two scores.</li>
 * <li>{@link dev.accelbench.kernels.attention.SoftThreshold} (equation 2.1, c = 1000, s = 10) and
 * {@link dev.accelbench.kernels.attention.L0Surrogate} (equation 2.5, k = 100, alpha = 1) are the
 * training-time functions, with derivatives (checked against finite differences).</li>
 * </ul>
 */
package dev.accelbench.kernels.attention;
