package dev.accelbench.tools;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** The accelbench command line run in-process, its standard output and error captured, for command tests. */
final class CliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code accelbench args...}; returns the exit code. */
    int run(String... args) {
        CommandLine cli = Accelbench.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** The file system path of a test resource, e.g. "/compare/baseline.json". */
    static String resource(String name) {
        try {
            return Path.of(CliRun.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
