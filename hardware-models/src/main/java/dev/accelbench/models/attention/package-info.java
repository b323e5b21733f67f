/**
 * The bridge between the attention workload registry and kernels
 * ({@code dev.accelbench.kernels.attention}) and the paper models (LEOPARD, SPRINT): the thesis'
 * rows by registry name, rows for workloads a paper did not study, and model inputs made from a
 * kernel run's statistics ({@link dev.accelbench.models.attention.PaperWorkloads}).
 */
package dev.accelbench.models.attention;
