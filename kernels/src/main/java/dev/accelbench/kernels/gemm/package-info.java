/**
 * GEMM: the FP32 Vector API GEMM ({@link dev.accelbench.kernels.gemm.Sgemm}) that is the host speed
 * reference, and the float64 reference every GEMM is tested against
 * ({@link dev.accelbench.kernels.gemm.GemmReference}). C = alpha op(A) op(B) + beta C, row-major;
 * {@link dev.accelbench.kernels.gemm.Op} N or T per operand, so training's three GEMMs (Y = X W,
 * dX = dY W^T, dW = X^T dY) need no materialized transpose.
 */
package dev.accelbench.kernels.gemm;
