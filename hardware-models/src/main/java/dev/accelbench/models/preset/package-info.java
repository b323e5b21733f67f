/**
 * Presets of published systolic accelerators (TPU v1 and v2, Gemmini, Archimedes-MPO) with their
 * sources and the assumptions where the sources are silent ({@link dev.accelbench.models.preset.Preset}).
 */
package dev.accelbench.models.preset;
