/** Benchmarks of the number formats: scalar and block conversions against a copy of the same bytes. */
package dev.accelbench.bench.numeric;
