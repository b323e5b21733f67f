/** GEMM benchmarks: the Vector API FP32 GEMM against OpenBLAS through FFM. */
package dev.accelbench.bench.gemm;
