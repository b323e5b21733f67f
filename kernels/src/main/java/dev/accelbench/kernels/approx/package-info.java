/**
 * Approximate nonlinear operations of transformer accelerators (lecture 12, PICACHU's operator
 * table, HAAN), each with a float64 reference and named approximation variants, scalar and over
 * float arrays with the Vector API.
 *
 * <h2>The pieces</h2>
 * <ul>
 * <li>{@link dev.accelbench.kernels.approx.UnaryApprox}: one variant of an element-wise
 * function: scalar {@code apply(float)}, bulk {@code apply(x, xOff, y, yOff, n)}, its valid range
 * [lo, hi], the {@link dev.accelbench.kernels.approx.Bound} it claims there (relative, or
 * absolute for functions crossing zero) and what it returns outside ({@code outside()}).
 * {@link dev.accelbench.kernels.approx.Approximations} is the one registry of operation and
 * variant names, used by the {@code accuracy} command and the benchmarks.</li>
 * <li>exp ({@link dev.accelbench.kernels.approx.ExpVariant}, {@link dev.accelbench.kernels.approx.ExpTable}),
 * reciprocal and division ({@link dev.accelbench.kernels.approx.Reciprocal}), rsqrt
 * ({@link dev.accelbench.kernels.approx.Rsqrt}), GeLU ({@link dev.accelbench.kernels.approx.Gelu}),
 * SiLU ({@link dev.accelbench.kernels.approx.Silu}, over any exp variant), sine tables
 * ({@link dev.accelbench.kernels.approx.Sine}, {@link dev.accelbench.kernels.approx.Lut}).</li>
 * <li>Row kernels: {@link dev.accelbench.kernels.approx.Softmax} (max-subtracted, any exp
 * variant), {@link dev.accelbench.kernels.approx.LayerNorm} (and RMSNorm; any rsqrt variant),
 * {@link dev.accelbench.kernels.approx.HaanNorm} (statistics skipping with a calibrated
 * predictor), {@link dev.accelbench.kernels.approx.Glu} (SwiGLU, GeGLU),
 * {@link dev.accelbench.kernels.approx.Rope} (rotate-half layout, exact or table sin/cos).</li>
 * </ul>
 *
 * <h2>exp: the base-2 form and the range reduction</h2>
 * Every variant but the baselines computes e^x = 2^(x log2 e) = 2^u 2^v and places u in the
 * exponent field. The slide's variant ({@code slide}) multiplies by 1.0111b = 1.4375 (the shift-add
 * z + z&gt;&gt;2 + z&gt;&gt;3 + z&gt;&gt;4) and uses 2^v ~ 1 + v/2 exactly as printed: 45% error at the range
 * ends (1.4375 against 1.4427 shifts the exponent by 0.0052 x) and 25% from 1 + v/2 at v -&gt; 1,
 * where the first-order form is 1 + v ({@code mitchell}, 6.15%). Schraudolph's trick subtracts a
 * constant from Mitchell's bits to centre the error (3.0% with our C = 366,400; his 486,408 gives
 * 3.9%). The polynomial and table variants reduce first: n = round(x log2 e) by adding the
 * shifter 1.5 2^23 + 127 (whose low bits then hold n + 127, the biased exponent, with no float-to-int
 * conversion), r = x - n ln 2 by two fused multiply-adds with ln 2 split in two floats (Cody-Waite),
 * so |r| &lt;= ln2/2; then e^r by a minimax polynomial (degree 2..5: 1.7e-3, 7.5e-5, 2.6e-6, 7.5e-8 in
 * exact arithmetic; Lawson's algorithm on Chebyshev points) or a table (nearest: e^(h/2) - 1,
 * linear: h^2/8, h = ln2/N). The integer-only variant does the same in int32 fixed point (x in Q.12,
 * t in Q.24, 2^f by a Q.15 polynomial). The shared valid range is [ln 2^-126, 127.5 ln 2] =
 * [-87.34, 88.38]; below it every variant returns 0, above it Inf.
 *
 * <h2>Division, reciprocal, rsqrt in the log domain</h2>
 * a/b = 2^(ea - eb + log2(1+ma) - log2(1+mb)) ~ 2^(ea-eb)(1 + ma - mb), renormalised when
 * ma &lt; mb. On float bits this is one integer subtraction (bits(a) - bits(b) + 0x3F800000; the
 * borrow renormalises). The slide prints 2^(ea-eb)(1 + (ma+mb)/2), which is wrong: for a = b it is
 * not 1. rsqrt: log2 y = -1/2 log2 x with log2 x ~ E - Q + M/2^L + sigma gives bits(y) = K - bits(x)/2,
 * K = 3/2 (Q - sigma) 2^L: sigma = 0 is 0x5F400000 (8.9%), 0x5F3759DF (3.4%), then Newton
 * steps y(3/2 - x/2 y^2) square the error (1.75e-3, 4.6e-6): HAAN's square-root inverter uses
 * Newton's method. Outside the normal range (zeros, subnormals, Inf, NaN, negative rsqrt input)
 * every variant returns the IEEE result, blended into the lanes concerned.
 *
 * <h2>HAAN's predictor (ours)</h2>
 * The lecture names HAAN's idea, reusing correlated input statistics across layers to skip
 * computing 1/sigma, but no predictor. {@link dev.accelbench.kernels.approx.HaanNorm} predicts a
 * skipped layer's 1/sigma for a token as c[l] times the previous layer's, with c[l] the geometric
 * mean of the layer-to-layer ratio on calibration inputs. A skipped LayerNorm keeps the mean pass
 * and drops the variance pass and the rsqrt (two passes instead of three); a skipped RMSNorm keeps
 * only the normalising pass. On the synthetic residual stream
 * ({@link dev.accelbench.kernels.approx.ResidualStream}) the predicted 1/sigma is within a few
 * percent (the sampling noise of a 768-element variance).
 *
 * <h2>Vector code</h2>
 * Each variant's bulk form is one loop in one method with the species from
 * {@code KernelSpecies}; variants that differ in the number of steps or in the interpolation have
 * separate loops, so that no vector is assigned in two arms of a branch (which can make C2 box it). Scalar and vector forms
 * do the same float operations in the same order wherever no Vector API transcendental is
 * involved, so they agree bit for bit (tested); tables gather through an index array.
 */
package dev.accelbench.kernels.approx;
