package dev.accelbench.reports.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A results file with its environment: what one {@code accelbench bench} run produced.
 *
 * @param file        the JMH JSON file
 * @param results     its entries, in file order
 * @param environment the sidecar beside it; empty when there is none (environment unknown)
 */
public record ResultSet(Path file, List<JmhResult> results, Optional<RunEnvironment> environment) {

    public ResultSet {
        results = List.copyOf(results);
    }

    /** Reads {@code file} and the sidecar beside it. */
    public static ResultSet read(Path file) {
        return new ResultSet(file, JmhResultReader.read(file), RunEnvironmentReader.readBeside(file));
    }
}
