/**
 * GEMM: the FP32 Vector API GEMM ({@link dev.accelbench.kernels.gemm.Sgemm}) that is the host speed
 * reference, and the float64 reference every GEMM is tested against
 * ({@link dev.accelbench.kernels.gemm.GemmReference}). C = alpha op(A) op(B) + beta C, row-major;
 * {@link dev.accelbench.kernels.gemm.Op} N or T per operand, so training's three GEMMs (Y = X W,
 * dX = dY W^T, dW = X^T dY) need no materialized transpose
 * ({@link dev.accelbench.kernels.gemm.TrainingGemms} names them).
 *
 * <h2>Block-quantized GEMM and GEMV</h2>
 * {@link dev.accelbench.kernels.gemm.BlockGemm} multiplies packed Q8_0, MXINT8 and BFP matrices
 * (blocks along k; B as its n x k transpose, {@link dev.accelbench.kernels.gemm.BlockGemm#quantizeB}
 * makes it from a k x n float matrix): per block the integer codes are multiplied and summed
 * exactly, then scaled by the product of the two block scales into float32 accumulators. The exact
 * block sums run on the FP32 FMA units (codes decoded to floats while packing): every partial sum is
 * an integer below 2^24, so the float sum is the int32 sum, bit for bit (a test compares with a
 * literal int32 kernel). On AVX2 without VNNI this is faster than widening int8 to int16/int32
 * lanes; JDK 25's Vector API has no int8 dot product to use instead.
 * {@link dev.accelbench.kernels.gemm.BlockGemv} is the memory-bound y = x W^T: codes widened from
 * bytes to float lanes as they are loaded, one byte per weight read instead of four.
 */
package dev.accelbench.kernels.gemm;
