/** Benchmarks of matrix transposition, out of place and in place, against {@code System.arraycopy}. */
package dev.accelbench.bench.transpose;
