package dev.accelbench.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code accelbench} command line. The launcher script at the project root handles
 * {@code bench} and {@code test} itself (they run the JMH jar and Maven) and hands every other
 * subcommand to this class.
 */
@Command(name = "accelbench",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = Version.class,
        description = "Benchmarks, accuracy and accelerator models for transformer-accelerator kernels.",
        subcommands = {EnvCommand.class, QuantizeCommand.class, SqnrCommand.class, AccuracyCommand.class,
                AttentionCommand.class, ModelCommand.class, CompareCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nRun by the ./accelbench launcher itself:%n",
        footer = {
                "  bench [--quick] [JMH options]",
                "        Run the benchmark suite: JMH's command line (bench -h lists it); results go to",
                "        results/jmh-<UTC time>.json beside an environment sidecar. --quick runs one point",
                "        per kernel family.",
                "  test [Maven options]",
                "        Run the whole test suite (mvn verify)."})
public final class Accelbench implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    static CommandLine commandLine() {
        return new CommandLine(new Accelbench()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
