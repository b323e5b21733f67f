/**
 * {@code accelbench model} subcommands for the papers' accelerators: {@link
 * dev.accelbench.tools.model.LeopardCommand} ({@code leopard --preset ae|hp --workload NAME}) and
 * {@link dev.accelbench.tools.model.SprintCommand} ({@code sprint --preset s|m|l --workload NAME}),
 * each with {@code --stats FILE} and {@code --format table|json|csv}; {@link
 * dev.accelbench.tools.model.FastCommand} ({@code fast --workload NAME [--mantissa M | --schedule FILE]},
 * schedule files read by {@code FastScheduleFile}) and {@link dev.accelbench.tools.model.GemminiCommand}
 * ({@code gemmini [--accumulator-kb KB,...] [--seq-len N] [--preload-hidden]}). They are public so the
 * {@code model} parent command can list them as subcommands. {@code leopard} and {@code sprint} take
 * the attention registry's workload names; their statistics come from a kernel run on the workload
 * generator ({@code KernelRun}: bit-serial for LEOPARD, SPRINT's kernel with its pruning vectors
 * kept for SPRINT) unless {@code --stats FILE} names a file {@code accelbench attention --stats-out}
 * wrote ({@code StatsFile}, schema accelbench-attention-stats/1) or {@code --paper-stats} asks for
 * the thesis' tables; {@code dev.accelbench.models.attention.PaperWorkloads} turns either into the
 * models' inputs.
 */
package dev.accelbench.tools.model;
