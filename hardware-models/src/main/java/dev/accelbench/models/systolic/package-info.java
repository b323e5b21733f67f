/**
 * A systolic array of R x C multiply-accumulate units running GEMMs in the weight-, output- and
 * input-stationary dataflows, with cycle counts that equal SCALE-Sim v2's.
 *
 * <h2>Mapping</h2>
 * A is M x K (SCALE-Sim's ifmap), B is K x N (its filter), C = A B is M x N (its ofmap); a SCALE-Sim
 * GEMM topology row "M, N, K" becomes an ifmap of M x K and N filters of 1 x K. Each dataflow puts
 * two dimensions on the array and streams the third ({@link dev.accelbench.models.systolic.Dataflow}):
 * WS Sr = K, Sc = N, T = M; OS Sr = M, Sc = N, T = K; IS Sr = K, Sc = M, T = N. There are
 * F_r = ceil(Sr / R) row folds and F_c = ceil(Sc / C) column folds, run one after another with the
 * column folds outermost; a partial fold costs a full one.
 *
 * <h2>Cycles (SCALE-Sim's conventions)</h2>
 * SCALE-Sim builds, per fold, a demand matrix with one row per cycle; its rows are
 * ({@link dev.accelbench.models.systolic.FoldGeometry}):
 * <pre>
 *   WS, IS:  2R + C + T - 2   (fill 2R - 1: preload R + skew R - 1; compute T; drain C - 1)
 *   OS:       R + C + T - 2   (fill C - 1; compute T; drain R - 1)
 *   compute_cycles = F_r F_c (cycles per fold)
 *   total_cycles   = compute_cycles - 1 + stall_cycles
 * </pre>
 * The "- 1": SCALE-Sim's memory system reports the index (counted from 0) of the cycle in which
 * the last output line is served. In its CALC bandwidth mode reads never stall and the OFMAP write
 * buffer releases drained space at once, so its stall counter stays 0; stall_cycles here is 0
 * unless a DRAM bandwidth is given, and then it is this project's model
 * ({@link dev.accelbench.models.memory.DramModel}). Checked against SCALE-Sim's golden run
 * (AlexNet Conv1 on 32 x 32 WS: 112,283 cycles, mapping 94.53125 %, compute util 90.78 %) and, for
 * thousands of small GEMMs, against a literal re-enactment of its demand matrices and CALC memory
 * in the tests.
 *
 * <h2>Utilization</h2>
 * {@code utilization} = MACs / (R C total_cycles) (SCALE-Sim's "Overall Util");
 * {@code mapping_efficiency} = Sr Sc / (F_r F_c R C), the mean share of PEs a fold maps;
 * SCALE-Sim's "Compute Util" is kept as {@code scalesim_compute_util}: the mean over folds of
 * (used PEs x T) / (R C x its cycle count), where for WS and IS its cycle count is C - 1 larger
 * than the fold (it measures a matrix of 2R + C + T - 2 rows as rows + width - 1).
 *
 * <h2>SRAM counters: where this model and SCALE-Sim differ</h2>
 * Reads: ifmap M K F_c (WS, OS) or M K (IS); filter K N (WS), K N F_r (OS), K N F_c (IS).
 * Output writes: WS and IS write partial sums once per row fold, M N F_r, as SCALE-Sim does; but
 * SCALE-Sim never reads them back, so {@code sram_reads.ofmap} adds the M N (F_r - 1) reads that
 * accumulation needs (SCALE-Sim's figures stay under {@code scalesim_sram_reads/writes}). For OS,
 * SCALE-Sim adds R + C per fold to its OFMAP write counter ({@code ofmap_writes += shape[0] +
 * shape[1]} after the flip), which no element accounts for; {@code sram_writes.ofmap} is M N. Fills
 * from DRAM count as SRAM writes of their operand.
 *
 * <h2>Speed</h2>
 * Compute is closed-form; DRAM traffic and stalls walk fold classes (first, identical middle ones,
 * last) instead of folds, so one evaluation takes microseconds whatever the GEMM size.
 */
package dev.accelbench.models.systolic;
