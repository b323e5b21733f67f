package dev.accelbench.models.leopard;

/**
 * One query's work on a tile: front-end cycles of its slowest QK-DPU (the QK-PU moves to the next
 * query only when all QK-DPUs are done, section 2.3.2), the V-PU's cycles and the unpruned Scores
 * it sends through the Score-FIFO. Doubles, because summary statistics give expected values.
 */
record QueryWork(double frontCycles, double backCycles, double unpruned) {
}
