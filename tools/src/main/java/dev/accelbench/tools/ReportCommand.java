package dev.accelbench.tools;

import dev.accelbench.reports.html.Report;
import dev.accelbench.reports.html.ReportOutputException;
import dev.accelbench.reports.jmh.ResultFileException;
import dev.accelbench.reports.jmh.ResultSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accelbench report}: JMH JSON results into {@code DIR/report.html} (self-contained, charts
 * as inline SVG) and {@code DIR/summary.md}. Exit codes: 0 written, 2 bad input or an output
 * directory that cannot be written, with a one-line error on standard error.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained HTML report (DIR/report.html: environment, charts, sortable",
                "tables; opens from disk with no network) and a Markdown summary (DIR/summary.md) of JMH",
                "JSON results. Several files are merged, each with the environment from its NAME.env.json.",
                "Existing report files in DIR are replaced atomically; nothing else there is touched."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written",
                "2:bad input (missing, unreadable or malformed file; -o is an existing file; bad option)"})
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RESULTS.json", description = "JMH JSON results (-rf json)")
    List<Path> results;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "directory for report.html and summary.md (created when missing)")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> written;
        try {
            List<ResultSet> resultSets = results.stream().map(ResultSet::read).toList();
            written = Report.of(resultSets).writeTo(output);
        } catch (ResultFileException | ReportOutputException | IllegalArgumentException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("accelbench report: " + e.getMessage());
            err.flush();
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        written.forEach(path -> out.println("wrote " + path));
        out.flush();
        return 0;
    }
}
