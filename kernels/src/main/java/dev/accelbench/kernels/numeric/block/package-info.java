/**
 * Block formats: values in blocks along a matrix row (the GEMM's reduction dimension) sharing one
 * scale per block, quantized by Vector API kernels that match scalar references bit for bit, and
 * packed so that a GEMM reads them directly.
 *
 * <h2>Layout ({@link dev.accelbench.kernels.numeric.block.BlockShape})</h2>
 * A row-major {@code rows x cols} float matrix is cut into blocks of K along each row; the last
 * block of a row is padded with zeros, so a row holds {@code paddedCols = ceil(cols / K) x K} codes.
 * Codes sit row by row in one array (element c of row r at {@code r * paddedCols + c}), the scales
 * in another (block b of row r at {@code r * ceil(cols / K) + b}). Dequantizing drops the padding.
 * Example: a 2 x 20 matrix in {@code bfp8} (K = 16) has 2 x 32 codes and 4 exponents; codes 20..31
 * of each row are 0.
 *
 * <h2>Names ({@link dev.accelbench.kernels.numeric.block.QuantFormats})</h2>
 * Case-insensitive, in one name space with the scalar formats of
 * {@link dev.accelbench.kernels.numeric.FormatNames}: {@code bfpM[-kK]} (1 <= M <= 15, 1 <= K <=
 * 65536, K defaults to 16), {@code mxfp8-e4m3 mxfp8-e5m2 mxfp6-e3m2 mxfp6-e2m3 mxfp4 mxint8},
 * {@code q8_0}. {@code bfp0}, {@code bfp8-k0}, {@code mxfp5} are rejected with this grammar.
 *
 * <h2>Block floating point ({@link dev.accelbench.kernels.numeric.block.BfpFormat})</h2>
 * Shared exponent E = floor(log2 max|v|), clamped below at -127 (so it fits the same biased byte as
 * E8M0: code E + 127); each element is a sign and an M-bit magnitude round(|v| x 2^(M-1-E))
 * clamped to 2^M - 1, under RNE, RTZ, RNA, up, down or stochastic rounding. Stored as a signed
 * 16-bit integer (±magnitude; so {@code bfp8} stores 9 bits an element in a short, and -0 becomes
 * 0); a value decodes to code x 2^(E-M+1). Worked block, {@code bfp4}: [3.0, -1.1, 0.125, 0.375]
 * has E = 1 and step 2^(1-4+1) = 0.25, codes [12, -4, 0 (0.5 ties to even), 2], values
 * [3.0, -1.0, 0, 0.5]. With M = 2 and max 1.99: 1.99 / 0.5 = 3.98 rounds to 4 and is clamped to 3.
 * An all-zero block stores zero codes and exponent code 0 (E = -127). BFP has no special values:
 * NaN or infinite input is rejected with the element's row, column and index.
 *
 * <h2>OCP MX v1.0 ({@link dev.accelbench.kernels.numeric.block.MxFormat})</h2>
 * K = 32, an E8M0 scale code e per block meaning 2^(e-127). Shared exponent =
 * floor(log2 max|v|) - emax_elem clamped to [-127, 127], with emax_elem = 8 (E4M3), 15 (E5M2),
 * 4 (E3M2), 2 (E2M3), 2 (E2M1), 0 (INT8); elements v / 2^shared round to nearest even and
 * saturate at the element's largest finite (E4M3 448, E5M2 57,344, E3M2 28, E2M3 7.5, E2M1 6,
 * INT8 127/64). One byte per element code (FP6 and FP4 codes in the low bits, not bit-packed);
 * MXINT8 codes are two's complement with the implicit scale 2^-6, symmetric -127..127 (never
 * -128). Worked block, {@code mxfp8-e4m3}: max 448 x 2^k gives shared = 8 + k - 8 = k, scale code
 * 127 + k, the max element code 0x7E (448), and -232 x 2^k a tie that goes to the even 0xF6
 * (-224). {@code mxfp4} with max 1.5: shared = 0 - 2 = -2, so the elements are v x 4 rounded to
 * 0, 0.5, 1, 1.5, 2, 3, 4, 6 (5 goes to 4, 2.5 to 2).
 * NaN rules: a block holding NaN or an infinity gets scale 0xFF and zero element codes, and
 * decodes to NaN throughout; an all-zero block gets scale 0x00 and zero elements (and decodes to
 * zeros). A block whose max is below 2^(-127 + emax_elem) keeps shared = -127 (scale 0x00) with
 * its elements quantized, mostly to zero.
 *
 * <h2>Q8_0 ({@link dev.accelbench.kernels.numeric.block.Q8_0Format})</h2>
 * llama.cpp's {@code quantize_row_q8_0_ref}: K = 32, d = max|v| / 127 in float32 stored as FP16
 * (round to nearest even), q = roundf(v x (1/d)) with 1/d from the float32 d (id = 0 for d = 0),
 * halves away from zero; a value decodes to q x fp16(d). Worked values: max 127 gives d = 1.0
 * (0x3C00), 2.5 -> 3 and -2.5 -> -3; max 1 gives d = 1/127 stored as 0x2008
 * (0.00787353515625) and id = 127, so 0.5 -> 63.5 -> 64. NaN or infinite input is rejected with
 * its index (llama.cpp has no rule); max|v| above 65504 x 127 makes d an FP16 infinity, as in
 * llama.cpp.
 *
 * <h2>Exactness of the vector kernels</h2>
 * Each kernel takes the block max as an integer max of the values' bits with the sign cleared
 * ({@link dev.accelbench.kernels.numeric.block.BlockMax}: the same order as the magnitudes, NaN
 * and infinity above every finite value), scales by powers of two (exact in float32 where it
 * matters; see the kernel classes) and rounds with magic-number additions whose float spacing is
 * the target grid's, so the FPU's round to nearest even does the work; codes come from the
 * rounded floats' bits. Dequantizing widens codes to int lanes and rebuilds each value with the
 * scalar path's one rounding (MX minifloats from their bits, integer codes by conversion). The
 * scalar references stay: {@code quantizeScalar} on every format, and the table or plain loops
 * of {@code dequantizeScalar} in the kernel classes.
 *
 * <h2>Speed</h2>
 * The hot loops are written out whole, one method per element kind, with the species a
 * {@code static final} constant: a vector crossing a call C2 does not inline is boxed on the
 * heap, and a method grown past C2's node budget loses the Vector API intrinsics themselves. MX
 * and Q8_0 take each block's max 16 blocks ahead of the block they encode, so that memory loads
 * overlap the arithmetic. The vector species is the constant
 * {@link dev.accelbench.kernels.platform.KernelSpecies#FLOAT}; tests run at the preferred width
 * and again at 128 bits and compare codes, scales and dequantized values with the scalar
 * references bit for bit.
 */
package dev.accelbench.kernels.numeric.block;
