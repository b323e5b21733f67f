package dev.accelbench.tools;

import dev.accelbench.reports.compare.ComparisonJson;
import dev.accelbench.reports.compare.ComparisonMarkdown;
import dev.accelbench.reports.compare.ComparisonReport;
import dev.accelbench.reports.compare.ComparisonSettings;
import dev.accelbench.reports.compare.ComparisonTable;
import dev.accelbench.reports.compare.HierarchicalBootstrap;
import dev.accelbench.reports.compare.RunComparison;
import dev.accelbench.reports.jmh.ResultFileException;
import dev.accelbench.reports.jmh.ResultSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench compare}: the regression gate. Exit codes: 0 nothing that the gate watches
 * failed, 1 a significant slowdown beyond the threshold ({@code --gate timing}, the default) or a
 * changed deterministic metric ({@code --gate metrics}) or either ({@code --gate all}), 2 bad
 * input, with a one-line error on standard error.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two JMH JSON runs, benchmark by benchmark (matched by name, mode and params):",
                "candidate/baseline ratio with a confidence interval from a bootstrap over forks and",
                "iterations, and a verdict: faster, slower, unchanged, inconclusive, missing or new.",
                "Deterministic secondary metrics (modeled cycles, gc.alloc.rate.norm) compare exactly.",
                "Reads NAME.env.json beside each file and warns when the environments differ."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing the gate watches failed",
                "1:the gate failed: a significant slowdown beyond the threshold (--gate timing), a changed deterministic metric (metrics), either (all)",
                "2:bad input (unreadable or malformed file, bad option)"})
final class CompareCommand implements Callable<Integer> {

    enum Format { MARKDOWN, JSON, TABLE }

    /** What makes the command exit 1; everything is reported whatever the gate. */
    enum Gate {
        TIMING, METRICS, ALL;

        boolean fails(ComparisonReport report) {
            boolean timing = report.hasRegression();
            boolean metrics = !report.changedMetrics().isEmpty();
            return switch (this) {
                case TIMING -> timing;
                case METRICS -> metrics;
                case ALL -> timing || metrics;
            };
        }
    }

    @Parameters(index = "0", paramLabel = "BASELINE.json", description = "JMH JSON results of the baseline")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CANDIDATE.json", description = "JMH JSON results of the candidate")
    Path candidate;

    // Parsed in call() rather than by a picocli converter, so a bad value is one clear line.
    @Option(names = "--threshold", defaultValue = "5%", paramLabel = "T",
            description = "smallest change that counts: 5%% or 0.05 (default: ${DEFAULT-VALUE})")
    String threshold;

    @Option(names = "--alpha", defaultValue = "0.01", paramLabel = "A",
            description = "significance level; intervals have confidence 1-A (default: ${DEFAULT-VALUE})")
    String alpha;

    @Option(names = "--format", defaultValue = "markdown",
            description = "markdown, json or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--resamples", defaultValue = "" + HierarchicalBootstrap.DEFAULT_RESAMPLES,
            description = "bootstrap resamples per benchmark (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--seed", defaultValue = "" + ComparisonSettings.DEFAULT_SEED,
            description = "seed of the bootstrap (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--gate", defaultValue = "timing",
            description = {"what exits 1: timing (a significant slowdown), metrics (a changed deterministic",
                    "metric: gc.alloc.rate.norm, modeled cycles, accuracy in the same environment), or all",
                    "(default: ${DEFAULT-VALUE}); the rest is still reported"})
    Gate gate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ComparisonSettings settings;
        ComparisonReport report;
        try {
            settings = new ComparisonSettings(ComparisonSettings.parseThreshold(threshold),
                    ComparisonSettings.parseAlpha(alpha), resamples, seed);
            report = new RunComparison(settings).compare(ResultSet.read(baseline), ResultSet.read(candidate));
        } catch (IllegalArgumentException | ResultFileException e) {
            err.println("accelbench compare: " + e.getMessage());
            err.flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case MARKDOWN -> ComparisonMarkdown.render(report);
            case JSON -> ComparisonJson.render(report);
            case TABLE -> ComparisonTable.render(report);
        });
        out.flush();
        return gate.fails(report) ? 1 : 0;
    }
}
