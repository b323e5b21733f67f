/**
 * Benchmarks of attention with runtime pruning ({@code dev.accelbench.kernels.attention}): dense
 * against LEOPARD's threshold pruning and bit-serial early termination, SPRINT's approximate
 * in-memory thresholding and top-k, at the thesis' workload presets. Throughput is counted in
 * queries ({@link dev.accelbench.bench.support.Queries}); pruning rate, bits processed and the
 * output's distance from dense appear beside it per iteration.
 *
 * <p>Why the summary of the pruning statistics is built in every call: the kernels are meant to
 * run with statistics on, so the measured speed includes them (a bit set and a few counters per
 * query, one list append).
 */
package dev.accelbench.bench.attention;
