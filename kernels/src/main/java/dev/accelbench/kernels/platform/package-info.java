/** Facts about the host that kernels and benchmark results depend on: CPU, cores, vector width. */
package dev.accelbench.kernels.platform;
