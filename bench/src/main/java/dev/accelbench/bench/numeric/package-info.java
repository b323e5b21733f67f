/** Benchmarks of the number formats: bulk conversions against a copy of the same bytes. */
package dev.accelbench.bench.numeric;
