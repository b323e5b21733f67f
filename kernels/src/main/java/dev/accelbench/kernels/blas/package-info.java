/**
 * Level-1 BLAS kernels on float arrays (dot product, AXPY): each as a plain scalar loop, a Vector
 * API kernel and a reference that tests compare against. They are the building blocks of the
 * GEMM and attention kernels and the first kernels to run through the whole benchmark pipeline.
 */
package dev.accelbench.kernels.blas;
