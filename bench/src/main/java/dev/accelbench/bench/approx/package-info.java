/**
 * Benchmarks of the approximate nonlinear operations ({@code dev.accelbench.kernels.approx}):
 * each class runs its baselines ({@code Math.exp} and the Vector API's {@code EXP},
 * {@code 1/Math.sqrt}, the scalar softmax, the exact vectorized LayerNorm) beside the variants, so
 * ratios come from one JMH run. The score to read is {@code ·elements} (elements per ns); each
 * iteration also records the variant's error on the benchmark's own data as {@code ·rel_error}
 * (largest relative error against float64; LayerNorm: {@code ·abs_error}).
 *
 * <p>Variant parameters live in a separate {@code @State}, which only the variant method takes, so
 * the baselines run once rather than once per variant.
 */
package dev.accelbench.bench.approx;
