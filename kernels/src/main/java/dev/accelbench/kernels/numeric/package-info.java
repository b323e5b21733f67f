/**
 * Number formats and conversions: the numeric core every kernel and model quantizes through.
 *
 * <h2>Formats</h2>
 * {@link dev.accelbench.kernels.numeric.ScalarFormat} is either a
 * {@link dev.accelbench.kernels.numeric.MiniFloat} (sign, E exponent bits, M mantissa bits, bias,
 * special-value {@link dev.accelbench.kernels.numeric.Encoding}, optional multiplier configuration
 * CFG-1..CFG-6) or a {@link dev.accelbench.kernels.numeric.FixedPoint} Qm.n.
 * {@link dev.accelbench.kernels.numeric.FormatNames} parses names. Worked values:
 * <pre>
 * e4m3 (OCP, FN, bias 7)     max 448 = 1.75 x 2^8      min subnormal 2^-9    NaN S.1111.111
 * e5m2 (OCP, IEEE, bias 15)  max 57,344 = 1.75 x 2^15  min subnormal 2^-16   Inf S.11111.00
 * e4m3fnuz (bias 8)          max 240                   NaN 0x80, no -0
 * e2m1 (OCP MX, FINITE)      0 0.5 1 1.5 2 3 4 6
 * e8m0 (MX scale)            2^(e-127), e = 0..254     0xFF NaN, no zero, unsigned
 * e5m2-cfg4                  top binade 65,536 81,920 98,304, then Inf; no NaN
 * q8.8                       -128 .. 127.99609375 in steps of 2^-8, saturating
 * </pre>
 *
 * <h2>Conversions</h2>
 * A {@link dev.accelbench.kernels.numeric.Conversion} is a format plus a
 * {@link dev.accelbench.kernels.numeric.Rounding} mode and an
 * {@link dev.accelbench.kernels.numeric.Overflow} policy (and a seed and bit count for stochastic
 * rounding). Minifloat conversion is exact integer arithmetic on float32's 24-bit significand,
 * rounded as if the exponent range were unbounded above, then overflow applies (IEEE 754).
 * NaN and Inf rules are documented on {@link dev.accelbench.kernels.numeric.MiniFloat}.
 *
 * <h2>Bulk and vector</h2>
 * {@link dev.accelbench.kernels.numeric.BulkConversion#of} prepares a conversion for arrays and
 * picks a Vector API implementation where one exists; each equals the scalar conversion bit for
 * bit (tests check every format, mode and overflow policy). Vector API code is fast only when C2
 * sees the species as a constant and inlines every vector operation into one compiled loop: a
 * vector that crosses a call C2 does not inline is boxed on the heap. The loops are therefore
 * written out in one method each, with the rounding mode entering as lane masks.
 */
package dev.accelbench.kernels.numeric;
