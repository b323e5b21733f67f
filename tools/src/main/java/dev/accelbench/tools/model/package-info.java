/**
 * {@code accelbench model} subcommands for the papers' accelerators: {@link
 * dev.accelbench.tools.model.LeopardCommand} ({@code leopard --preset ae|hp --workload NAME}) and
 * {@link dev.accelbench.tools.model.SprintCommand} ({@code sprint --preset s|m|l --workload NAME}),
 * each with {@code --stats FILE} and {@code --format table|json|csv}; {@link
 * dev.accelbench.tools.model.FastCommand} ({@code fast --workload NAME [--mantissa M | --schedule FILE]},
 * schedule files read by {@code FastScheduleFile}) and {@link dev.accelbench.tools.model.GemminiCommand}
 * ({@code gemmini [--accumulator-kb KB,...] [--seq-len N] [--preload-hidden]}). They are public so the
 * {@code model} parent command can list them as subcommands. Statistics come from the thesis'
 * tables until the attention kernel's {@code --stats-out} files are wired in ({@code StatsFile}
 * reads a provisional JSON object of summary fields).
 */
package dev.accelbench.tools.model;
