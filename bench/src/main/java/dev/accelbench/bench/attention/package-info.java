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
 *
 * <p>Why the modeled accelerator figures come from the teardown: the model needs the call's own
 * decisions, and SPRINT's per-query vectors cost an allocation per query that the timed calls must
 * not make, so the teardown reruns the deterministic SPRINT kernel once with vector-keeping
 * statistics; LEOPARD's model takes the call's summary (rate, bits per pruned score) directly.
 */
package dev.accelbench.bench.attention;
