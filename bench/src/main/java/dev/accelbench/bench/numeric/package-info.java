/** Benchmarks of number-format conversions: block formats (BFP, OCP MX, Q8_0) against a copy of the same bytes. */
package dev.accelbench.bench.numeric;
