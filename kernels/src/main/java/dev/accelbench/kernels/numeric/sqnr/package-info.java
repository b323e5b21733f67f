/**
 * Signal-to-quantization-noise ratio of every scalar and block format on seeded Gaussian,
 * Laplacian and Student-t (3 degrees of freedom) data: {@link dev.accelbench.kernels.numeric.sqnr.SqnrSweep},
 * printed by {@code accelbench sqnr}.
 */
package dev.accelbench.kernels.numeric.sqnr;
