/** Benchmarks of the level-1 BLAS kernels: dot product and AXPY, vector against scalar. */
package dev.accelbench.bench.blas;
