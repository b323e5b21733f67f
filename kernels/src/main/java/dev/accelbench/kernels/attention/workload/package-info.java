/**
 * Attention workloads: the one registry of names
 * ({@link dev.accelbench.kernels.attention.workload.AttentionWorkload}) with each workload's shape,
 * padding and the pruning rates LEOPARD and SPRINT report; seeded generators
 * ({@link dev.accelbench.kernels.attention.workload.WorkloadGenerator}) that reproduce those rates
 * within 3 percentage points (threshold calibrated on seed 0, measured on seeds 1-4) with
 * SPRINT-like adjacent-query locality (about 2.1% of S fetched anew per query, 2-7x the reuse of a
 * random pruning); and a NumPy .npy reader
 * ({@link dev.accelbench.kernels.attention.workload.NpyReader}) for real Q/K/V.
 *
 * <p>Why the generator looks as it does: scores q.k/sqrt(d) are standard normal for every query
 * (unit-norm-scaled queries, Gaussian keys), so a fixed threshold prunes the same fraction on any
 * seed, as a learned per-layer threshold does across inputs; queries follow a slowly turning
 * direction (an AR(1) walk, correlation rho per workload), so neighbours keep nearly the same keys.
 * What it does not reproduce: the peaked score distributions of trained models (pruning here
 * changes the output more than in a trained model), and the bits per pruned score come out at
 * 6.5-7.0 for the BERT-sized workloads against the thesis' 7.6-9.0 (MemN2N: 4.6 against 4.5).
 */
package dev.accelbench.kernels.attention.workload;
