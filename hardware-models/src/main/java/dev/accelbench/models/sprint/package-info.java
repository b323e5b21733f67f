/**
 * SPRINT (thesis chapter 3): approximate in-memory pruning in transposable ReRAM, a memory
 * controller that fetches only the Key/Value pairs a query needs and does not already hold, and N
 * CORELETs with small on-chip buffers; against a baseline of the same size without them.
 *
 * <h2>What the thesis fixes (Table 3.1, sections 3.4-3.6)</h2>
 * S/M/L: 1/2/4 CORELETs, 16/32/64 KB of buffers in 8/16/32 banks of 128-bit ports, a 64-way 8x8-bit
 * QK-PU and V-PU each, 16 x 64-bit channels at 1 GHz per CORELET; in-memory MAC 0.10 pJ, ReRAM
 * read 3.1 pJ/bit and write 24.4 pJ/bit, comparator 41 fJ; tAxTh &lt; 8 cycles; 4-bit MSBs in
 * memory; 8-bit data, 16-bit outputs; about 2.1% of S fetched anew between adjacent queries;
 * SQuAD about 46% padding; no double buffering (new pairs stall the CORELETs while written).
 *
 * <h2>What it leaves open, and the choices made (once)</h2>
 * <ul>
 *   <li>Capacity: a pair is 2d bytes, so S holds 128 pairs, M 256, L 512 at d = 64 (consistent
 *       with the thesis' "L-SPRINT ... only 12.5% in Synth2").</li>
 *   <li>Timing per query, overlap of memory and compute, thresholding latency and write stalls:
 *       {@link dev.accelbench.models.sprint.SprintModel}. The baseline keeps what fits and streams
 *       the rest each query without stalls (the reading under which the thesis' S/M/L speedups are
 *       nearly equal).</li>
 *   <li>Buffer management: least-recently-needed eviction ({@link
 *       dev.accelbench.models.sprint.MemoryController}); equations 3.4/3.5 are exposed and the
 *       controller's fetches never exceed equation 3.4's requests when two queries' pairs fit.</li>
 *   <li>Main-memory writes: Q, K, V (8-bit) and the 16-bit output of every token, padding
 *       included for the baseline only ("avoiding the ReRAM writing for the zero padded area").</li>
 *   <li>On-chip energies and MACs: Horowitz 45 nm scaled as for LEOPARD ({@link
 *       dev.accelbench.models.sprint.SprintEnergy}).</li>
 *   <li>Ops: 4 S'² d per head over unpadded tokens; Table 3.2's workload is BERT-B on SQuAD.</li>
 *   <li>GPT-2-L has no padding; summary statistics split work evenly over CORELETs (imbalance,
 *       Figure 3.7, shows only with traces).</li>
 * </ul>
 *
 * <h2>Published numbers (SprintReproductionTest)</h2>
 * Reproduced: M-SPRINT 1816.2 GOPs/s (1678, -7.6%), S speedup 7.5x (8.2x), BERT-L 9.6-10.4x and
 * ViT-B 2.7-2.8x at every size, data movement with pruning far below padding-only and falling from
 * S to L. Missed, pinned with reasons: M and L speedups (8.9x, 9.3x: rising, not falling), energy
 * 14.2/14.4/14.3x against 19.6/16.8/12.0x, data-movement magnitudes (5.6/3.6/2.4% and 39/17/13%
 * against 2.6/1.3/0.9% and 30.0/13.3/2.6%), M-SPRINT 472 GOPs/J against 257.5.
 */
package dev.accelbench.models.sprint;
