/**
 * Benchmarks of the hardware models themselves: how many model evaluations per second the
 * systolic-array model does ({@link dev.accelbench.bench.models.SystolicModelBenchmark}).
 */
package dev.accelbench.bench.models;
