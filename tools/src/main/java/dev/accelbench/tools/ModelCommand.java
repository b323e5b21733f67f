package dev.accelbench.tools;

import dev.accelbench.tools.model.FastCommand;
import dev.accelbench.tools.model.GemminiCommand;
import dev.accelbench.tools.model.LeopardCommand;
import dev.accelbench.tools.model.SprintCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench model}: runs a hardware model. Each model is a subcommand: {@code systolic},
 * {@code leopard}, {@code sprint}, {@code gemmini}, {@code fast}.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Run an accelerator model on a workload and print cycles, traffic and energy.",
        subcommands = {SystolicCommand.class, LeopardCommand.class, SprintCommand.class, GemminiCommand.class,
                FastCommand.class})
final class ModelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing model: one of " + spec.subcommands().keySet());
    }
}
