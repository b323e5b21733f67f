/**
 * Memory side of the systolic model: SRAM sizes and DRAM bandwidth
 * ({@link dev.accelbench.models.memory.MemoryConfig}) and the DRAM traffic and bandwidth stalls of a
 * folded GEMM ({@link dev.accelbench.models.memory.DramModel}, whose class comment states the rules).
 */
package dev.accelbench.models.memory;
