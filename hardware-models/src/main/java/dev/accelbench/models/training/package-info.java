/**
 * Training GEMMs on a systolic array without a transpose (lecture 12) against an explicit
 * transpose followed by the forward dataflow ({@link dev.accelbench.models.training.TrainingGemms}).
 */
package dev.accelbench.models.training;
