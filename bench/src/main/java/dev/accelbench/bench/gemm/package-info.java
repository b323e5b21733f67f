/**
 * GEMM benchmarks: the Vector API FP32 GEMM against OpenBLAS through FFM (SgemmBenchmark); the
 * block-quantized GEMM and GEMV (Q8_0, MXINT8, BFP8) against that FP32 GEMM in the same run
 * (BlockGemmBenchmark); and the bit-accurate MAC emulation, vector against scalar
 * (MacEmulationBenchmark).
 */
package dev.accelbench.bench.gemm;
