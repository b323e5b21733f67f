/**
 * Bit-accurate emulation of low-precision multiply-accumulate (MAC) units, after the MAC talk
 * (seeds/talk-low-precision-mac-units-filip: Filip et al., mixing low-precision formats in MAC units
 * for DNN training) and the tutorial's chunk-based accumulation.
 *
 * <h2>What a MAC is here ({@link dev.accelbench.kernels.mac.MacConfig})</h2>
 * <ul>
 * <li><b>Multiplier input</b>: any scalar format of the numeric package with its conversion
 *     (rounding, overflow); a minifloat may carry the talk's CFG-1..CFG-6 (see
 *     {@link dev.accelbench.kernels.numeric.MiniFloat}). Both operands are rounded to it first.
 *     Inputs arrive as float32, and encoding never produces exponent-field-0 codes from CFG-2 on,
 *     so CFG-4, CFG-5 and CFG-6 differ only in the top binade (CFG-4 on) and not in how float inputs
 *     read.
 * <li><b>Product</b>: exact (CFG-3 and later: the product of two ExMy values is exact in
 *     E(x+1)M(2y+1), an exhaustive test checks it), or rounded to nearest even in a given format
 *     (a conventional CFG-1/2 multiplier rounds to its input format). CFG-4's extended top binade
 *     (E5M2: 65,536, 81,920, 98,304) makes products up to 98,304^2 = 9,663,676,416, beyond E6M5's
 *     largest finite 4,227,858,432 (65,536^2 = 2^32 is already beyond): with an exact product they
 *     are kept exactly (as if the product had a seventh exponent bit) and only the accumulator
 *     rounds; with the product rounded to E6M5 they overflow to Inf. Every other CFG-4 product is
 *     exact in E6M5.
 * <li><b>Accumulator</b> ({@link dev.accelbench.kernels.mac.Accumulator}): a minifloat ExMy, every
 *     addition rounded once from the exact sum (round to nearest even; overflow to Inf or
 *     saturating; subnormals kept, or flushed for CFG-2 and later formats), or fixed point Qm.n
 *     (each addend converted with round to nearest even and saturation, the sum saturating).
 * <li><b>Order</b> ({@link dev.accelbench.kernels.mac.AccumulationOrder}): sequential; chunked
 *     (chunks of c summed in the accumulator format, chunk sums added in a given format); or a
 *     w-way adder tree whose nodes round in the accumulator format (and saturate, for fixed point)
 *     unless configured exact, when the group sum is exact and rounded once into the accumulator.
 * </ul>
 * A zero result is +0: the sign of zero is not modeled.
 *
 * <h2>How it stays exact without wide integers</h2>
 * Values are doubles: every value involved (products of float32 values, minifloat and fixed-point
 * values) is exact in double. One addition a + b is rounded to a format of p <= 24 bits by TwoSum
 * (s = fl(a + b) and the exact error e): {@link dev.accelbench.kernels.mac.ScalarMac} rounds s with
 * {@code Math.rint} at the format's quantum and breaks a tie by e's sign;
 * {@link dev.accelbench.kernels.mac.VectorMac} rounds s to odd with e (53-bit sticky rounding), then
 * to nearest even with the 1.5 x 2^52 magic addition, which equals one rounding of the exact sum
 * (Boldo and Melquiond 2008). Exact adder-tree groups are double-doubles, exact while products and
 * sums span at most 100 bits (checked when the configuration is made). A BigInteger oracle in the
 * tests checks the scalar emulation, and jqwik properties check the vector one against the scalar
 * one bit for bit.
 *
 * <h2>Speed</h2>
 * The vector kernel puts adjacent output columns in lanes, and loops over columns innermost with
 * the running sums in an L1 buffer: each lane's sum is one long dependency chain (about 25
 * operations per product), and independent iterations let the CPU overlap chains. Each loop body
 * is a small method holding one rounding: C2 stops inlining at its node limit, and a vector crossing
 * a call that is not inlined is boxed.
 *
 * <h2>Error ({@link dev.accelbench.kernels.mac.MacError})</h2>
 * |c - c_ref| / sum |a_i b_i| with the inputs rounded to the multiplier's format first, so that only
 * the MAC's own arithmetic counts. {@link dev.accelbench.kernels.mac.MacSweep} sweeps the talk's
 * pairings over K = 64..4096: a dot-product stand-in for the talk's training accuracy, which we
 * cannot rerun.
 */
package dev.accelbench.kernels.mac;
