/**
 * Gemmini scheduling of a BERT encoder layer, non-fused against fusion-optimized, after the survey's
 * case study ("Full Stack Optimization of Transformer Inference", Gemmini part; seed
 * survey-efficient-transformer-inference-gemmini.txt, its Fig. 15/16 text). The survey reports:
 * fusing QK^T with softmax per head cuts MHA latency by about 22%; fusing the FFN's W2 with
 * LayerNorm worsens FFN latency by about 27%; fusing W_out with LayerNorm badly harms W_out at a
 * 128 kB accumulator and doubling it to 256 kB alleviates that. This package models the mechanism;
 * no constant is fitted to those numbers.
 *
 * <h2>Machine</h2>
 * {@link dev.accelbench.models.preset.Preset#GEMMINI}'s array: 16 x 16 weight stationary, int8 x int8
 * -> int32, 1 GHz and 16 bytes/cycle of DRAM bandwidth (both the preset's assumptions); the survey's
 * 64 KiB scratchpad; the accumulator a parameter (the fusion study's 128 and 256 KiB; the preset's 256
 * KiB is the NAS case study's). Scratchpad and accumulator are double buffered (Gemmini's
 * weight-stationary accumulator is used in two halves).
 *
 * <h2>Matmul cost ({@link dev.accelbench.models.gemmini.TiledMatmul})</h2>
 * Tiles tm x tn of C with the reduction in chunks of tk, all multiples of DIM = 16 (Gemmini's tiling
 * loop counts DIM blocks). Constraints: 2 (tm tk + tk tn) bytes <= scratchpad, tm tn int32 words <=
 * half the accumulator. Every tile loads its A panel (r x K) and B panel (K x c), so the weights
 * are read ceil(M / tm) times: few rows per tile mean more weight reloads. Array cycles per reduction
 * chunk: folds x (16 + r) + 15 + 15, i.e. the systolic model's folds ({@link
 * dev.accelbench.models.systolic.FoldGeometry}) where each fold preloads its 16 x 16 weights (16 cycles,
 * not hidden: the systolic model's and SCALE-Sim's convention; Gemmini's PEs can double-buffer
 * weights, which would hide part of it, and then skewed tiles would cost only DMA: the main open
 * assumption here) and streams r rows, the skew and drain paid once per chunk. A tile costs
 * max(array cycles, DMA bytes / 16, normalization cycles); the first chunk's load, the last tile's
 * store and its normalization are exposed. The fastest tile over all multiples of 16 is chosen.
 *
 * <h2>Normalization</h2>
 * Assumptions: the vector (normalization) unit handles 16 int32 elements per cycle and pass (one
 * accumulator row of DIM); softmax takes 3 passes (max, exp and sum, scale), LayerNorm 2 (mean and
 * variance, normalize); each element-pass costs an INT32 multiply and add (3.2 pJ, Horowitz).
 * <ul>
 *   <li>Unfused ({@link dev.accelbench.models.gemmini.NormalizationPass}): the matmul writes its output
 *       as int32 (the normalization needs the accumulator's precision); a separate pass moves strips of
 *       whole rows into half the accumulator, normalizes and writes int8: 5 bytes of DRAM traffic per
 *       element, strips double buffered.</li>
 *   <li>Fused: the matmul's tile must hold whole rows (tn >= N: 768 for LayerNorm, S for softmax) in
 *       half the accumulator, so tm <= half / N: at S = 512, 128 KiB allows tm = 16 for N = 768 (32 at
 *       256 KiB) and 32 for softmax rows of 512 (64). The normalization runs on the finished tile in the
 *       accumulator while the next tile computes, and writes int8: the int32 write-back and re-read of
 *       the S x S scores (or S x 768 activations) disappear. For QK^T the weights (K_h^T, 64 x S) are
 *       small, so the extra reloads cost little and fusion wins; for W_out and W2 (768 x 768, 3072 x
 *       768) every row tile reloads all the weights with tm = 16 rows of reuse, and fusion loses.</li>
 * </ul>
 *
 * <h2>Workload and the survey's comparisons ({@link dev.accelbench.models.gemmini.EncoderLayerSchedule})</h2>
 * BERT-Base (d 768, 12 heads, FFN 3072) at S = 512 (our choice: the survey states 512 for its
 * mapspace study of BERT on Gemmini, not for the fusion figures). Blocks: qkv_proj (S x 768 x 2304),
 * per head qk_t+softmax (S x 64 x S) and pv (S x S x 64), w_out+layernorm, ffn_w1, ffn_w2+layernorm;
 * other element-wise work (GELU, residual adds, scaling) is not modeled. MHA = qkv_proj + 12
 * (qk_t+softmax + pv) + w_out+layernorm; the 22% comparison fuses only QK^T + softmax; FFN = W1 + W2
 * + LayerNorm. Model at S = 512 (tests): QK^T + softmax fusion saves 10.3% of MHA at 128 KiB and
 * 12.3% at 256 KiB (survey about 22%); W2 + LayerNorm fusion costs the FFN 45% at 128 KiB (above the
 * survey's 27%) and 21% at 256 KiB; W_out + LayerNorm fusion costs W_out 75% at 128 KiB and 31% at
 * 256 KiB.
 *
 * <h2>Sensitivity: the weight preload</h2>
 * {@link dev.accelbench.models.gemmini.GemminiConfig#withPreloadHidden} lets every fold but the first
 * of a chunk preload behind the previous fold's stream (a fold costs max(r, 16)). Then at 128 KiB
 * LayerNorm fusion stops hurting (FFN -0.2%, W_out -6.5%: at tm = 16 the weight reloads need exactly
 * 16 B/cycle, the assumed bandwidth) and softmax fusion saves 15.5%. So in this model the survey's
 * LayerNorm penalties come from the exposed preloads of skewed tiles; a DMA slower than 16 B/cycle
 * would be the other way to get them. The default keeps the systolic model's convention.
 *
 * <p>Energy by component (MACs, scratchpad, accumulator, DRAM, vector unit) follows the
 * systolic model's tables; every result is an {@link dev.accelbench.models.common.AcceleratorRun}
 * (GOP/s, GOP/J, EDP).
 */
package dev.accelbench.models.gemmini;
