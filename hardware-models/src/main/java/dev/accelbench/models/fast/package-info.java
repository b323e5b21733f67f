/**
 * FAST (Zhang, McDanel, Kung, HPCA 2022, as lecture 12 presents it): a systolic array of fMACs
 * that multiply block-floating-point mantissas 2 bits at a time, a BFP converter, and a precision
 * schedule that raises the mantissa width with layer depth and training progress.
 *
 * <h2>Modeling choices (the slides give only the idea)</h2>
 * <ul>
 *   <li>An ma-bit by mb-bit mantissa product takes ceil(ma/2) x ceil(mb/2) chunk steps, one per
 *       cycle in each PE; cycles scale with that count against an FP32 array of the same rows x
 *       cols doing one FP32 MAC per PE per cycle. (The FAST paper was not among our sources; if
 *       its fMAC overlaps chunks differently this is the place to change.)</li>
 *   <li>BFP groups of 16 along k with an 8-bit shared exponent; per group an exponent add and an
 *       FP32 accumulation; converting operands costs an exponent compare and an align-and-round
 *       per element ({@link dev.accelbench.models.fast.FastEnergy}, Horowitz 45 nm).</li>
 *   <li>GEMM cycles: the systolic model's weight-stationary compute cycles ({@link
 *       dev.accelbench.models.systolic.SystolicCompute}, SCALE-Sim's fold formula).</li>
 *   <li>Default schedule: {@link dev.accelbench.models.fast.PrecisionSchedule#progressive()}
 *       (ours); a training run is the average of steps at evenly spaced progress points.</li>
 *   <li>Workload: a training step's GEMMs (forward and both backward GEMMs, one sequence) of BERT-B,
 *       BERT-L, GPT-2 L or ViT-B with 12/24/36/12 layers at their documented sequence lengths
 *       512/512/1024/197 and {@link dev.accelbench.models.workload.TransformerModel}'s widths
 *       ({@link dev.accelbench.models.fast.TransformerTrainingGemms}; BERT-B's list is
 *       {@link dev.accelbench.models.fast.BertTrainingGemms}).</li>
 *   <li>Schedules from files: {@link dev.accelbench.models.fast.RuleSchedule}, rules over layer and
 *       progress ranges, first match wins, else a default width (the JSON format is in the tools'
 *       {@code FastScheduleFile} and the README).</li>
 * </ul>
 */
package dev.accelbench.models.fast;
