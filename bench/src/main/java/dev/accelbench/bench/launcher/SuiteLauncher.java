package dev.accelbench.bench.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import dev.accelbench.bench.gemm.OpenBlas;
import dev.accelbench.bench.support.AccuracyProfiler;
import dev.accelbench.bench.support.ModelProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH's own command line with these additions: every fork gets the incubator Vector API module
 * whatever {@code -jvmArgs*} the user passes; results are written as JSON under {@code results/}
 * unless {@code -rf}/{@code -rff} say otherwise, with an environment sidecar beside them;
 * {@code --quick} runs one representative point per kernel family; the {@link AccuracyProfiler}
 * and the {@link ModelProfiler} always run, so accuracy figures and the modeled accelerator's
 * figures appear beside the speed; the OpenBLAS baselines are left out
 * with a note where no libopenblas loads.
 *
 * <p>A default results name is reserved before the run starts and released if the run fails, so
 * a run never replaces an earlier run's results (unless the user names that file with {@code -rff}).
 */
public final class SuiteLauncher {

    static final String QUICK_FLAG = "--quick";
    /** Benchmarks that call OpenBLAS: their method names say so. */
    static final String OPENBLAS_BENCHMARKS = "\\.openblas$";

    private SuiteLauncher() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> jmhArgs = new ArrayList<>(Arrays.asList(args));
        boolean quick = jmhArgs.remove(QUICK_FLAG);
        CommandLineOptions user;
        try {
            user = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            err.println("accelbench bench: " + e.getMessage());
            err.println("Run with -h for JMH's options; " + QUICK_FLAG + " runs one point per kernel family.");
            return 1;
        }
        try {
            if (answeredInformationRequest(user, quick, out)) {
                return 0;
            }
            return runBenchmarks(user, quick, args, out, err);
        } catch (NoBenchmarksException e) {
            err.println("accelbench bench: no benchmark matches " + user.getIncludes()
                    + ". List them with -l (or " + QUICK_FLAG + " -l for the quick points).");
            return 1;
        } catch (RunnerException | IOException e) {
            err.println("accelbench bench: " + e.getMessage());
            return 1;
        }
    }

    private static boolean answeredInformationRequest(CommandLineOptions user, boolean quick, PrintStream out)
            throws IOException {
        if (user.shouldHelp()) {
            user.showHelp();
            out.println();
            out.println("accelbench additions:");
            out.println("  " + QUICK_FLAG + "    one representative point per kernel family (list them with "
                    + QUICK_FLAG + " -l)");
            out.println("  Every fork gets " + ForkArguments.VECTOR_MODULE_FLAG + ". Without -rf/-rff, results go to"
                    + " results/jmh-<UTC time>.json; NAME.env.json beside the results describes the machine.");
            return true;
        }
        if (user.shouldList() || user.shouldListWithParams()) {
            if (quick) {
                for (QuickSuite.Point point : QuickSuite.POINTS) {
                    out.println(point.family() + ": " + point.benchmark().getName() + " " + point.params());
                }
            } else if (user.shouldList()) {
                new Runner(user).list();
            } else {
                new Runner(user).listWithParams(user);
            }
            return true;
        }
        if (user.shouldListProfilers()) {
            user.listProfilers();
            return true;
        }
        if (user.shouldListResultFormats()) {
            user.listResultFormats();
            return true;
        }
        return false;
    }

    private static int runBenchmarks(CommandLineOptions user, boolean quick, String[] commandLine, PrintStream out,
                                     PrintStream err) throws IOException, RunnerException {
        Options plan = quick ? QuickSuite.options(user) : user;
        if (OpenBlas.load().isEmpty()) {
            err.println("accelbench bench: " + OpenBlas.INSTALL_HINT + "; leaving out the OpenBLAS benchmarks");
            plan = new OptionsBuilder().parent(plan).exclude(OPENBLAS_BENCHMARKS).build();
        }
        Instant started = Instant.now();
        ResultTarget target = ResultTarget.choose(user, started);
        Collection<RunResult> results;
        boolean finished = false;
        try {
            results = new Runner(new OptionsBuilder().parent(plan)
                    .jvmArgsPrepend(ForkArguments.prepend(user).toArray(String[]::new))
                    .addProfiler(AccuracyProfiler.class)
                    .addProfiler(ModelProfiler.class)
                    .result(target.file().toString())
                    .resultFormat(target.format())
                    .build()).run();
            finished = true;
        } finally {
            if (!finished && target.reserved()) {
                Files.deleteIfExists(target.file());
            }
        }
        Map<String, Object> env = EnvironmentSidecar.describe(started,
                user.getJvm().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                ForkArguments.forkCommandLine(user), commandLine);
        EnvironmentSidecar.write(target.sidecar(), env);
        out.println("Environment of the run is saved to " + target.sidecar());
        if (results.isEmpty()) {
            err.println("accelbench bench: no benchmark produced a result");
            return 1;
        }
        return 0;
    }
}
