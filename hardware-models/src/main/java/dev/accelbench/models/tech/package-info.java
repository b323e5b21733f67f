/**
 * Technology tables with their sources: Horowitz's 45 nm energy and area
 * ({@link dev.accelbench.models.tech.Horowitz45nm}), SRAM access energy by size
 * ({@link dev.accelbench.models.tech.SramEnergy}) and Dennard scaling between nodes
 * ({@link dev.accelbench.models.tech.ProcessScaling}). The FPGA costs of the MAC talk are in
 * {@code dev.accelbench.models.mac}.
 */
package dev.accelbench.models.tech;
