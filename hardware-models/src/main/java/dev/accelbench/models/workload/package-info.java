/**
 * Workloads the hardware models run: a GEMM (M, K, N) and the GEMMs and GEMVs of one transformer
 * layer for BERT-Base/Large, GPT-2 Large and ViT-B/16 at documented sequence lengths
 * ({@link dev.accelbench.models.workload.TransformerModel}).
 */
package dev.accelbench.models.workload;
